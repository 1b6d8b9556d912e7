/**
 * Reads the noun phrase that names a speaker next to a reporting verb: a name ("Rep. Jim
 * Clyburn"), a pronoun ("he") or a description ("a senior adviser", "the ministry").
 */
import { countStartingBelow } from '../../document/span.js';
import type { Token } from '../../document/tokens.js';
import { CUE_VERBS, DETERMINERS, NOT_NAMES, PRONOUNS, VERB_MODIFIERS } from '../../language/quoting.js';
import { NAME_PARTICLES } from '../../language/first-names.js';
import { isTitleHead, TITLE_WORDS } from '../../language/titles.js';

export type SpeakerKind = 'name' | 'pronoun' | 'nominal';

export interface SpeakerPhrase {
  kind: SpeakerKind;
  /** Span of the whole phrase. */
  start: number;
  end: number;
  /** For a name: the span of the name itself, titles stripped ("Jim Clyburn" of "Rep. Jim Clyburn"). */
  nameStart: number;
  nameEnd: number;
}

const MAX_PHRASE = 9;
/** Words that end a descriptive phrase read forwards: a relative clause or an adverbial starts. */
const PHRASE_STOPS = new Set([
  'who', 'whom', 'whose', 'which', 'that', 'in', 'on', 'at', 'during', 'after', 'before', 'when', 'while', 'as', 'to',
  'and', 'but', 'with', 'about', 'since', 'from', 'by', 'into', 'than', 'because', 'if', 'said', 'says',
]);
const LINKS_IN_DESCRIPTION = new Set(['of', 'for', 'at']);

// Regular expressions of hot functions live at module level: a literal in a function body is a
// new RegExp object at every call.
const FINAL_DOT = /\.$/;
const INITIAL = /^\p{Lu}\.$/u;
const LOWER_CASE_WORD = /^\p{Ll}+$/u;
const ED_OR_LY = /(?:ed|ly)$/;
const ED = /ed$/;
const LY = /ly$/;
const ING = /ing$/;
const POSSESSIVE = /['’]s$/;
const CLAUSE_END = /^[.;:!?]$/;
const ORDINAL = /^\d+(?:st|nd|rd|th)$/;

const bare = (t: Token) => t.lower.replace(FINAL_DOT, '');
const isTitle = (t: Token) => TITLE_WORDS.has(bare(t));
const isInitial = (t: Token) => INITIAL.test(t.text);
export const isPronoun = (t: Token) => t.isWord && PRONOUNS[t.lower] !== undefined && t.lower !== 'i';

/** A lower-case word that may stand inside a name phrase: an office, not a verb or a link. */
function isBridgeWord(t: Token): boolean {
  return t.isWord && !t.cap && LOWER_CASE_WORD.test(t.text) && !PHRASE_STOPS.has(t.lower) && !CUE_VERBS.has(t.lower) &&
    !VERB_MODIFIERS.has(t.lower) && !NAME_PARTICLES.has(t.lower) && !DETERMINERS.has(t.lower) && !LINKS_IN_DESCRIPTION.has(t.lower) &&
    !ED_OR_LY.test(t.lower);
}

/** Lower-case office words in front of a name: "campaign manager Robby Mook". */
function leadsToName(tokens: Token[], i: number): boolean {
  let k = i;
  while (k < tokens.length && k - i < 4 && (isBridgeWord(tokens[k]!) || (isTitle(tokens[k]!) && !tokens[k]!.cap))) k++;
  return k > i && k < tokens.length && isNameWord(tokens[k]!) && !isInitial(tokens[k]!);
}

/** A capitalised word that may be part of a person's or organisation's name. */
function isNameWord(t: Token): boolean {
  if (!t.isWord) return false;
  if (t.cap) return !NOT_NAMES.has(t.lower) || isInitial(t);
  return false;
}

/** The span of the name inside a run of capitalised words, titles stripped from its front. */
function nameWithin(tokens: Token[], from: number, to: number): [number, number] | null {
  let a = from;
  // "Priorities spokesman Justin Barasky": the name is the last capitalised run.
  for (let k = to - 1; k >= from; k--) {
    const t = tokens[k]!;
    if (!(isNameWord(t) || (NAME_PARTICLES.has(t.lower) && k > from && k < to - 1))) {
      a = k + 1;
      break;
    }
  }
  while (a < to && isTitle(tokens[a]!) && a < to - 1) a++;
  if (a >= to) return null;
  if (isTitle(tokens[a]!) && a === to - 1) return null;
  return [tokens[a]!.start, tokens[to - 1]!.end];
}

function phrase(kind: SpeakerKind, tokens: Token[], from: number, to: number): SpeakerPhrase {
  const start = tokens[from]!.start;
  const end = tokens[to - 1]!.end;
  if (kind === 'name') {
    const span = nameWithin(tokens, from, to);
    if (span) return { kind, start, end, nameStart: span[0], nameEnd: span[1] };
    return { kind: 'nominal', start, end, nameStart: start, nameEnd: end };
  }
  return { kind, start, end, nameStart: start, nameEnd: end };
}

/**
 * Reads a speaker phrase starting at token `i`: "Anokhin", "he", "Rep. Jim Clyburn", "a senior
 * Cruz adviser", "Atlantic City Mayor Don Guardian". Stops before a reporting verb, punctuation
 * or a relative clause.
 */
export function readForward(tokens: Token[], i: number): { phrase: SpeakerPhrase; next: number } | null {
  const t = tokens[i];
  if (!t || !t.isWord) return null;
  if (isPronoun(t)) return { phrase: phrase('pronoun', tokens, i, i + 1), next: i + 1 };
  // "1st Asst. Chief Ann Roe", "2nd Lt. Ben Cole": the ordinal is part of the rank
  if (ORDINAL.test(t.lower) && tokens[i + 1]?.cap && isTitle(tokens[i + 1]!)) return readForward(tokens, i + 1);
  let j = i;
  if (isNameWord(t) || (isTitle(t) && !DETERMINERS.has(t.lower)) || leadsToName(tokens, i)) {
    // A name, possibly with titles and lower-case office words in front ("spokesman Justin Barasky").
    while (j < tokens.length && j - i < MAX_PHRASE) {
      const u = tokens[j]!;
      if (POSSESSIVE.test(tokens[j - 1]?.text ?? '') && j > i) break;
      if (isNameWord(u) || isTitle(u) || (NAME_PARTICLES.has(u.lower) && isNameWord(tokens[j + 1] ?? u) && j > i)) j++;
      else if (isBridgeWord(u)) {
        // Office words between a place or organisation and the name: "Tulsa police Chief Chuck
        // Jordan", "Trump lawyer Marc Kasowitz", "former tech executive Carly Fiorina".
        let k = j;
        while (k < tokens.length && k - j < 4 && (isBridgeWord(tokens[k]!) || (isTitle(tokens[k]!) && !tokens[k]!.cap))) k++;
        if (k < tokens.length && isNameWord(tokens[k]!)) j = k;
        else break;
      } else break;
    }
    if (j === i) return null;
    const last = tokens[j - 1]!;
    if (POSSESSIVE.test(last.text) && tokens[j]?.isWord) {
      // "Ukraine's Air Force spokesman Yuriy Ihnat": the name after the office words.
      const inner = tokens[j]!.cap ? readForward(tokens, j) : null;
      if (inner && inner.phrase.kind === 'name' && inner.phrase.nameStart > inner.phrase.start) return inner;
      // "Obama's former campaign strategist": a possessive name opens a description.
      let k = j;
      while (k < tokens.length && k - i < MAX_PHRASE && tokens[k]!.isWord && !tokens[k]!.cap) {
        const u = tokens[k]!;
        if (PHRASE_STOPS.has(u.lower) || CUE_VERBS.has(u.lower) || VERB_MODIFIERS.has(u.lower)) break;
        k++;
      }
      // "Clinton’s top foreign policy aide Jake Sullivan": the description ends in the name.
      let n = k;
      while (n < tokens.length && n - k < 4 && isNameWord(tokens[n]!)) n++;
      if (n > k) return { phrase: phrase('name', tokens, k, n), next: n };
      if (k > j) return { phrase: phrase('nominal', tokens, i, k), next: k };
    }
    if (!isNameWord(last) && isTitle(last)) return { phrase: phrase('nominal', tokens, i, j), next: j };
    return { phrase: phrase('name', tokens, i, j), next: j };
  }
  if (DETERMINERS.has(t.lower)) return readDescriptionForward(tokens, i);
  return null;
}

/** A description read forwards from its determiner: "the governor of the Belgorod Region", "the president’s spokesman". */
function readDescriptionForward(tokens: Token[], i: number): { phrase: SpeakerPhrase; next: number } | null {
  let j = i + 1;
  let lastName = -1;
  while (j < tokens.length && j - i < MAX_PHRASE) {
    const u = tokens[j]!;
    if (!u.isWord) {
      // A possessive inside a description: "the president’s spokesman".
      if ((u.text === '’' || u.text === "'") && tokens[j + 1]?.lower === 's') {
        j += 2;
        continue;
      }
      // "the Magen David Adom (MDA) ambulance service": a body's acronym in brackets stands aside
      const next = tokens[j + 3];
      if (j > i + 1 && isAcronymAside(tokens, j + 2) && next?.isWord && !next.cap && !CUE_VERBS.has(next.lower) && !ED.test(next.lower)) {
        j += 3;
        continue;
      }
      break;
    }
    if (j > i + 1 && (PHRASE_STOPS.has(u.lower) || (CUE_VERBS.has(u.lower) && !u.cap) || VERB_MODIFIERS.has(u.lower))) {
      if (!LINKS_IN_DESCRIPTION.has(u.lower)) break;
    }
    if (LINKS_IN_DESCRIPTION.has(u.lower) && !tokens[j + 1]?.isWord) break;
    // A past-tense verb ends the description: "The spokesman refused …" (but "the newly
    // elected mayor" keeps its participle after an adverb).
    if (j > i + 1 && !u.cap && ED.test(u.lower) && !LY.test(tokens[j - 1]!.lower)) break;
    if (isNameWord(u)) lastName = j;
    j++;
  }
  while (j > i + 1 && LINKS_IN_DESCRIPTION.has(tokens[j - 1]!.lower)) j--;
  if (j <= i + 1) return null;
  let link = i + 2;
  while (link < j && !LINKS_IN_DESCRIPTION.has(tokens[link]!.lower)) link++;
  if (link < j) {
    // "the governor of the Belgorod Region": the head is "the governor", never the place.
    const p = phrase('nominal', tokens, i, j);
    return { phrase: { ...p, nameEnd: tokens[link - 1]!.end }, next: j };
  }
  // "the former senator John Smith": a description ending in a name is the name.
  if (lastName === j - 1 && !isTitle(tokens[j - 1]!)) return { phrase: phrase('name', tokens, i + 1, j), next: j };
  return { phrase: phrase('nominal', tokens, i, j), next: j };

}

/**
 * Reads a speaker phrase that ends just before token `j` (exclusive), backwards: "Anokhin" in
 * "Anokhin wrote", "the governor" in "the governor said", "Vasily Anohin" in "Governor Vasily
 * Anohin, in a message to residents, wrote". Skips an adverb ("also said") and one parenthetical
 * clause between commas.
 */
export function readBackward(tokens: Token[], j: number, floor = 0): SpeakerPhrase | null {
  let k = j - 1;
  while (k >= floor && tokens[k]!.isWord && VERB_MODIFIERS.has(tokens[k]!.lower)) k--;
  for (let hops = 0; hops < 3 && k >= floor; hops++) {
    const t = tokens[k]!;
    if (t.text === ',' || t.text === ')') {
      // Skip back over an apposition or parenthetical: "Sen. Ron Johnson, R-Wis., said".
      let c = k - 1;
      while (c >= floor && tokens[c]!.text !== ',' && tokens[c]!.text !== '(' && !CLAUSE_END.test(tokens[c]!.text)) c--;
      if (c < floor || CLAUSE_END.test(tokens[c]!.text)) {
        // No opening comma: "Smith, 59, of Philadelphia, said" reads as "Smith".
        k = k - 1;
      } else {
        const found = readBackwardAt(tokens, c - 1, floor);
        if (found) {
          const outer = headOf(tokens, found, floor);
          // "the governor of the Belgorod Region, Vyacheslav Gladkov, said": a name in apposition
          // to a description is who the description is.
          const inner = outer.kind === 'nominal' && tokens[c]!.text === ',' ? readForward(tokens, c + 1) : null;
          if (inner && inner.phrase.kind === 'name' && inner.next === k) return { ...inner.phrase, start: outer.start };
          return outer;
        }
        k = c - 1;
      }
      continue;
    }
    const found = readBackwardAt(tokens, k, floor);
    return found && headOf(tokens, (found.kind === 'nominal' && subjectOfRelative(tokens, found, floor)) || found, floor);
  }
  return null;
}

/** How many words a relative clause may hold between "who" and the verb of saying. */
const MAX_RELATIVE = 8;

/**
 * "Sergeant Rod McEnery who is leading the investigation said": a description that ends a relative
 * clause is its object; the speaker is the name or description before its "who".
 */
function subjectOfRelative(tokens: Token[], found: SpeakerPhrase, floor: number): SpeakerPhrase | null {
  const start = tokenStartingAt(tokens, found.start);
  for (let w = start - 1; w > floor && start - w <= MAX_RELATIVE; w--) {
    const t = tokens[w]!;
    if (!t.isWord) return null;
    if (t.lower !== 'who') continue;
    const subject = readBackwardAt(tokens, w - 1, floor);
    return subject && subject.kind !== 'pronoun' ? subject : null;
  }
  return null;
}

/** The index of the token starting at `start`, or -1 (tokens are in text order: binary search). */
export function tokenStartingAt(tokens: readonly Token[], start: number): number {
  const i = countStartingBelow(tokens, start);
  return tokens[i]?.start === start ? i : -1;
}

/** Prepositions that attach a place or an organisation to the person before them. */
const HEAD_LINKS = new Set(['of', 'for', 'at', 'from']);

/**
 * The head of a noun phrase read backwards from its verb: "Governor Jane Roe" of "Governor Jane
 * Roe of the Tver Region said", "a spokesman" of "a spokesman for the Ministry of Defense said".
 * The whole phrase is kept as the span; the name span is the head's, so a place or an
 * organisation inside the "of" phrase never becomes the speaker.
 */
function headOf(tokens: Token[], found: SpeakerPhrase, floor: number): SpeakerPhrase {
  let cur = found;
  for (let hops = 0; hops < 3; hops++) {
    let k = tokenStartingAt(tokens, cur.start) - 1;
    // "of the centre-left Democratic Party": compound adjectives before the name
    for (let n = 0; n < 2 && k >= floor && COMPOUND_ADJECTIVE.test(tokens[k]!.text); n++) k--;
    if (k >= floor && DETERMINERS.has(tokens[k]!.lower) && !tokens[k]!.cap) k--;
    else if (k >= floor && DETERMINERS.has(tokens[k]!.lower)) break;
    if (k - 1 < floor || !HEAD_LINKS.has(tokens[k]!.lower) || !tokens[k - 1]!.isWord) break;
    const before = tokens[k - 1]!;
    if (isPronoun(before) || CUE_VERBS.has(before.lower) || ING.test(before.lower) || VERB_MODIFIERS.has(before.lower)) break;
    const head = readBackwardAt(tokens, k - 1, floor);
    if (!head || head.kind === 'pronoun') break;
    // "Governor of the Kursk Region Alexander Khinshtein said": a bare title without a
    // determiner names the person whose name ends the phrase.
    const bareTitle = head.kind === 'nominal' && !DETERMINERS.has(tokens[tokenStartingAt(tokens, head.start)]!.lower);
    if (bareTitle && cur.kind === 'name') return { ...cur, start: head.start };
    cur = { ...head, end: found.end };
  }
  return cur;
}

/** Lower-case words joined by a hyphen: "centre-left", "state-run". */
const COMPOUND_ADJECTIVE = /^\p{Ll}+-\p{Ll}+$/u;

/** Whether tokens a-2..a are "(", an acronym and ")". */
function isAcronymAside(tokens: Token[], a: number): boolean {
  return tokens[a]?.text === ')' && !!tokens[a - 1]?.allCaps && tokens[a - 2]?.text === '(';
}

function readBackwardAt(tokens: Token[], k: number, floor: number): SpeakerPhrase | null {
  const t = tokens[k];
  if (!t || !t.isWord || k < floor) return null;
  if (isPronoun(t)) {
    const before = tokens[k - 1];
    // "told him" / "asked her" are objects, not speakers.
    if (t.lower === 'her' || t.lower === 'him' || t.lower === 'them') return null;
    if (before && before.isWord && CUE_VERBS.has(before.lower)) return null;
    return phrase('pronoun', tokens, k, k + 1);
  }
  if (isNameWord(t) || (isTitle(t) && t.cap)) {
    let a = k;
    while (a - 1 >= floor && k - a < MAX_PHRASE) {
      const u = tokens[a - 1]!;
      if (isNameWord(u) || isTitle(u) || (NAME_PARTICLES.has(u.lower) && isNameWord(tokens[a - 2] ?? u))) a--;
      else break;
    }
    // "The former pollster", "The ministry": sentence-initial determiner of a description.
    if (!isNameWord(t) && DETERMINERS.has(tokens[a - 1]?.lower ?? '')) a--;
    if (DETERMINERS.has(tokens[a]!.lower)) return phrase('nominal', tokens, a, k + 1);
    return phrase('name', tokens, a, k + 1);
  }
  // A description: lower-case words back to a determiner ("the governor", "a spokesman for the ministry").
  let a = k;
  let aside = 0;
  while (a >= floor && k - a - aside < 7) {
    // "the Magen David Adom (MDA) ambulance service": a body's acronym in brackets stands aside
    if (a < k && isAcronymAside(tokens, a)) {
      a -= 3;
      aside += 3;
    }
    const u = tokens[a]!;
    if (!u || !u.isWord && !((u.text === '’' || u.text === "'") && tokens[a + 1]?.lower === 's')) return null;
    if (u.isWord && DETERMINERS.has(u.lower)) {
      if (a === k) return null;
      // Extend over "a spokesman for" + "the ministry".
      if (a - 2 >= floor && LINKS_IN_DESCRIPTION.has(tokens[a - 1]!.lower)) {
        const outer = readBackwardAt(tokens, a - 2, floor);
        if (outer && outer.kind === 'nominal') return { ...outer, end: t.end, nameEnd: t.end };
      }
      return phrase('nominal', tokens, a, k + 1);
    }
    if (u.isWord && (PHRASE_STOPS.has(u.lower) || CUE_VERBS.has(u.lower)) && !LINKS_IN_DESCRIPTION.has(u.lower)) return null;
    // "Janaki’s husband", "Trump’s spokesman": a possessive name opens a description of a person
    // as a determiner does ("Trump’s early-morning tweets" is none).
    if (a < k && u.isWord && u.cap && POSSESSIVE.test(u.text) && isTitleHead(t.lower)) return phrase('nominal', tokens, a, k + 1);
    a--;
  }
  return null;
}
