/**
 * What a speaker is looked up in: the people and organizations results by position, by surname and
 * by title, made once an article. The quotes and the statements extractors both resolve speakers
 * over the same text and the same results; each made all of this for itself before.
 */
import type { Document } from '../../document/document.js';
import { readsAsPersonName } from '../../document/grammar.js';
import type { Span } from '../../document/span.js';
import type { Extractor, ExtractionContext } from '../framework.js';
import type { PersonEntity } from '../../record/people.js';
import type { Organization } from '../../record/types.js';
import { CHANNEL_NOUNS, CUE_NOUNS, CUE_VERBS } from '../../language/quoting.js';
import { POSSESSIVES } from '../../language/function-words.js';
import { MentionOwners } from './mention-owners.js';
import { OneEditIndex } from './one-edit.js';
import { ReportingCues } from './sources.js';

/** A named source seen before a position: a person mention or an earlier speaker. */
export interface NamedSource {
  name: string;
  at: number;
  gender: 'm' | 'f' | null;
  isOrganization: boolean;
  /** The last word of the name, lower case: what a surname is matched on. */
  key: string;
}

/**
 * Words before an organization's name that make it the medium of a statement, not its author: a
 * verb or noun of saying and a preposition ("wrote on Telegram", "a statement to CNN"), or "told".
 */
export const MEDIUM_BEFORE = /(?:\b(?<words>(?:[\p{L}-]+\s+){1,3})(?:on|to|via|through)|\b(?<told>told|tells|telling))\s+(?:the\s+)?$/iu;

/** A possessive right before a name, or a channel noun right after it: "on his Telegram", "Telegram channel". */
const OWNER_BEFORE = /\b(?<owner>[\p{L}]+)\s+$/u;
const NOUN_AFTER = /^\s+(?<noun>[\p{L}]+)/u;

function isMediumAt(text: string, at: number, end: number): boolean {
  const owner = OWNER_BEFORE.exec(text.slice(Math.max(0, at - 12), at))?.groups?.owner?.toLowerCase();
  if (owner && POSSESSIVES.includes(owner)) return true;
  const noun = NOUN_AFTER.exec(text.slice(end, end + 24))?.groups?.noun?.toLowerCase();
  if (noun && CHANNEL_NOUNS.has(noun)) return true;
  const before = text.slice(Math.max(0, at - 48), at);
  if (!mayEndMedium(before)) return false;
  const m = MEDIUM_BEFORE.exec(before);
  if (!m) return false;
  const words = m.groups?.words;
  return !words || words.toLowerCase().split(/\s+/u).some((w) => CUE_VERBS.has(w) || CUE_NOUNS.has(w));
}
/** The words MEDIUM_BEFORE may end on before its last spaces, or before "the" and spaces. */
const MEDIUM_LINKS = ['on', 'to', 'via', 'through', 'told', 'tells', 'telling'];
const THE = ['the'];
const LONGEST_MEDIUM_WORD = 7;
const NON_ASCII = /[^\x00-\x7f]/;

/**
 * Whether MEDIUM_BEFORE may match `before`: only where it ends in spaces after one of its link
 * words, or after one of them, spaces, "the" and spaces (the spaces are the ones trimEnd takes,
 * \s); past ASCII, case folding is left to the pattern.
 */
export function mayEndMedium(before: string): boolean {
  const trimmed = before.trimEnd();
  if (trimmed.length === before.length) return false;
  if (mayEndIn(trimmed, MEDIUM_LINKS)) return true;
  if (!mayEndIn(trimmed, THE)) return false;
  const rest = trimmed.slice(0, -THE[0]!.length);
  const link = rest.trimEnd();
  return link.length < rest.length && mayEndIn(link, MEDIUM_LINKS);
}

/** Whether `text` may end in one of `words`: in ASCII when it does so in lower case; past it, always. */
function mayEndIn(text: string, words: readonly string[]): boolean {
  const tail = text.slice(-LONGEST_MEDIUM_WORD);
  if (NON_ASCII.test(tail)) return true;
  const lower = tail.toLowerCase();
  return words.some((w) => lower.endsWith(w));
}

const POSSESSIVE = /['’]s$/;
const SPACE = /\s/;

/**
 * The last word of a name, lower case, without a possessive ending: by definition
 * `(s.trim().split(/\s+/).pop() ?? '').toLowerCase().replace(/[’']s$/, '')`, written without the
 * array of words (it runs for every person of every article).
 */
export function lastWord(s: string): string {
  const t = s.trim();
  let i = t.length;
  while (i > 0 && !isSpaceCode(t.charCodeAt(i - 1))) i--;
  return t.slice(i).toLowerCase().replace(POSSESSIVE, '');
}

function isSpaceCode(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return SPACE.test(String.fromCharCode(c));
}

export class SpeakerIndex {
  readonly personMentions: MentionOwners<PersonEntity['mentions'][number], PersonEntity>;
  readonly organizationMentions: MentionOwners<Span, Organization>;
  /** The people's name and surname mentions as named sources, in text order. */
  readonly personSources: readonly NamedSource[];
  /** Mentions of organizations, but where the text names them as a medium ("on Telegram", "told CNN"). */
  readonly bodies: { name: string; at: number }[] = [];
  readonly bodyStarts: number[];
  readonly genders = new Map<string, 'm' | 'f' | null>();
  /** The first person with each last word of a name. */
  readonly bySurname = new Map<string, PersonEntity>();
  /** The people by the last word of their name, in the people result's order. */
  readonly surnameGroups = new Map<string, PersonEntity[]>();

  constructor(
    readonly text: string,
    readonly people: PersonEntity[],
    readonly organizations: Organization[],
    /** Whether a span reads as a person's name to a parser of its sentence (see document/grammar.ts). */
    private readonly parse: (start: number, end: number) => boolean = () => false,
  ) {
    this.personMentions = new MentionOwners(people);
    this.organizationMentions = new MentionOwners(organizations);
    const sources: NamedSource[] = [];
    for (const p of people) {
      // the key once a person, not once a mention
      const key = lastWord(p.name);
      for (const m of p.mentions) {
        if (m.kind === 'name' || m.kind === 'surname') sources.push({ name: p.name, at: m.start, gender: p.gender, isOrganization: false, key });
      }
      if (!this.genders.has(p.name)) this.genders.set(p.name, p.gender);
      if (!this.bySurname.has(key)) this.bySurname.set(key, p);
      const group = this.surnameGroups.get(key);
      if (group) group.push(p);
      else this.surnameGroups.set(key, [p]);
    }
    this.personSources = sources.sort((a, b) => a.at - b.at);
    for (const o of organizations) {
      for (const m of o.mentions) if (!isMediumAt(text, m.start, m.end)) this.bodies.push({ name: o.name, at: m.start });
    }
    this.bodies.sort((a, b) => a.at - b.at);
    this.bodyStarts = this.bodies.map((b) => b.at);
  }

  /** Whether a span reads as a person's name: a parse, so asked once a span however often it is read. */
  readsAsPersonName(start: number, end: number): boolean {
    const key = `${start}:${end}`;
    let reads = this.readings.get(key);
    if (reads === undefined) this.readings.set(key, (reads = this.parse(start, end)));
    return reads;
  }

  private readonly readings = new Map<string, boolean>();

  /** The verbs of saying in the text and the names next to them (see sources.ts). */
  get reportingCues(): ReportingCues {
    return (this.cues ??= new ReportingCues(this.text));
  }

  private cues: ReportingCues | undefined;

  /** The surnames of the people, for those written one letter apart. */
  get surnameVariants(): OneEditIndex {
    return (this.variants ??= new OneEditIndex(this.bySurname.keys()));
  }

  private variants: OneEditIndex | undefined;

  /** The organizations with a head word of a kind ("the military": an army, forces, a ministry of defence), by kind. */
  bodiesOfKind(kind: string, heads: readonly string[]): MentionOwners<Span, Organization> {
    let bodies = this.bodiesByKind.get(kind);
    if (!bodies) {
      bodies = new MentionOwners(this.organizations.filter((o) => {
        const words = o.name.toLowerCase().split(/\s+/u);
        return heads.some((h) => words.includes(h));
      }));
      this.bodiesByKind.set(kind, bodies);
    }
    return bodies;
  }

  private readonly bodiesByKind = new Map<string, MentionOwners<Span, Organization>>();

  private readonly nameStarts = new Map<PersonEntity, number[]>();

  /** Where a person is written by full name, in text order. */
  nameStartsOf(p: PersonEntity): number[] {
    let starts = this.nameStarts.get(p);
    if (!starts) {
      starts = p.mentions.filter((m) => m.kind === 'name').map((m) => m.start).sort((a, b) => a - b);
      this.nameStarts.set(p, starts);
    }
    return starts;
  }

  private titleWordIndex: Map<string, Array<Span & { name: string }>> | undefined;

  /** Every mention of the people with a title, by each word of the title, in text order. */
  mentionsByTitleWord(): Map<string, Array<Span & { name: string }>> {
    if (this.titleWordIndex) return this.titleWordIndex;
    const index = new Map<string, Array<Span & { name: string }>>();
    for (const p of this.people) {
      const title = p.role?.title;
      if (!title) continue;
      for (const word of new Set(title.toLowerCase().split(/\W+/))) {
        const list = index.get(word) ?? [];
        for (const m of p.mentions) list.push({ start: m.start, end: m.end, name: p.name });
        index.set(word, list);
      }
    }
    for (const list of index.values()) list.sort((a, b) => a.start - b.start);
    this.titleWordIndex = index;
    return index;
  }
}

/** The article's speaker index: the one the pipeline made, else one made for this call alone. */
export function speakerIndexOf(doc: Document, ctx: ExtractionContext): SpeakerIndex {
  return ctx.results.speakers ?? newSpeakerIndex(doc, ctx);
}

function newSpeakerIndex(doc: Document, ctx: ExtractionContext): SpeakerIndex {
  return new SpeakerIndex(doc.text, ctx.results.people ?? [], ctx.results.organizations ?? [], (start, end) => readsAsPersonName(doc, start, end));
}

/** The speaker index as an internal result, read by the quotes and the statements extractors. */
export const speakersExtractor: Extractor<'speakers'> = {
  kind: 'speakers',
  needs: ['people', 'organizations'],
  extract: newSpeakerIndex,
};
