/**
 * Reported speech outside quote marks: each sentence that says who it reports ("the ministry said
 * 12 drones were downed", "24 people were hurt, the governor announced", "according to police"),
 * with its source resolved as a quote's speaker is (full names, "he", "the governor", "the ministry").
 */
import type { Document } from '../../document/document.js';
import { countBelow, countStartingBelow, type Span } from '../../document/span.js';
import type { ParagraphFrame } from '../../document/frame.js';
import type { Token } from '../../document/tokens.js';
import type { QuotedSpan } from '../../document/quotes.js';
import { windowTokens } from '../../document/windows.js';
import { OverlapIndex } from '../../document/overlap-index.js';
import { speechVerbForms } from '../../language/speech.js';
import { alternation } from '../../language/alternation.js';
import { fold } from '../../language/fold.js';
import { CUE_NOUNS, DATA_LINKS, DATA_NOUNS, HOLDER_WORDS, VERB_MODIFIERS, REPORTING_GROUPS, SOURCE_LABELS } from '../../language/quoting.js';
import { SPEAKING_BODY_HEADS } from '../../language/organizations.js';
import { TITLE_WORDS } from '../../language/titles.js';
import { DEMONYMS, SEAT_PREPOSITIONS } from '../../language/places.js';
import { singular } from '../../language/item-keys.js';
import {
  BE_FORMS, DEMONSTRATIVES, FUNCTION_WORDS as FUNCTION_WORD_LIST, OBJECT_PRONOUNS as OBJECT_PRONOUN_LIST, PREPOSITIONS, TIME_ADVERBS,
} from '../../language/function-words.js';
import { TEEN_WORDS, TENS_WORDS, UNIT_WORDS } from '../../language/counting.js';
import type { Extractor, ExtractionContext } from '../framework.js';
import type { Statement } from '../results.js';
import { readBackward, readForward, type SpeakerPhrase } from './phrases.js';
import { sentenceSubjects } from './attribution.js';
import { SpeakerResolver } from './speakers.js';
import { speakerIndexOf } from './speaker-index.js';
import { collectSources } from './sources.js';

const FIGURE_VERBS: ReadonlySet<string> = new Set(speechVerbForms('states-figures', ['past', 'present', 'participle']));
/** Before a participle, a form of "be" makes it passive ("was reported"): its subject is what is reported. */
const PASSIVE_AUXILIARIES: ReadonlySet<string> = new Set(BE_FORMS);
const CLOSING_MARKS = new Set([',', '"', '”', '’', "'", '»', '—', '–']);
/** "About it reported …", "On this said …": the report the verb's object points back to. */
const POINTING_OBJECTS: ReadonlySet<string> = new Set(['it', ...DEMONSTRATIVES]);
const PREPOSITION_SET: ReadonlySet<string> = new Set(PREPOSITIONS);
const TIME_ADVERB_SET: ReadonlySet<string> = new Set(TIME_ADVERBS);
// "her" is listed among the possessives; after "according to" it is the object
const OBJECT_PRONOUNS: ReadonlySet<string> = new Set([...OBJECT_PRONOUN_LIST, 'her']);
const WORD_BREAK = /\s+/;
/** The cue of a relay: "UNN reports, citing X". */
const CITING = 'citing';
/** The words a cue's token is (its `lower`): "according (to)", "citing" and the verbs of stating figures. */
export const CUE_WORDS: readonly string[] = ['according', CITING, ...FIGURE_VERBS];
const CUE_WORD = new RegExp(alternation(CUE_WORDS));
const CUE_WORD_ANY_CASE = new RegExp(alternation(CUE_WORDS), 'i');
const NON_ASCII = /[^\x00-\x7f]/;

/**
 * Whether a sentence may hold a cue: a token's `lower` is the fold of its text, and the fold of a
 * sentence holds the fold of each of its words, so one whose fold has no cue's word has no cue.
 */
export function mayHoldCue(sentence: string): boolean {
  // in ASCII the fold is the lower case, which the pattern's own case-insensitivity reads without a copy
  return NON_ASCII.test(sentence) ? CUE_WORD.test(fold(sentence)) : CUE_WORD_ANY_CASE.test(sentence);
}
const POSSESSIVE_OWNER = /^(?:the\s+)?(?<owner>.+?)['’]s\s/iu;
const NAME_WORD_BREAK = /[\s-]+/;
const DIGIT_START = /^\d/;
const FUNCTION_WORDS: ReadonlySet<string> = new Set([...FUNCTION_WORD_LIST, ...PREPOSITION_SET]);
const SENTENCE_OPENING = /(?:^|[.!?]["'”’]?\s+|\n\s*)$/u;
// an acronym the organizations extractor did not know: short ("UNN", "TASS"), never a shouted word ("KILLED")
const ACRONYM = /^\p{Lu}{2,5}$/u;
/** How many capitalised words may qualify a group before its verb ("Israeli officials said"). */
const GROUP_QUALIFIER_TOKENS = 3;
/** How many words may stand between a passive participle and the "by" of its agent ("was confirmed on Telegram by"). */
const AGENT_REACH_TOKENS = 5;
/** How many words may open "according to preliminary official figures from …" before its noun. */
const DATA_PHRASE_TOKENS = 5;
/** How many tokens an apposition between commas may hold. */
const APPOSITION_MAX_TOKENS = 8;
/** How far (UTF-16 units) into a "Source:" line its first name is read. */
const SOURCE_LINE_REACH = 200;

export const statementsExtractor: Extractor<'statements'> = {
  kind: 'statements',
  needs: ['people', 'organizations', 'quotes', 'regions', 'speakers'],
  extract(doc: Document, ctx: ExtractionContext): Statement[] {
    return doc.sentences.length === 0 ? [] : new StatementReader(doc, ctx).read();
  },
};

interface Resolved {
  name: string | null;
  isOrganization: boolean;
}

/** How far (UTF-16 units) after a quote's end its speech tag's verb may stand ("…," he wrote). */
const TAG_GAP = 12;
/** How far (UTF-16 units) after a bare title the name it is followed by may stand ("Chief of the … Administration Jane Roe"). */
const TITLE_NAME_REACH = 120;

/** Reads an article's statements in text order, resolving each source against what came before. */
class StatementReader {
  private readonly resolver: SpeakerResolver;
  private readonly people: ReadonlySet<string>;
  private readonly organizations: ReadonlySet<string>;
  private readonly names: ReadonlyArray<{ start: number; name: string }>;
  private readonly places: OverlapIndex<Span>;
  private readonly quotes: ReadonlyArray<{ start: number; end: number; speaker: string }>;
  private readonly quoteEnds: readonly number[];
  private readonly nameStarts: readonly number[];
  /** The statements of people read so far, in text order: what "according to him" looks back over. */
  private readonly personStatements: Statement[] = [];
  /** Every statement read so far. */
  private readonly out: Statement[] = [];

  constructor(private readonly doc: Document, ctx: ExtractionContext) {
    const index = speakerIndexOf(doc, ctx);
    this.resolver = new SpeakerResolver(index);
    collectSources(index.reportingCues, this.resolver, doc.quotes);
    const quotes: Array<{ start: number; end: number; speaker: string }> = [];
    for (const q of ctx.results.quotes ?? []) if (q.speaker) quotes.push({ start: q.start, end: q.end, speaker: q.speaker });
    this.quotes = quotes.sort((a, b) => a.start - b.start);
    this.quoteEnds = this.quotes.map((q) => q.end);
    for (const q of this.quotes) this.resolver.addSource(q.speaker, q.start, false, true);
    const people = ctx.results.people ?? [];
    this.people = new Set(people.map((p) => p.name));
    this.organizations = new Set((ctx.results.organizations ?? []).map((o) => o.name));
    const names: Array<{ start: number; name: string }> = [];
    for (const p of people) for (const m of p.mentions) if (m.kind === 'name') names.push({ start: m.start, name: p.name });
    this.names = names.sort((a, b) => a.start - b.start);
    this.nameStarts = this.names.map((n) => n.start);
    const places: Span[] = [];
    for (const r of ctx.results.regions ?? []) for (const m of r.mentions) places.push(m);
    this.places = new OverlapIndex(places);
  }

  read(): Statement[] {
    const quoted = new QuoteCursor(this.doc.quotes);
    for (const s of this.doc.sentences) for (const { phrase, cue, covers } of sourcePhrases(this.doc, s, quoted)) this.take(s, cue, phrase, false, covers);
    for (const p of this.doc.frame.paragraphs) {
      const named = sourceLineName(this.doc, p);
      if (named) this.take(p, p.label!.start, named, true, false);
    }
    return dropRelays(this.doc.text, this.out.sort((a, b) => a.start - b.start || a.cue - b.cue), this.people);
  }

  private take(span: Span, cue: number, phrase: SpeakerPhrase, line: boolean, coversReport: boolean): void {
    const r = this.sourceOf(span, cue, phrase);
    if (!r?.name) return;
    const st: Statement = { start: span.start, end: span.end, cue, source: r.name, isOrganization: r.isOrganization, line, coversReport };
    this.out.push(st);
    if (!st.isOrganization) this.personStatements.push(st);
  }

  private sourceOf(span: Span, cue: number, phrase: SpeakerPhrase): Resolved | null {
    const text = this.doc.text;
    const surface = text.slice(phrase.start, phrase.end).toLowerCase();
    if (OBJECT_PRONOUNS.has(surface)) return { name: this.lastPersonBefore(phrase.start), isOrganization: false };
    // "“…,” he wrote": the quote's speaker, as the quotes resolved it
    const tagged = phrase.kind === 'pronoun' ? this.quoteEndingBefore(cue) : undefined;
    if (tagged) return { name: tagged.speaker, isOrganization: false };
    // "he said": the named subject of this sentence or of the one before is the likeliest "he"
    const subjects = phrase.kind === 'pronoun' ? subjectsBefore(this.doc, span, phrase.start) : [];
    const r = this.resolver.resolve(phrase, subjects);
    if (!r.name || this.people.has(r.name) || this.organizations.has(r.name)) return r;
    // "the statement said": whoever the article last gave words to
    const head = text.slice(phrase.start, phrase.nameEnd).toLowerCase().split(WORD_BREAK).pop() ?? '';
    if (phrase.kind === 'nominal' && CUE_NOUNS.has(head)) return { name: this.lastSourceBefore(phrase.start), isOrganization: false };
    const titled = this.personNamedAfter(phrase, span);
    if (titled) return { name: titled, isOrganization: false };
    // "the Indian Army's southern command said": the body whose part speaks
    const owner = POSSESSIVE_OWNER.exec(r.name)?.groups?.owner;
    if (owner && this.organizations.has(owner)) return { name: owner, isOrganization: true };
    return namesSource(text, phrase, r.name, this.places) ? r : null;
  }

  /** The quote that ends within a speech tag's reach before a cue ("“…,” he wrote"). */
  private quoteEndingBefore(cue: number): { speaker: string } | undefined {
    const k = countBelow(this.quoteEnds, cue + 1) - 1;
    const q = this.quotes[k];
    return q && q.end <= cue && cue - q.end <= TAG_GAP ? q : undefined;
  }

  /** The person whose words the article gave last before `at`: who "according to him" is. */
  private lastPersonBefore(at: number): string | null {
    return this.lastBefore(at, this.personStatements);
  }

  /** Whoever the article gave words to last before `at`: the author of "the statement". */
  private lastSourceBefore(at: number): string | null {
    return this.lastBefore(at, this.out);
  }

  /** The speaker of the last quote or the source of the last of `statements` (read in text order) before `at`. */
  private lastBefore(at: number, statements: readonly Statement[]): string | null {
    const q = this.quotes[countStartingBelow(this.quotes, at) - 1];
    let st: Statement | undefined;
    for (let k = statements.length - 1; k >= 0 && !st; k--) if (statements[k]!.cue < at) st = statements[k];
    if (q && (!st || q.start > st.cue)) return q.speaker;
    return st?.source ?? null;
  }

  /** "confirmed by Chief of the Regional Administration Jane Roe": a bare title's holder, named right after it. */
  private personNamedAfter(phrase: SpeakerPhrase, span: Span): string | null {
    const words = this.doc.text.slice(phrase.nameStart, phrase.nameEnd).toLowerCase().split(WORD_BREAK);
    if (!TITLE_WORDS.has(words[words.length - 1] ?? '')) return null;
    const limit = Math.min(span.end, phrase.end + TITLE_NAME_REACH);
    const n = this.names[countBelow(this.nameStarts, phrase.end)];
    return n && n.start < limit ? n.name : null;
  }
}

/**
 * "X reported this on Telegram, according to Ukrinform", "…, wrote X, RIA Novosti reports": a body
 * or outlet named after a person in the same sentence relays the person's words, and so does one
 * citing someone ("UNN reports, citing X"); the person is the source.
 */
function dropRelays(text: string, statements: Statement[], people: ReadonlySet<string>): Statement[] {
  const cites = (st: Statement) => text.slice(st.cue, st.cue + CITING.length).toLowerCase() === CITING;
  // per sentence, in one pass each way: is a person named before, does someone cite after
  const personBefore: boolean[] = [];
  const citingAfter: boolean[] = [];
  for (let k = 0; k < statements.length; k++) {
    const prev = statements[k - 1];
    const same = prev !== undefined && prev.start === statements[k]!.start;
    personBefore[k] = same && (personBefore[k - 1]! || people.has(prev.source));
  }
  for (let k = statements.length - 1; k >= 0; k--) {
    const next = statements[k + 1];
    const same = next !== undefined && next.start === statements[k]!.start;
    citingAfter[k] = same && (citingAfter[k + 1]! || cites(next));
  }
  return statements.filter((st, k) => st.line || (!citingAfter[k] && (people.has(st.source) || !personBefore[k])));
}

/** The named subjects of the sentence up to `at` and of the sentence before it in the same paragraph. */
function subjectsBefore(doc: Document, s: Span, at: number): SpeakerPhrase[] {
  const out = sentenceSubjects(doc.text, s.start, at);
  const i = doc.sentenceIndexAt(s.start);
  const prev = i > 0 ? doc.sentences[i - 1] : undefined;
  const p = doc.frame.paragraphs[doc.frame.paragraphIndexAt(s.start)];
  if (prev && p && prev.start >= p.start) out.push(...sentenceSubjects(doc.text, prev.start, prev.end));
  return out;
}

/** The phrases a sentence names as the source of what it reports, each with where its cue stands. */
function sourcePhrases(doc: Document, s: Span, quoted: QuoteCursor): Array<{ phrase: SpeakerPhrase; cue: number; covers: boolean }> {
  const out: Array<{ phrase: SpeakerPhrase; cue: number; covers: boolean }> = [];
  // most sentences have no cue: their words are not made
  if (!mayHoldCue(doc.text.slice(s.start, s.end))) return out;
  const tokens = windowTokens(doc.text, s.start, s.end);
  // the sentence's opening phrase, read once for all its cues
  const opening = new OpeningPhrase(tokens);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!t.isWord || quoted.covers(t.start)) continue;
    const phrase = sourceAt(tokens, i, opening);
    // "reported this", "announced about this": the verb's object is the report around it
    const object = tokens[i + 1]?.lower === 'about' ? tokens[i + 2] : tokens[i + 1];
    if (phrase) out.push({ phrase, cue: t.start, covers: object?.lower === 'this' });
  }
  return out;
}

/** The source phrase a cue at token `i` names: "according to X", "citing X", "X said", "…, said X". */
function sourceAt(tokens: readonly Token[], i: number, opening: OpeningPhrase): SpeakerPhrase | null {
  const t = tokens[i]!;
  const list = tokens as Token[];
  if (t.lower === 'according' && tokens[i + 1]?.lower === 'to') {
    const object = tokens[i + 2];
    // "according to him": the person whose words the article gave last
    if (object && OBJECT_PRONOUNS.has(object.lower)) return { kind: 'pronoun', start: object.start, end: object.end, nameStart: object.start, nameEnd: object.end };
    // "according to figures from the UN", "according to preliminary data of the ministry"
    let at = i + 2;
    while (at < tokens.length && at - i < DATA_PHRASE_TOKENS && !DATA_NOUNS.has(tokens[at]!.lower) && tokens[at]!.isWord && !tokens[at]!.cap) at++;
    const owner = DATA_NOUNS.has(tokens[at]?.lower ?? '') && DATA_LINKS.has(tokens[at + 1]?.lower ?? '') ? at + 2 : i + 2;
    return withGroupNoun(list, readForward(list, owner));
  }
  if (t.lower === CITING) return withGroupNoun(list, readForward(list, i + 1));
  if (t.cap || !FIGURE_VERBS.has(t.lower)) return null;
  // "confirmed by the region's governor, Jane Roe", "was confirmed on Telegram by …": the agent of a passive
  const by = agentAfter(tokens, i);
  if (by >= 0) return withApposedName(list, readForward(list, by + 1));
  if (PASSIVE_AUXILIARIES.has(tokens[i - 1]?.lower ?? '')) return null;
  const apposed = appositionNameBefore(list, i);
  if (apposed) return apposed;
  // "About it reported Governor Jane Roe": the subject after the verb, its object before it
  if (POINTING_OBJECTS.has(tokens[i - 1]?.lower ?? '') && PREPOSITION_SET.has(tokens[i - 2]?.lower ?? '')) return readForward(list, i + 1)?.phrase ?? null;
  const before = subjectEndingAt(list, i, opening.read()) ?? readBackward(list, i) ?? groupBefore(list, i);
  if (before) return holderOfPlace(list, before) ?? before;
  // an inverted tag after the clause it reports: "…, said Governor Jane Roe"
  return CLOSING_MARKS.has(tokens[i - 1]?.text ?? '') ? (readForward(list, i + 1)?.phrase ?? null) : null;
}

/** "…, the governor of the city, Jane Roe, announced": the name set off by commas right before the verb. */
function appositionNameBefore(tokens: Token[], i: number): SpeakerPhrase | null {
  if (tokens[i - 1]?.text !== ',') return null;
  let c = i - 2;
  while (c >= 0 && tokens[c]!.text !== ',' && i - c < APPOSITION_MAX_TOKENS) c--;
  if (c < 0 || tokens[c]!.text !== ',') return null;
  const r = readForward(tokens, c + 1);
  return r && r.phrase.kind === 'name' && r.next === i - 1 ? r.phrase : null;
}

/** "The Ziv Medical Center in the city of Safed said": the speaker is who stands before the place's preposition. */
function holderOfPlace(tokens: Token[], phrase: SpeakerPhrase): SpeakerPhrase | null {
  const k = countStartingBelow(tokens, phrase.start);
  const preposition = tokens[k - 1];
  if (k < 2 || !preposition || !SEAT_PREPOSITIONS.has(preposition.lower)) return null;
  return readBackward(tokens, k - 1);
}

/** The sentence's opening noun phrase when it runs up to the verb: "The governor of Russia's Voronezh region said". */
function subjectEndingAt(tokens: Token[], i: number, r: ReturnType<typeof readForward>): SpeakerPhrase | null {
  if (!r) return null;
  // "… Laboratory today confirmed": adverbs of time and manner may stand between
  let k = r.next;
  while (k < i && (VERB_MODIFIERS.has(tokens[k]!.lower) || TIME_ADVERB_SET.has(tokens[k]!.lower))) k++;
  return k === i ? r.phrase : null;
}

/** The noun phrase a sentence opens with (readForward from its first token), read on first use. */
class OpeningPhrase {
  private phrase: ReturnType<typeof readForward> | undefined;
  constructor(private readonly tokens: Token[]) {}

  read(): ReturnType<typeof readForward> {
    if (this.phrase === undefined) this.phrase = readForward(this.tokens, 0);
    return this.phrase;
  }
}

/** "…, officials said", "local authorities reported": a group of unnamed people right before the verb, with the words that qualify it. */
function groupBefore(tokens: readonly Token[], i: number): SpeakerPhrase | null {
  const head = tokens[i - 1];
  // capitalised only where it opens the sentence ("Officials said")
  if (!head || (head.cap && i - 1 > 0) || !REPORTING_GROUPS.has(head.lower)) return null;
  let k = i - 1;
  while (k > 0 && tokens[k - 1]!.isWord && tokens[k - 1]!.cap && i - k < GROUP_QUALIFIER_TOKENS) k--;
  return { kind: 'nominal', start: tokens[k]!.start, end: head.end, nameStart: head.start, nameEnd: head.end };
}

/** Where the "by" of a passive participle's agent stands: right after it, or a few words on after "was". */
function agentAfter(tokens: readonly Token[], i: number): number {
  if (tokens[i + 1]?.lower === 'by') return i + 1;
  if (!PASSIVE_AUXILIARIES.has(tokens[i - 1]?.lower ?? '')) return -1;
  for (let k = i + 2; k < tokens.length && k <= i + AGENT_REACH_TOKENS; k++) {
    if (tokens[k]!.lower === 'by') return k;
    if (!tokens[k]!.isWord) return -1;
  }
  return -1;
}

/** "the region's governor, Jane Roe": a description read forward is the name set off after it. */
function withApposedName(tokens: Token[], r: ReturnType<typeof readForward>): SpeakerPhrase | null {
  if (!r) return null;
  if (r.phrase.kind === 'nominal' && tokens[r.next]?.text === ',') {
    const named = readForward(tokens, r.next + 1);
    if (named && named.phrase.kind === 'name') return named.phrase;
  }
  return r.phrase;
}

/** "according to Israeli authorities": a name read forward takes the group noun after it. */
function withGroupNoun(tokens: Token[], r: ReturnType<typeof readForward>): SpeakerPhrase | null {
  if (!r) return null;
  const next = tokens[r.next];
  if (r.phrase.kind === 'name' && next && !next.cap && REPORTING_GROUPS.has(next.lower)) {
    return { kind: 'nominal', start: r.phrase.start, end: next.end, nameStart: next.start, nameEnd: next.end };
  }
  return r.phrase;
}

/** The first name after a "Source:" label opening a paragraph ("Source: Jane Roe, Governor of …, on Telegram"). */
function sourceLineName(doc: Document, p: ParagraphFrame): SpeakerPhrase | null {
  if (!p.label) return null;
  const tokens = windowTokens(doc.text, p.label.start, Math.min(p.end, p.label.end + SOURCE_LINE_REACH));
  if (!SOURCE_LABELS.has(tokens[0]?.lower ?? '')) return null;
  const colon = tokens.findIndex((t) => t.text === ':');
  return colon < 0 ? null : (readForward(tokens, colon + 1)?.phrase ?? null);
}

/**
 * Whether an unresolved phrase still names a source: a name that is no place nor a people's
 * adjective ("Crimea", "Israeli"), or a description headed by an office, a body or a group of
 * people ("the spokesman", "local authorities"), never by anything else ("the norms").
 */
function namesSource(text: string, phrase: SpeakerPhrase, name: string, places: OverlapIndex<Span>): boolean {
  if (phrase.kind === 'pronoun') return false;
  // "three candidates said …", "Twenty-seven states …": who is counted does not report the count
  const opening = text.slice(phrase.start, phrase.end).toLowerCase().split(NAME_WORD_BREAK)[0] ?? '';
  if (DIGIT_START.test(opening) || UNIT_WORDS.has(opening) || TEEN_WORDS.has(opening) || TENS_WORDS.has(opening)) return false;
  if (phrase.kind === 'name') {
    const surface = text.slice(phrase.nameStart, phrase.nameEnd);
    // "To solve this, …": a function word is no one
    const first = surface.toLowerCase().split(NAME_WORD_BREAK)[0] ?? '';
    if (FUNCTION_WORDS.has(first)) return false;
    // one capitalised word opening a sentence is as likely a common noun ("Videos posted …"); an acronym is a name
    const opensSentence = SENTENCE_OPENING.test(text.slice(Math.max(0, phrase.nameStart - 3), phrase.nameStart));
    if (opensSentence && !WORD_BREAK.test(surface) && !ACRONYM.test(surface)) return REPORTING_GROUPS.has(surface.toLowerCase());
    return !DEMONYMS.has(surface.toLowerCase()) && !places.overlapsAny(phrase.nameStart, phrase.nameEnd);
  }
  // the head of the description, not of a place after its "of": "the governor of the region"
  const head = text.slice(phrase.start, phrase.nameEnd).toLowerCase().split(WORD_BREAK).pop() ?? '';
  // "the county coroners": offices and bodies in the plural speak as well
  const one = singular(head);
  return REPORTING_GROUPS.has(head) || HOLDER_WORDS.has(head) || [head, one].some((w) => TITLE_WORDS.has(w) || SPEAKING_BODY_HEADS.has(w));
}

/** Whether positions, asked in increasing order, lie inside a quote: one pass over the quotes for the whole text. */
class QuoteCursor {
  private next = 0;
  constructor(private readonly quotes: readonly QuotedSpan[]) {}

  covers(at: number): boolean {
    while (this.next < this.quotes.length && this.quotes[this.next]!.after <= at) this.next++;
    const q = this.quotes[this.next];
    return q !== undefined && q.open <= at;
  }
}
