import type { Document } from '../../document/document.js';
import type { Span } from '../../document/span.js';
import type { ExtractionContext } from '../framework.js';
import type { PersonEntity, PersonMention, RoleInfo } from '../../record/people.js';
import { fold } from '../../language/fold.js';
import { genderOfFirstName, isFirstName, transliterationKey } from '../../language/first-names.js';
import { CITY_TITLES, GENDERED_TITLES, isRankTitle, leaderGivenNames, titleWord, OFFICE_HEADS, REGIONAL_TITLES, ROLE_HEADS, TITLE_MODIFIERS } from '../../language/titles.js';
import { insideAny } from '../../document/span.js';
import type { Token } from '../../document/tokens.js';
import { SPEECH_VERBS } from '../../language/non-names.js';
import { PLACE_WORDS } from '../../language/places.js';
import { findNameMentions, type NameMention } from './names.js';
import { placeAfterName, roleAfter, roleBeforeName, titleBefore } from './roles.js';

/** A person while the article is being read; becomes a PersonEntity at the end. */
export interface PersonDraft {
  first: string | null;
  surname: string;
  /** Name mentions (full or partial) as found, for choosing the fullest form. */
  names: NameMention[];
  roles: RoleInfo[];
  gender: 'm' | 'f' | null;
  mentions: PersonMention[];
}

const REGIONAL_OR_CITY_TITLES: ReadonlySet<string> = new Set([...REGIONAL_TITLES, ...CITY_TITLES]);

const PRONOUNS: ReadonlyMap<string, 'm' | 'f'> = new Map([
  ['he', 'm'], ['him', 'm'], ['his', 'm'], ['himself', 'm'], ['she', 'f'], ['her', 'f'], ['hers', 'f'], ['herself', 'f'],
]);

/**
 * Reads every person the article names, official or not, and every place it refers to each:
 * full name, surname, given name alone, title alone ("the governor") and he/she pronouns.
 */
export function findPeople(doc: Document, ctx: ExtractionContext): PersonEntity[] {
  const text = doc.text;
  const tokens = doc.tokens;
  const quotes = doc.quotedSpans;
  const blockedMask = blockedSpans(text, ctx);
  const blocked = (s: Span) => {
    for (let i = s.start; i < s.end; i++) if (blockedMask[i]) return true;
    return false;
  };
  const isSentenceStart = sentenceStartTest(doc, tokens);
  const lowerWords = doc.lowerWords;

  const found = trimHeadlineVerbs(doc, tokens, findNameMentions({ text, tokens, blocked, isSentenceStart, lowerWords }));
  const drafts = cluster(found, tokens);

  for (const d of drafts) {
    for (const m of d.names) {
      const roles = [titleBefore(doc, tokens, m.first), roleAfter(tokens, m.last), roleBeforeName(tokens, m.first)];
      const place = placeAfterName(text, tokens, m.last);
      for (const r of roles) {
        if (!r) continue;
        // read for every role, not only when a place follows the name (rare): keeps this loop fast
        const replaceable = !r.affiliation || r.affiliation.kind === 'implied';
        if (place && replaceable) r.affiliation = place;
        d.roles.push(r);
      }
      if (!d.gender && m.honorificGender) d.gender = m.honorificGender;
    }
    if (!d.gender && d.first) d.gender = genderOfFirstName(d.first);
    if (!d.gender) {
      for (const r of d.roles) {
        const g = GENDERED_TITLES.get(r.head);
        if (g) {
          d.gender = g;
          break;
        }
      }
    }
    // pushed one by one, not d.names.map(…): every mentions array keeps one array kind
    for (const m of d.names) d.mentions.push({ start: m.start, end: m.end, kind: m.words.length > 1 ? 'name' : 'surname' });
  }
  // every word the scans below look for: the roles addRolesNamedBefore adds have regional or city titles
  const wanted = new Set<string>([...PRONOUNS.keys(), ...REGIONAL_OR_CITY_TITLES, 'head']);
  for (const d of drafts) {
    wanted.add(d.surname);
    if (d.first) wanted.add(d.first);
    for (const r of d.roles) wanted.add(r.head);
  }
  const words = new WordIndex(tokens, wanted);
  addBareMentions(tokens, words, drafts, blocked);
  addRolesNamedBefore(doc, tokens, words, drafts, quotes);
  addTitleMentions(tokens, words, drafts, quotes);
  addPronounMentions(doc, tokens, words, drafts, quotes);

  return drafts.map((d) => toEntity(d, doc));
}

/**
 * Where each word is written: the indices of the word tokens by their lower-case form, in text order.
 * The scans for surnames, titles and pronouns each look at a few words, and walk only their places
 * instead of every token of the article.
 */
class WordIndex {
  private readonly at = new Map<string, number[]>();

  constructor(tokens: readonly Token[], private readonly wanted: ReadonlySet<string>) {
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      if (!t.isWord || !wanted.has(t.lower)) continue;
      const list = this.at.get(t.lower);
      if (list) list.push(i);
      else this.at.set(t.lower, [i]);
    }
  }

  /** The indices of the word tokens written as one of `words`, in text order. */
  of(words: Iterable<string>): number[] {
    const out: number[] = [];
    let lists = 0;
    for (const w of words) {
      if (!this.wanted.has(w)) throw new Error(`people: the word index was not asked for "${w}"`);
      const list = this.at.get(w);
      if (!list) continue;
      for (const i of list) out.push(i);
      lists++;
    }
    return lists > 1 ? out.sort((a, b) => a - b) : out;
  }
}

function blockedSpans(text: string, ctx: ExtractionContext): Uint8Array {
  const mask = new Uint8Array(text.length);
  const mark = (m: Span) => mask.fill(1, Math.max(0, m.start), Math.min(text.length, m.end));
  for (const r of ctx.results.regions ?? []) for (const m of r.mentions) mark(m);
  for (const o of ctx.results.organizations ?? []) for (const m of o.mentions) mark(m);
  return mask;
}

/** First word of its sentence, or first word inside a quotation: capitalised for its place alone. */
function sentenceStartTest(doc: Document, tokens: Token[]): (i: number) => boolean {
  return (i: number) => {
    const t = tokens[i]!;
    const prev = tokens[i - 1];
    if (!prev) return true;
    if (!prev.isWord && (prev.text === '"' || prev.text === '“' || prev.text === '‘' || prev.text === '«' || prev.text === '„')) return true;
    const s = doc.sentenceIndexAt(t.start);
    return s >= 0 && prev.end <= doc.sentences[s]!.start;
  };
}

/** Full-name mentions of one person while they are being grouped. */
interface FullNameGroup {
  first: string;
  surname: string;
  names: NameMention[];
}

/** Groups name mentions by person: same surname and compatible given names. */
/**
 * "Governor Cuomo Requests Federal Aid": in a title-case line the word after a surname the body
 * writes for a full name ("Andrew M. Cuomo") is the headline's verb when no other mention has it.
 */
function trimHeadlineVerbs(doc: Document, tokens: Token[], found: NameMention[]): NameMention[] {
  // the mentions outside title-case lines, the same for each mention in one (found on first use)
  let inBody: NameMention[] | undefined;
  return found.map((m) => {
    if (m.words.length !== 2 || !doc.lines.isTitleCase(m.start)) return m;
    const [surname, second] = m.words as [string, string];
    const body = (inBody ??= found.filter((o) => !doc.lines.isTitleCase(o.start)));
    if (!body.some((o) => o.words.length > 1 && o.words[o.words.length - 1] === surname)) return m;
    if (body.some((o) => o.words.includes(second))) return m;
    const last = m.first;
    return { ...m, last, end: tokens[last]!.end, words: [surname] };
  });
}

function cluster(found: NameMention[], tokens: Token[]): PersonDraft[] {
  // Full names are grouped first, while a given name may still grow ("J. Smith", then "John Smith"); a
  // draft is made once its given name is final, so no draft's field ever changes kind.
  const groups: FullNameGroup[] = [];
  const groupsBySurname = new Map<string, FullNameGroup[]>();
  const singles: NameMention[] = [];
  for (const m of found) {
    if (m.words.length === 1) {
      singles.push(m);
      continue;
    }
    const surname = fold(m.words[m.words.length - 1]!);
    const first = fold(m.words[0]!);
    const same = groupsBySurname.get(surname);
    const g = same && firstCompatible(same, first);
    if (!g) {
      // lists start with their first entry, not empty: most hold one
      const added: FullNameGroup = { first, surname, names: [m] };
      groups.push(added);
      if (same) same.push(added);
      else groupsBySurname.set(surname, [added]);
      continue;
    }
    if (g.first.length === 1 && first.length > 1) g.first = first;
    g.names.push(m);
  }
  const drafts: PersonDraft[] = [];
  const bySurname = new Map<string, PersonDraft[]>();
  for (const g of groups) {
    const d: PersonDraft = { first: g.first, surname: g.surname, names: g.names, roles: [], gender: null, mentions: [] };
    drafts.push(d);
    const same = bySurname.get(g.surname);
    if (same) same.push(d);
    else bySurname.set(g.surname, [d]);
  }
  const byFirstName = new Map<string, PersonDraft[]>();
  for (const d of drafts) if (d.first) pushTo(byFirstName, d.first, d);
  // a lone word is a surname of someone named in full, a given name of one, or a person of its own
  for (const m of singles) {
    const w = fold(m.words[0]!);
    const withSurname = bySurname.get(w);
    // without an honorific every one of them may be meant (ownerOfSurname only reads the list)
    let bySur = m.honorificGender ? withSurname?.filter((x) => !x.first || genderOfFirstName(x.first) !== (m.honorificGender === 'm' ? 'f' : 'm')) : withSurname;
    if (bySur && m.via === 'title') bySur = notRelativesOfLeader(bySur, w, titleWord(tokens[m.first - 1]?.lower ?? '') ?? '');
    let d = bySur?.length ? ownerOfSurname(bySur, m.start) : undefined;
    if (!d) {
      const byFirst = byFirstName.get(w);
      if (byFirst && byFirst.length === 1) d = byFirst[0];
    }
    if (!d) {
      d = { first: null, surname: w, names: [m], roles: [], gender: null, mentions: [] };
      drafts.push(d);
      bySurname.set(w, [d]);
    } else d.names.push(m);
  }
  for (const d of drafts) sortByStart(d.names);
  return drafts;
}

/**
 * "President Obama" after "Michelle Obama", "Vice President Biden's son Hunter Biden": a titled surname
 * of a listed head of state is not one of the people named in full with another given name (a spouse,
 * a child); with no one left it is a person of its own.
 */
function notRelativesOfLeader(ds: PersonDraft[], surname: string, office: string): PersonDraft[] {
  const given = leaderGivenNames(surname, office);
  if (!given.length) return ds;
  return ds.filter((d) => !d.first || given.some((g) => compatibleFirst(g, d.first!)));
}

const byStart = (a: Span, b: Span): number => a.start - b.start;

/**
 * Sorts by start, in place and stably, as list.sort(byStart) does; a list already in order (most
 * lists of a person's names and mentions) is left as it is, without the copy sort() works on.
 */
function sortByStart<T extends Span>(list: T[]): T[] {
  for (let k = 1; k < list.length; k++) if (list[k]!.start < list[k - 1]!.start) return list.sort(byStart);
  return list;
}

/** The first draft (or group) whose given name agrees with `first` (or which has none). */
function firstCompatible<T extends { first: string | null }>(ds: T[], first: string): T | undefined {
  for (const x of ds) if (x.first === null || compatibleFirst(x.first, first)) return x;
  return undefined;
}

/** Appends `d` to the list kept under `key`, starting the list if there is none. */
function pushTo(lists: Map<string, PersonDraft[]>, key: string, d: PersonDraft): void {
  const list = lists.get(key);
  if (list) list.push(d);
  else lists.set(key, [d]);
}

/** Given names of one person: the same, an initial of it, or another transliteration of it (Oleh/Oleg, Sergey/Sergei). */
function compatibleFirst(a: string, b: string): boolean {
  if (a === b) return true;
  if (a.length === 1 || b.length === 1) return a[0] === b[0];
  return a.length >= MIN_TRANSLITERATED && b.length >= MIN_TRANSLITERATED && transliterationKey(a) === transliterationKey(b);
}

// "Jon"/"Jan" are two people; from four letters on, a spelling difference of transliteration is one name
const MIN_TRANSLITERATED = 4;

/**
 * Of several people sharing a surname, the one a bare surname at `pos` means: one named in full just
 * before (within a few sentences), else the one the article introduced first.
 */
function ownerOfSurname(ds: PersonDraft[], pos: number): PersonDraft | undefined {
  if (ds.length === 1) return ds[0];
  const near = nearestBefore(ds, pos);
  if (near) {
    const last = near.names.filter((m) => m.start < pos && m.words.length > 1).pop();
    if (last && pos - last.start < 400) return near;
  }
  let best = ds[0];
  for (const d of ds) if (d.names.length && best?.names.length && d.names[0]!.start < best.names[0]!.start) best = d;
  return best;
}

/** Of several people sharing a surname, the one named last before `pos` (or first, when none is). */
function nearestBefore(ds: PersonDraft[], pos: number): PersonDraft | undefined {
  let best: PersonDraft | undefined;
  let bestPos = -1;
  for (const d of ds) {
    for (const m of d.names) if (m.start < pos && m.start > bestPos) {
      best = d;
      bestPos = m.start;
    }
  }
  return best ?? ds[0];
}

/**
 * ownerOfSurname(ds, pos) for positions asked in increasing order while the drafts' names stay as
 * they are (addBareMentions): one sweep over the names of the people sharing the surname instead of
 * a scan of all their names at every bare surname, which grew with the article.
 */
class SurnameOwners {
  private readonly names: Array<{ start: number; d: PersonDraft; full: boolean }>;
  private next = 0;
  /** nearestBefore's answer so far: the name with the latest start, the first of a scan among equals. */
  private near: { start: number; d: PersonDraft } | undefined;
  /** Each draft's latest name of two words or more seen so far. */
  private readonly lastFull = new Map<PersonDraft, number>();
  /** The person the article introduced first. */
  private readonly first: PersonDraft | undefined;

  constructor(private readonly ds: PersonDraft[]) {
    this.names = ds.flatMap((d) => d.names.map((m) => ({ start: m.start, d, full: m.words.length > 1 }))).sort((a, b) => a.start - b.start);
    let best = ds[0];
    for (const d of ds) if (d.names.length && best?.names.length && d.names[0]!.start < best.names[0]!.start) best = d;
    this.first = best;
  }

  ownerAt(pos: number): PersonDraft {
    if (this.ds.length === 1) return this.ds[0]!;
    for (; this.next < this.names.length && this.names[this.next]!.start < pos; this.next++) {
      const m = this.names[this.next]!;
      if (!this.near || m.start > this.near.start) this.near = m;
      if (m.full) this.lastFull.set(m.d, m.start);
    }
    const near = this.near?.d ?? this.ds[0]!;
    const last = this.lastFull.get(near);
    if (last !== undefined && pos - last < 400) return near;
    return this.first!;
  }
}

const PLACE_PREPOSITIONS = new Set(['in', 'at', 'to', 'from', 'near', 'into', 'across', 'outside', 'inside', 'of', 'visited', 'toward', 'towards']);

/** Every further occurrence of a known surname (or of a given name only one person has). */
function addBareMentions(tokens: Token[], words: WordIndex, drafts: PersonDraft[], blocked: (s: Span) => boolean): void {
  const covered = new Set<number>();
  for (const d of drafts) for (const m of d.names) for (let k = m.first; k <= m.last; k++) covered.add(k);
  const bySurname = new Map<string, PersonDraft[]>();
  for (const d of drafts) bySurname.set(d.surname, [...(bySurname.get(d.surname) ?? []), d]);
  const owners = new Map<string, SurnameOwners>();
  const firstCount = new Map<string, PersonDraft[]>();
  for (const d of drafts) if (d.first && d.first.length > 1) firstCount.set(d.first, [...(firstCount.get(d.first) ?? []), d]);
  // only the places of a surname or of a given name: every other word is passed over below
  for (const i of words.of(new Set([...bySurname.keys(), ...firstCount.keys()]))) {
    const t = tokens[i]!;
    if (!t.isWord || !t.cap || covered.has(i)) continue;
    // part of a longer capitalised name that was not recognised: leave it (bounds checked)
    const next = i + 1 < tokens.length ? tokens[i + 1] : undefined;
    if (next && next.isWord && next.cap && next.start === t.end + 1) continue;
    // read here for every word, not only for a rare all-capitals surname (see findPeople's replaceable)
    const beforeColon = next !== undefined && next.text === ':';
    const ds = bySurname.get(t.lower);
    if (ds) {
      if (blocked(t)) continue;
      // an all-capitals surname only as a transcript's speaker label: "WALLACE:"
      if (t.allCaps && !beforeColon) continue;
      // "Clinton campaign spokesman Brian Fallon", "Trump lawyer Marc Kasowitz": the surname qualifies someone else
      if (qualifiesAnotherName(tokens, i)) continue;
      let sweep = owners.get(t.lower);
      if (!sweep) owners.set(t.lower, (sweep = new SurnameOwners(ds)));
      const d = sweep.ownerAt(t.start);
      d.mentions.push({ start: t.start, end: t.end, kind: 'surname' });
      continue;
    }
    const byFirst = firstCount.get(t.lower);
    // a given name alone, unless a preposition makes it a place: "in Chelsea"; or the first word of a
    // name the article itself uses alone ("Ban Ki-moon … Ban recalled … Ban demurred")
    if (byFirst && byFirst.length === 1 && (isFirstName(t.text) || usedAlone(byFirst[0]!)) && !blocked(t) && !(i > 0 && PLACE_PREPOSITIONS.has(tokens[i - 1]!.lower))) {
      byFirst[0]!.mentions.push({ start: t.start, end: t.end, kind: 'name' });
    }
  }
}

/** Whether the article names the person by the first word of their name alone, where context showed a person. */
function usedAlone(d: PersonDraft): boolean {
  return d.names.some((m) => m.words.length === 1 && fold(m.words[0]!) === d.first);
}

function qualifiesAnotherName(tokens: Token[], i: number): boolean {
  let k = i + 1;
  let sawHead = false;
  while (k < tokens.length && k < i + 5 && tokens[k]!.isWord && !tokens[k]!.cap) {
    const w = tokens[k]!.lower;
    if (OFFICE_HEADS.has(w) || ROLE_HEADS.has(w)) sawHead = true;
    else if (!TITLE_MODIFIERS.has(w)) return false;
    k++;
  }
  return sawHead && !!tokens[k]?.cap;
}

/** "the governor", "the region's governor", "the spokesman": the title alone stands for its holder. */
function addTitleMentions(tokens: Token[], words: WordIndex, drafts: PersonDraft[], quotes: Span[]): void {
  const byHead = new Map<string, PersonDraft[]>();
  const add = (head: string, d: PersonDraft) => {
    const list = byHead.get(head) ?? [];
    // a draft's roles come one after another: a draft already listed is the list's last
    if (list[list.length - 1] !== d) list.push(d);
    byHead.set(head, list);
  };
  // each draft's heads once: a person named a thousand times has a thousand roles of one head
  const headsOf = new Map<PersonDraft, string[]>();
  for (const d of drafts) {
    const keys = new Set<string>();
    for (const r of d.roles) {
      keys.add(r.head);
      if (headsRegion(r)) keys.add(REGION_HEAD);
    }
    headsOf.set(d, [...keys]);
    for (const k of keys) add(k, d);
  }
  if (!byHead.size) return;
  const latest = new Map<string, LatestMentioned>();
  for (const [head, ds] of byHead) if (ds.length > 1) latest.set(head, new LatestMentioned(ds));
  const taken = new Set<number>();
  for (const d of drafts) for (const m of d.mentions) taken.add(m.start);
  const occupied = (pos: number) => taken.has(pos);
  // only the words a key below can be made of: a head of the list itself, "head", a regional title
  const heads = new Set([...byHead.keys(), 'head', ...REGIONAL_TITLES]);
  heads.delete(REGION_HEAD);
  for (const i of words.of(heads)) {
    if (i < 1) continue;
    const t = tokens[i]!;
    if (!t.isWord) continue;
    // "the head of the region" is its governor; "the governor" is the one titled head of the region
    const key = (t.lower === 'head' && regionAfter(tokens, i)) || (REGIONAL_TITLES.has(t.lower) && !byHead.has(t.lower)) ? REGION_HEAD : t.lower;
    const ds = byHead.get(key);
    if (!ds) continue;
    // definite: "the governor", "the region's governor", "the Smolensk governor"
    let k = i - 1;
    while (k >= 0 && tokens[k]!.isWord && !isArticle(tokens[k]!.lower) && i - k < 4 && !tokens[k]!.poss) k--;
    const opener = tokens[k];
    if (!opener || !(opener.lower === 'the' || opener.poss)) continue;
    // a title followed by a name is part of that name's mention, not one of its own
    const next = tokens[i + 1];
    if (next && next.isWord && next.cap && !insideAny(quotes, t.start) && isFirstName(next.text)) continue;
    if (occupied(t.start)) continue;
    const d = ds.length === 1 ? ds[0]! : latest.get(key)!.before(t.start);
    d.mentions.push({ start: t.start, end: t.end, kind: 'title' });
    for (const k of headsOf.get(d)!) latest.get(k)?.added(t.start, d);
  }
}

/** The key under which whoever heads a region is listed, whatever their title says. */
const REGION_HEAD = ' heads a region';

/** A governor, or a head of a region or of a body the article names ("the head of the Russian region X"). */
function headsRegion(r: RoleInfo): boolean {
  return REGIONAL_TITLES.has(r.head) || (r.head === 'head' && (r.affiliation?.kind === 'named' || (r.affiliation?.kind === 'implied' && r.affiliation.place === 'region')));
}

/** "head of the region", "head of the Russian region": a region word a few words after the title's "of". */
function regionAfter(tokens: Token[], i: number): boolean {
  if (tokens[i + 1]?.lower !== 'of') return false;
  for (let k = i + 2; k < tokens.length && k <= i + 4; k++) {
    const w = tokens[k]!;
    if (!w.isWord) return false;
    if (PLACE_WORDS.get(w.lower) === 'region') return true;
  }
  return false;
}

/**
 * "… cut power to 40,000 residents, the regional governor said. "…," Vyacheslav Gladkov wrote.": a post
 * that only one person holds in a place (governor, mayor), named with no holder, and the next person
 * the article names after it, a few sentences on at most, speaking and with no role of their own, holds it.
 * The post reads its place as an apposition would ("the regional governor": the region of its sentence).
 */
function addRolesNamedBefore(doc: Document, tokens: Token[], words: WordIndex, drafts: PersonDraft[], quotes: Span[]): void {
  if (!drafts.length) return;
  const held = new Set<string>();
  for (const d of drafts) for (const r of d.roles) held.add(r.head);
  for (const i of words.of(REGIONAL_OR_CITY_TITLES)) {
    if (i < 1) continue;
    const t = tokens[i]!;
    if (!t.isWord || (!REGIONAL_TITLES.has(t.lower) && !CITY_TITLES.has(t.lower)) || held.has(t.lower)) continue;
    if (insideAny(quotes, t.start) || tokens[i + 1]?.cap) continue;
    // definite, as in addTitleMentions: "the governor", "the regional governor", "the city's mayor"
    let k = i - 1;
    while (k >= 0 && tokens[k]!.isWord && !isArticle(tokens[k]!.lower) && i - k < 4 && !tokens[k]!.poss) k--;
    const opener = tokens[k];
    if (!opener || !(opener.lower === 'the' || opener.poss)) continue;
    // the post speaks ("the regional governor said", "said the mayor"): a post met otherwise ("after
    // meeting the governor, X told reporters") is another person's
    if (!isSpeechVerb(tokens[i + 1]) && !isSpeechVerb(tokens[k - 1])) continue;
    const sentence = doc.sentenceIndexAt(t.start);
    // a quotation before the name may hold sentences of its own: up to three sentences on
    const holder = nextPersonSpeaking(doc, tokens, drafts, t.end, sentence + 3);
    if (!holder || holder.roles.length) continue;
    const place = REGIONAL_TITLES.has(t.lower) ? 'region' : 'city';
    holder.roles.push({ title: t.lower, head: t.lower, isOffice: true, span: { start: t.start, end: t.end }, affiliation: { kind: 'implied', place }, source: 'apposition' });
    held.add(t.lower);
  }
}

/** The person first named after `pos`, up to sentence `lastSentence`, when that mention says or writes something. */
function nextPersonSpeaking(doc: Document, tokens: Token[], drafts: PersonDraft[], pos: number, lastSentence: number): PersonDraft | null {
  let best: { d: PersonDraft; m: NameMention } | null = null;
  for (const d of drafts) {
    let first: NameMention | null = null;
    for (const m of d.names) if (!first || m.start < first.start) first = m;
    if (first && first.start >= pos && (!best || first.start < best.m.start)) best = { d, m: first };
  }
  // a full name: a single word after a post is as often a paper or a place ("As Politico reported")
  if (!best || best.m.words.length < 2 || doc.sentenceIndexAt(best.m.start) > lastSentence) return null;
  // no other person named between the post and the holder
  for (const d of drafts) if (d !== best.d) for (const m of d.names) if (m.start >= pos && m.start < best.m.start) return null;
  return isSpeechVerb(tokens[best.m.last + 1]) || isSpeechVerb(tokens[best.m.first - 1]) ? best.d : null;
}

/** "said", "wrote", "told": a verb of saying written in lower case. */
function isSpeechVerb(tok: Token | undefined): boolean {
  return Boolean(tok?.isWord && !tok.cap && SPEECH_VERBS.has(tok.lower));
}

function isArticle(w: string): boolean {
  return w === 'the' || w === 'a' || w === 'an';
}

/**
 * Of several people sharing a title, the one mentioned last before each position asked about, in
 * increasing order, as a scan of all their mentions would say (the first in the scan among mentions
 * sharing a start; the first person when none is before): one sweep over their mentions instead of
 * a scan at every title.
 */
class LatestMentioned {
  private readonly mentions: Array<{ start: number; d: PersonDraft }>;
  private next = 0;
  private best: { start: number; d: PersonDraft } | undefined;

  constructor(private readonly ds: PersonDraft[]) {
    this.mentions = ds.flatMap((d) => d.mentions.map((m) => ({ start: m.start, d }))).sort((a, b) => a.start - b.start);
  }

  before(pos: number): PersonDraft {
    for (; this.next < this.mentions.length && this.mentions[this.next]!.start < pos; this.next++) {
      const m = this.mentions[this.next]!;
      if (!this.best || m.start > this.best.start) this.best = m;
    }
    return this.best?.d ?? this.ds[0]!;
  }

  /** A mention made at `start`, a position before every one asked about from now on and no other mention's. */
  added(start: number, d: PersonDraft): void {
    if (!this.best || start > this.best.start) this.best = { start, d };
  }
}

/**
 * he/she/him/her/his outside quotations, resolved to the person named most prominently before
 * them: the first compatible person earlier in the same sentence, else the first in the nearest
 * earlier sentence that names one (subjects come first in news sentences). A pronoun sets the
 * gender of a person whose name did not tell it.
 */
function addPronounMentions(doc: Document, tokens: Token[], words: WordIndex, drafts: PersonDraft[], quotes: Span[]): void {
  if (!drafts.length) return;
  const antes: Ante[] = [];
  for (const d of drafts) for (const m of d.mentions) {
    if (insideAny(quotes, m.start)) continue;
    antes.push({ pos: m.start, sent: doc.sentenceIndexAt(m.start), d });
  }
  antes.sort((a, b) => a.pos - b.pos);
  // pronouns resolved, each to the person at the same index, added once all are read
  const addedMentions: PersonMention[] = [];
  const addedTo: PersonDraft[] = [];
  let ai = 0;
  const seen: Ante[] = [];
  for (const i of words.of(PRONOUNS.keys())) {
    const t = tokens[i]!;
    if (!t.isWord) continue;
    const g = PRONOUNS.get(t.lower);
    if (!g) continue;
    while (ai < antes.length && antes[ai]!.pos < t.start) seen.push(antes[ai++]!);
    if (insideAny(quotes, t.start)) continue;
    const sent = doc.sentenceIndexAt(t.start);
    const d = resolvePronoun(seen, sent, g);
    if (!d) continue;
    if (!d.gender) d.gender = g;
    addedMentions.push({ start: t.start, end: t.end, kind: 'pronoun' });
    addedTo.push(d);
    // a resolved pronoun keeps its person salient for the next pronoun
    seen.push({ pos: t.start, sent, d });
  }
  for (let k = 0; k < addedTo.length; k++) addedTo[k]!.mentions.push(addedMentions[k]!);
}

type Ante = { pos: number; sent: number; d: PersonDraft };

function resolvePronoun(seen: Ante[], sent: number, g: 'm' | 'f'): PersonDraft | undefined {
  // walk back sentence by sentence (at most four), taking the first compatible person in each: of the
  // pronoun's gender or of none known. Not one of its gender before one of none: in "Rep. Lee Zeldin of
  // New York, a Trump supporter, said …", "he" is Zeldin, whose given name tells no gender.
  let k = seen.length - 1;
  let looked = 0;
  while (k >= 0 && looked < 5) {
    const s = seen[k]!.sent;
    if (sent - s > 4) break;
    let lo = k;
    while (lo - 1 >= 0 && seen[lo - 1]!.sent === s) lo--;
    for (let q = lo; q <= k; q++) {
      const d = seen[q]!.d;
      if (d.gender === g || d.gender === null) return d;
    }
    k = lo - 1;
    looked++;
  }
  return undefined;
}

function toEntity(d: PersonDraft, doc: Document): PersonEntity {
  const mentions = withoutRepeats(sortByStart(d.mentions));
  d.mentions = mentions;
  return { name: fullestName(d, doc), gender: d.gender, role: chooseRole(d.roles), mentions };
}

/**
 * Mentions sorted by start without repeats of a span, the first of each kept: what removing repeats
 * and then sorting stably gives, since repeats share a start and a stable sort keeps the order of
 * mentions that do. The list itself when it holds no repeat (nearly always).
 */
export function withoutRepeats(sorted: PersonMention[]): PersonMention[] {
  let out: PersonMention[] | null = null;
  let sameStart = 0;
  for (let k = 0; k < sorted.length; k++) {
    const m = sorted[k]!;
    if (k > 0 && sorted[k - 1]!.start !== m.start) sameStart = k;
    let repeat = false;
    for (let q = sameStart; q < k && !repeat; q++) repeat = sorted[q]!.end === m.end;
    if (repeat) out ??= sorted.slice(0, k);
    else if (out) out.push(m);
  }
  return out ?? sorted;
}

/**
 * The longest way the article writes the name; of equals, the first the body writes ("Aleksandr Petrenko" in
 * the text under a headline's "Oleksandr Petrenko": a headline's transliteration is often not the article's).
 */
export function fullestName(d: PersonDraft, doc: Document): string {
  const inHeadline = (m: NameMention) => {
    const p = doc.frame.paragraphs[doc.frame.paragraphIndexAt(m.start)];
    return p !== undefined && (p.role === 'headline' || p.role === 'standfirst');
  };
  let best = d.names[0]!;
  for (const m of d.names) if (m.words.length > best.words.length || (m.words.length === best.words.length && inHeadline(best) && !inHeadline(m))) best = m;
  return doc.text.slice(best.start, best.end);
}

/**
 * An office over a mere role, and a post over a rank ("the regional police chief, Colonel X" holds the post
 * of police chief); among those, one with an affiliation; then the first stated.
 */
export function chooseRole(roles: RoleInfo[]): RoleInfo | null {
  if (!roles.length) return null;
  const score = (r: RoleInfo) => (r.isOffice ? (isRankTitle(r.title) ? 4 : 8) : 0) + (r.affiliation?.kind === 'named' ? 2 : r.affiliation ? 1 : 0);
  let best = roles[0]!;
  for (const r of roles) if (score(r) > score(best)) best = r;
  return best;
}
