import type { ItemsByKind, Organization } from '../record/types.js';
import type { PersonEntity } from '../record/people.js';
import { countStartingBelow, type Span } from '../document/span.js';
import type { SpeakerIndex } from './quotes/speaker-index.js';

/**
 * A sentence the article attributes to a source outside quote marks ("the ministry said 12 drones
 * were downed", "according to the governor, …"): an internal result, read by counts for the source
 * of their figures.
 */
export interface Statement extends Span {
  /** Where its cue ("said", "according to") stands: a count takes the cue nearest it. */
  cue: number;
  /** The person's full name, the organization's name, or the description as written ("officials"). */
  source: string;
  isOrganization: boolean;
  /** A "Source:" line: the paragraphs after it that only give details go on with its source. */
  line: boolean;
  /** "X reported this on Telegram": the report around it is X's, up to the next source named. */
  coversReport: boolean;
}

/**
 * What the extractors hand each other: every kind the record holds, and the internal results that
 * other kinds read but the record does not (the people an article names, its reported statements).
 * An extractor reads another's findings only through these, never by importing its folder.
 */
export interface ResultsByKind extends ItemsByKind {
  people: PersonEntity[];
  statements: Statement[];
  /** The people and organizations as speakers are looked up in them, for the quotes and the statements. */
  speakers: SpeakerIndex;
}

export type ResultKind = keyof ResultsByKind;

/**
 * The organization last named before `at` whose name has the word or words `noun` (lower case):
 * "the ministry" after "the Ministry of Emergency Situations", "Air Force" after "the Ukrainian Air
 * Force". How the quotes ("the ministry said") and the officials ("the agency's spokesman") read a
 * body named by its kind alone.
 */
export function organizationNamedBefore(organizations: readonly Organization[], noun: string, at: number): string | null {
  const mentions = mentionsByNoun(organizations, noun);
  let k = countStartingBelow(mentions, at) - 1;
  if (k < 0) return null;
  // of the mentions at the latest start, the first a scan of the organizations would meet
  while (k > 0 && mentions[k - 1]!.start === mentions[k]!.start) k--;
  return mentions[k]!.name;
}

type NamedMention = Span & { name: string };

/** Per organizations result: the words of each name, and the mentions of the names holding each noun asked about. */
const nounIndex = new WeakMap<readonly Organization[], { words: string[]; byNoun: Map<string, NamedMention[]> }>();

/**
 * The mentions of the organizations whose name has the word or words `noun`, in text order (the
 * organizations' order among mentions sharing a start), worked out once per noun instead of a scan
 * of every organization at every look-up.
 */
function mentionsByNoun(organizations: readonly Organization[], noun: string): NamedMention[] {
  let index = nounIndex.get(organizations);
  if (!index) {
    index = { words: organizations.map((o) => ` ${o.name.toLowerCase().replace(/\W+/g, ' ')} `), byNoun: new Map() };
    nounIndex.set(organizations, index);
  }
  let mentions = index.byNoun.get(noun);
  if (!mentions) {
    mentions = [];
    for (let k = 0; k < organizations.length; k++) {
      if (!index.words[k]!.includes(` ${noun} `)) continue;
      for (const m of organizations[k]!.mentions) mentions.push({ start: m.start, end: m.end, name: organizations[k]!.name });
    }
    mentions.sort((a, b) => a.start - b.start);
    index.byNoun.set(noun, mentions);
  }
  return mentions;
}
