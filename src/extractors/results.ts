import type { ItemsByKind, Organization } from '../record/types.js';
import type { PersonEntity } from '../record/people.js';
import type { Span } from '../document/span.js';

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
}

export type ResultKind = keyof ResultsByKind;

/**
 * The organization last named before `at` whose name has the word or words `noun` (lower case):
 * "the ministry" after "the Ministry of Emergency Situations", "Air Force" after "the Ukrainian Air
 * Force". How the quotes ("the ministry said") and the officials ("the agency's spokesman") read a
 * body named by its kind alone.
 */
export function organizationNamedBefore(organizations: readonly Organization[], noun: string, at: number): string | null {
  let best: { name: string; at: number } | null = null;
  for (const o of organizations) {
    if (!` ${o.name.toLowerCase().replace(/\W+/g, ' ')} `.includes(` ${noun} `)) continue;
    for (const m of o.mentions) if (m.start < at && (!best || m.start > best.at)) best = { name: o.name, at: m.start };
  }
  return best?.name ?? null;
}
