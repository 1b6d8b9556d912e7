import type { Span } from '../../document/span.js';
import { isFoldedFirstName, NAME_PARTICLES } from '../../language/first-names.js';
import { LAW_NAME_CONNECTORS, LAW_WORDS, NON_NAME_WORDS, SPEECH_VERBS } from '../../language/non-names.js';
import { COUNTRY_NAMES, DEMONYMS } from '../../language/places.js';
import { HONORIFICS, OFFICE_HEADS, ROLE_HEADS, TITLE_ABBREVIATIONS, titleWord } from '../../language/titles.js';
import { nextCapitalisedWord, sameLineGap, type Token } from '../../document/tokens.js';
import { DETERMINERS, roleBeforeComma } from './roles.js';

/** A place in the text where a person is named: full name, or surname after a title. */
export interface NameMention extends Span {
  /** Token indices of the first and last name token (inclusive). */
  first: number;
  last: number;
  /** The name's words, initials without their full stop. */
  words: string[];
  /** How the name was recognised, for debugging and for the confidence of single words. */
  via: 'first-name' | 'title' | 'honorific' | 'shape' | 'speech' | 'apposition';
  /** Gender told by an honorific right before the name ("Mrs."). */
  honorificGender: 'm' | 'f' | null;
}

// Endings of surnames common in the news of the region (Slavic, Caucasian, Turkic, Baltic).
const SURNAME_SHAPE = /(?:ov|ova|ev|eva|yov|yova|in|ina|yn|yna|sky|skiy|skyi|skii|ska|ski|skaya|enko|chenko|chuk|yuk|uk|ich|vich|vych|ovich|ovych|shvili|dze|yan|ian|oglu|zadeh|ko|iak|ak|ets|ych)$/;

const PREPOSITIONS = new Set(['in', 'at', 'from', 'to', 'near', 'into', 'across', 'outside', 'inside', 'of', 'on', 'around', 'toward', 'towards']);

type Cls = 'H' | 'T' | 'M' | 'F' | 'I' | 'N' | 'X' | 'P' | 'B' | 'BF';

export interface NameScanInput {
  text: string;
  tokens: Token[];
  /** Spans that belong to places or organisations: no name starts inside them. */
  blocked: (span: Span) => boolean;
  /** Sentence start offsets, to recognise a capitalised word that is capitalised only for being first. */
  isSentenceStart: (tokenIndex: number) => boolean;
  /** Lower-case forms of the words the text also writes in lower case: common words, not names. */
  lowerWords: ReadonlySet<string>;
}

// Bounds checked before every read, and '' (a string like the classes) past the end: the scan loops
// stay fast (see docs/extractors.md, "Keeping the hot loops fast").
function tokenAt(tokens: Token[], i: number): Token | undefined {
  return i < tokens.length ? tokens[i] : undefined;
}

function clsAt(cls: Cls[], i: number): Cls | '' {
  return i < cls.length ? cls[i]! : '';
}

function isAbbrWithDot(tokens: Token[], i: number): boolean {
  const t = tokens[i]!;
  const next = tokenAt(tokens, i + 1);
  return !!next && next.text === '.' && next.start === t.end && (TITLE_ABBREVIATIONS.has(t.lower) || HONORIFICS.has(t.lower));
}

function isInitial(tokens: Token[], i: number): boolean {
  const t = tokens[i]!;
  const next = tokenAt(tokens, i + 1);
  return t.cap && t.text.length === 1 && !!next && next.text === '.' && next.start === t.end;
}

function classify(tokens: Token[], i: number, input: NameScanInput): Cls {
  const t = tokens[i]!;
  if (!t.isWord) return 'X';
  if (!t.cap) return NAME_PARTICLES.has(t.lower) ? 'P' : 'X';
  if (HONORIFICS.has(t.lower)) return 'H';
  if (isInitial(tokens, i)) return 'I';
  // "Interior CS Kithure Kindiki", "MP Jo Smith": an office written as capitals is still a title
  if (t.allCaps) return OFFICE_HEADS.has(t.lower) ? 'T' : 'X';
  // a word the regions or organisations extractors claim: a given name still opens a name before another
  // capitalised word ("Charlotte Dunn"), and a place name may close one ("George Washington"), see scanRun
  if (input.blocked(t)) return isFoldedFirstName(t.lower) && !NON_NAME_WORDS.has(t.lower) ? 'BF' : 'B';
  if (TITLE_ABBREVIATIONS.has(t.lower) || OFFICE_HEADS.has(t.lower) || ROLE_HEADS.has(t.lower)) return 'T';
  if (titleWord(t.lower)) return 'M';
  if (NON_NAME_WORDS.has(t.lower) || DEMONYMS.has(t.lower) || SPEECH_VERBS.has(t.lower)) return 'X';
  if (isFoldedFirstName(t.lower)) return 'F';
  // a country's name is no name's first word, but may close one as places do ("Steve Israel")
  if (COUNTRY_NAMES.has(t.lower)) return 'B';
  return 'N';
}

/** Index of the token after `i` within a capitalised run, skipping an abbreviation's or initial's stop. */
function nextInRun(text: string, tokens: Token[], i: number): number {
  let j = i + 1;
  const t = tokens[i]!;
  const after = tokenAt(tokens, j);
  if (after !== undefined && after.text === '.' && after.start === t.end && (isAbbrWithDot(tokens, i) || isInitial(tokens, i))) j++;
  const n = tokenAt(tokens, j);
  if (!n || !n.isWord) return -1;
  const prev = tokens[j - 1]!;
  return sameLineGap(text, prev, n) ? j : -1;
}

/**
 * Finds the people named in the text. A run of capitalised words is read left to right: a known
 * given name opens a name, so does a title or honorific right before a capitalised word; runs with
 * neither are taken when their last word has the shape of a surname or a verb of saying follows.
 */
export function findNameMentions(input: NameScanInput): NameMention[] {
  const { text, tokens } = input;
  const out: NameMention[] = [];
  for (let i = nextCapitalisedWord(tokens, 0); i < tokens.length; ) {
    // collect the run
    let n = 0;
    RUN[n++] = i;
    // the word after j is looked up once, before the branches: a particle ("von") joins the run only
    // when a capitalised word follows it
    for (let j = nextInRun(text, tokens, i); j >= 0; ) {
      const tj = tokens[j]!;
      const after = nextInRun(text, tokens, j);
      if (tj.cap) RUN[n++] = j;
      else if (NAME_PARTICLES.has(tj.lower) && after >= 0 && tokens[after]!.cap) RUN[n++] = j;
      else break;
      j = after;
    }
    i = nextCapitalisedWord(tokens, RUN[n - 1]! + 1);
    if (namesALaw(tokens, RUN[n - 1]!)) continue;
    const cls = n <= POOLED ? classesByLength[n]! : filled<Cls>(n, 'X');
    for (let q = 0; q < n; q++) cls[q] = classify(tokens, RUN[q]!, input);
    // a lone word neither a given name nor a plain capitalised word ("The", a title, a place) names
    // no one in scanRun: most runs
    if (n === 1 && cls[0] !== 'N' && cls[0] !== 'F') continue;
    const run = n <= POOLED ? runsByLength[n]! : filled(n, 0);
    for (let q = 0; q < n; q++) run[q] = RUN[q]!;
    scanRun(input, run, cls, out);
  }
  return withoutSentenceOpeners(input, out);
}

const LAW_NAME_WORDS = 10;

/**
 * Whether the capitalised run ending at token `last`, with what follows it joined by small words, is
 * the name of an act or agreement ("Justice Against Sponsors of Terrorism Act", "Affordable Care Act").
 */
function namesALaw(tokens: Token[], last: number): boolean {
  if (LAW_WORDS.has(tokens[last]!.lower)) return true;
  for (let k = last + 1; k < tokens.length && k <= last + LAW_NAME_WORDS; k++) {
    const t = tokens[k]!;
    if (!t.isWord || (!t.cap && !LAW_NAME_CONNECTORS.has(t.lower))) return false;
    if (t.cap && LAW_WORDS.has(t.lower)) return true;
  }
  return false;
}

// findNameMentions visits every capitalised word of every article. The run being collected lives in
// RUN (entries past its length are stale); scanRun then reads the run and its classes from arrays of
// exactly the run's length, made once for each length (up to POOLED) and reused, which scanRun never
// keeps (its mentions copy what they hold).
const RUN: number[] = [];
const POOLED = 16;
const runsByLength: number[][] = [];
const classesByLength: Cls[][] = [];
for (let n = 0; n <= POOLED; n++) {
  runsByLength.push(filled(n, 0));
  classesByLength.push(filled<Cls>(n, 'X'));
}

function filled<T>(n: number, value: T): T[] {
  const a: T[] = [];
  for (let q = 0; q < n; q++) a.push(value);
  return a;
}

/**
 * "Separately, the governor …", "Overnight, …": a lone word opening its sentence before a comma is an
 * adverb or a scene-setter, unless it is the surname of someone the article names in full ("Petrov, who
 * is the mayor").
 */
function withoutSentenceOpeners(input: NameScanInput, found: NameMention[]): NameMention[] {
  const { tokens } = input;
  const surnames = new Set<string>();
  for (const m of found) if (m.words.length > 1) surnames.add(m.words[m.words.length - 1]!.toLowerCase());
  return found.filter(
    (m) => !(m.words.length === 1 && m.via === 'apposition' && input.isSentenceStart(m.first) && tokens[m.last + 1]?.text === ',' && !surnames.has(m.words[0]!.toLowerCase())),
  );
}

function scanRun(input: NameScanInput, run: number[], cls: Cls[], out: NameMention[]): void {
  const { tokens } = input;
  const before = out.length;
  const titled = afterLowerCaseTitle(tokens, run, cls);
  let k = 0;
  while (k < run.length) {
    const c = cls[k]!;
    const next = clsAt(cls, k + 1);
    let start = -1;
    let via: NameMention['via'] = 'first-name';
    let honorificGender: 'm' | 'f' | null = null;
    if (k === 0 && titled) {
      start = 0;
      via = 'title';
    } else if ((c === 'H' || c === 'T') && next && isNameCls(next)) {
      start = k + 1;
      via = c === 'H' ? 'honorific' : 'title';
      if (c === 'H') honorificGender = HONORIFICS.get(tokens[run[k]!]!.lower) ?? null;
    } else if (k === 0 && isOfficePlace(tokens, run[0]!) && (c === 'F' || c === 'BF' ? run.length >= 3 : c === 'N' && run.length === 3 && isNameCls(cls[1]!) && isNameCls(cls[2]!))) {
      // "Premier of Victoria Jacinta Allan", "Deputy Commissioner of Shimla Aditya Negi": the office's place, then the person
      start = 1;
      via = 'title';
    } else if ((c === 'F' || c === 'I') && next && (isNameCls(next) || isTitleSurname(cls, k, k) || isPlaceSurname(cls, k, k))) {
      start = k;
    } else if (c === 'BF' && (next === 'N' || next === 'F')) {
      start = k;
    } else if (c === 'N' && next === 'I' && clsAt(cls, k + 2) === 'N') {
      // "Marc H. Morial": a middle initial marks a given name the lexicon lacks
      start = k;
      via = 'shape';
    }
    if (start < 0) {
      k++;
      continue;
    }
    let end = start;
    while (end + 1 < run.length && end - start < 4 && (isNameCls(cls[end + 1]!) || (cls[end + 1] === 'P' && end + 2 < run.length && isNameCls(cls[end + 2]!)) || isTitleSurname(cls, start, end) || isPlaceSurname(cls, start, end))) {
      // after a surname, a word the text also writes in lower case ends the name: "Hillary Clinton Was Headed"
      if (cls[end] === 'N' && cls[end + 1] === 'N' && input.lowerWords.has(tokens[run[end + 1]!]!.lower)) break;
      end++;
    }
    // a name never ends on a particle
    while (end > start && cls[end] === 'P') end--;
    // initials alone ("N.Y.") are no name
    if (cls.slice(start, end + 1).every((c) => c === 'I' || c === 'P')) {
      k = end + 1;
      continue;
    }
    out.push(makeMention(tokens, run.slice(start, end + 1), via, honorificGender));
    k = end + 1;
  }
  if (out.length > before) return;
  // runs with no title and no given name followed by a surname: surname shapes, and words that the
  // context marks as a person (a verb of saying, an apposition, a byline dash)
  let lo = 0;
  while (lo < run.length && cls[lo] !== 'N' && cls[lo] !== 'F') lo++;
  let hi = lo;
  while (hi + 1 < run.length && isNameCls(cls[hi + 1]!)) hi++;
  if (lo >= run.length || hi - lo > 2) return;
  const first = tokens[run[lo]!]!;
  const lastTok = tokens[run[hi]!]!;
  const atStart = input.isSentenceStart(run[lo]!);
  // every word must be a proper noun, not a common word capitalised at the start of a sentence
  for (let q = lo; q <= hi; q++) {
    const tk = tokens[run[q]!]!;
    if (input.lowerWords.has(tk.lower) && ((q === lo && atStart) || hi === lo || q === hi)) return;
  }
  if (hi > lo && cls[lo] === 'N' && SURNAME_SHAPE.test(lastTok.lower)) {
    out.push(makeMention(tokens, run.slice(lo, hi + 1), 'shape', null));
    return;
  }
  if (hi !== run.length - 1) return;
  if (hi === lo && atStart && /[^s]s$/.test(first.lower)) return; // "Officials said", "Residents told"
  if (isSpeechContext(input, run[lo]!, run[hi]!)) out.push(makeMention(tokens, run.slice(lo, hi + 1), 'speech', null));
  else if (hi > lo && isTitledAppositionContext(tokens, run[lo]!, run[hi]!)) out.push(makeMention(tokens, run.slice(lo, hi + 1), 'apposition', null));
  else if ((isAppositionContext(tokens, run[hi]!) && !(hi === lo && PREPOSITIONS.has(tokens[run[lo]! - 1]?.lower ?? ''))) || (hi > lo && isBylineContext(input.text, tokens, run[lo]!, run[hi]!))) {
    out.push(makeMention(tokens, run.slice(lo, hi + 1), 'apposition', null));
  }
}

/**
 * "Naples mayor Gaetano Manfredi", "foreign policy chief Josep Borrell": an office written in lower case
 * right before two or three plain capitalised words names them, as a capitalised title does.
 */
function afterLowerCaseTitle(tokens: Token[], run: number[], cls: Cls[]): boolean {
  const title = tokens[run[0]! - 1];
  if (!title || !title.isWord || title.cap || !OFFICE_HEADS.has(title.lower)) return false;
  if (run.length < 2 || run.length > 3) return false;
  for (let q = 0; q < run.length; q++) if (cls[q] !== 'N' && cls[q] !== 'F') return false;
  return true;
}

/** The word at `i` follows "of" after an office: "Premier of Victoria …", "Governor of Georgia …". */
function isOfficePlace(tokens: Token[], i: number): boolean {
  const of = tokens[i - 1];
  const title = tokens[i - 2];
  return !!of && !!title && of.lower === 'of' && title.cap && OFFICE_HEADS.has(title.lower);
}

/** "Charlie King", "Ben Judge": a title word is a surname right after a given name, ending the name. */
function isTitleSurname(cls: Cls[], start: number, end: number): boolean {
  return end === start && cls[start] === 'F' && (clsAt(cls, end + 1) === 'T' || clsAt(cls, end + 1) === 'M') && (end + 2 >= cls.length || !isNameCls(cls[end + 2]!));
}

/** "George Washington", "James Madison": a place name as the surname right after a given name, ending the name. */
function isPlaceSurname(cls: Cls[], start: number, end: number): boolean {
  return end === start && cls[start] === 'F' && (clsAt(cls, end + 1) === 'B' || clsAt(cls, end + 1) === 'BF') && (end + 2 >= cls.length || !isNameCls(cls[end + 2]!));
}

function isNameCls(c: Cls): boolean {
  return c === 'N' || c === 'F' || c === 'I';
}

const AFTER_SPEAKER = new Set([',', '.', ';', ':', 'for', 'of', 'in', 'at', 'on', 'who', 'from', 'during', 'after', 'before', 'to']);

/** "Caddell said", "said Caddell.", "wrote Cameron Easley for Morning Consult" */
function isSpeechContext(input: NameScanInput, first: number, last: number): boolean {
  const { tokens } = input;
  const after = tokens[last + 1];
  if (after && after.isWord && !after.cap && SPEECH_VERBS.has(after.lower)) return true;
  let before = tokens[first - 1];
  // "noted NBC's Dante Chinni": the owner of the speaker stands between the verb and the name
  if (before?.poss && tokens[first - 2]?.cap) before = tokens[first - 3];
  if (before && before.isWord && !before.cap && SPEECH_VERBS.has(before.lower) && (!after || AFTER_SPEAKER.has(after.lower))) return true;
  return false;
}

/** "Dean, a former party chairman," "Joseph, who has four children": an apposition describing a person. */
function isAppositionContext(tokens: Token[], last: number): boolean {
  if (tokens[last + 1]?.text !== ',') return false;
  const w = tokens[last + 2];
  if (!w) return false;
  if (/^\p{N}+$/u.test(w.text) && tokens[last + 3]?.text === ',') return true; // "Jane Doe, 45,"
  if (!w.isWord) return false;
  if (w.lower === 'who') return true;
  // "Yiorgos Psathas, head of the municipality," "Jane Roe, mayor of Tula,": a bare title then its complement
  const bare = isHead(w) && !w.cap && APPOSITION_COMPLEMENTS.has(tokens[last + 3]?.lower ?? '');
  if (!bare && w.lower !== 'a' && w.lower !== 'an' && w.lower !== 'the') return false;
  for (let k = last + 2; k < tokens.length && k < last + 9; k++) {
    const t = tokens[k]!;
    if (t.poss) continue; // "Kayode Adeyemi, the agency's spokesman,"
    if (!t.isWord) return false;
    if (isHead(t)) {
      // "the chief minister of", "the deputy police chief,": the title runs to its last head
      while (isHead(tokens[k + 1])) k++;
      // the apposition must close after its title: "Dean, a former party chairman, said"; not "in Chelsea, the mayor also said"
      const n = tokens[k + 1];
      return !n || /^[,.;:)]$/.test(n.text) || APPOSITION_COMPLEMENTS.has(n.lower);
    }
  }
  return false;
}

/** Words that may follow a title in apposition: "the mayor of Kyiv", "the minister for health", "a nurse at the hospital". */
const APPOSITION_COMPLEMENTS: ReadonlySet<string> = new Set(['of', 'for', 'at', 'in', 'with', 'and', 'from']);
const isHead = (t: Token | undefined) => !!t && t.isWord && (OFFICE_HEADS.has(t.lower) || ROLE_HEADS.has(t.lower));

/**
 * "The minister for civil protection, Vassilis Kikilias, said": a title in apposition before the name,
 * which the apposition closes.
 */
function isTitledAppositionContext(tokens: Token[], first: number, last: number): boolean {
  const after = tokens[last + 1];
  if (after && !/^[,.;:]$/.test(after.text)) return false;
  const role = roleBeforeComma(tokens, first - 1);
  if (!role) return false;
  // a capitalised title with nothing before it may be a name in a list: "Windsor, Bulla Sheikh, Bulla Punda"
  let k = first - 2;
  while (k >= 0 && tokens[k]!.start >= role.span.start) k--;
  const head = tokens[k + 1]!;
  const before = tokens[k];
  return !head.cap || (!!before && (before.poss || DETERMINERS.has(before.lower)));
}

/** "― Jacklyn Ashley" closing a quoted comment, or a name alone on its line after a dash. */
function isBylineContext(text: string, tokens: Token[], first: number, last: number): boolean {
  const before = tokens[first - 1];
  if (!before || !/^[―—–-]$/.test(before.text)) return false;
  const after = tokens[last + 1];
  return !after || after.text === '.' || /[\r\n]/.test(text.slice(tokens[last]!.end, after.start)) || /^[“"‘]$/.test(after.text);
}

function makeMention(tokens: Token[], idx: number[], via: NameMention['via'], honorificGender: 'm' | 'f' | null): NameMention {
  const first = idx[0]!;
  const last = idx[idx.length - 1]!;
  // filled by index, not made by idx.map(…): one array kind for the code that reads `words`
  const words = new Array<string>(idx.length);
  for (let q = 0; q < idx.length; q++) words[q] = tokens[idx[q]!]!.text;
  return {
    start: tokens[first]!.start,
    end: tokens[last]!.end,
    first,
    last,
    words,
    via,
    honorificGender,
  };
}

