/**
 * Finds who a quote is attributed to in the words around it: after it ("…,” Anokhin wrote),
 * inverted ("…,” said Gusev), before it (The governor said: “…”, He wrote on Telegram: “…”) or
 * through "according to". Works on short token windows, never on the whole text.
 */
import type { QuotedSpan } from '../../document/quotes.js';
import { CORE_CUES, CUE_NOUNS, CUE_VERBS, DETERMINERS, VERB_MODIFIERS } from '../../language/quoting.js';
import { readBackward, readForward, tokenStartingAt, type SpeakerPhrase } from './phrases.js';
import { isTitleHead } from '../../language/titles.js';
import type { Token } from '../../document/tokens.js';
import { sentenceStartIn, windowTokens } from '../../document/windows.js';

/** `within`: a partial quote inside a sentence that reports its subject's words ('described it as “…”'). */
export type AttributionPosition = 'after' | 'inverted' | 'before' | 'subject' | 'according' | 'transcript' | 'within';

export interface Attribution {
  speaker: SpeakerPhrase;
  cue?: string;
  position: AttributionPosition;
}

const WINDOW = 320;
/** A token that ends a sentence. */
export const TERMINAL = /^[.!?]$/;
// Regular expressions of hot functions live at module level: a literal in a function body is a
// new RegExp object at every call.
const TAG_OPENER = /^[,\u2015\u2014\u2013\-]$/;
const DASH = /^[\u2015\u2014\u2013\-]$/;
const BYLINE_END = /^[.,;]$/;
const ENDS_SENTENCE = /[.!?]$/;
const ING = /ing$/;
const ED_OR_S = /(?:ed|s)$/;
/** A quote ending in one of these reads as a speech tag follows: "…,” he said. */
export const TAG_ENDINGS = /[,?!\u2014\u2013\-…:]$/;

export const isCue = (t: Token | undefined) => !!t && t.isWord && !t.cap && CUE_VERBS.has(t.lower);
const isCoreCue = (t: Token | undefined) => !!t && t.isWord && CORE_CUES.has(t.lower);

function skipModifiers(tokens: Token[], i: number): number {
  let j = i;
  while (j < tokens.length && tokens[j]!.isWord && VERB_MODIFIERS.has(tokens[j]!.lower) && j - i < 3) j++;
  return j;
}

const PREPOSITIONS = new Set(['of', 'at', 'for', 'in', 'from', 'with', 'on', 'to']);

/**
 * From the end of a speaker phrase to its verb, over what may stand between them: adverbs ("also
 * said"), a parenthetical ("Rep. Gwen Moore (D-Wis.) said"), appositions between commas
 * ("Flynn, a top Trump surrogate, said") and, after a name or description, a prepositional phrase ("Mr. Morgan
 * of the Sierra Club said").
 */
function skipToVerb(tokens: Token[], from: number, afterNoun: boolean): number {
  let j = afterNoun && PREPOSITIONS.has(tokens[from]?.lower ?? '') ? from : skipModifiers(tokens, from);
  for (let hops = 0; hops < 4 && j < tokens.length; hops++) {
    const t = tokens[j]!;
    if (t.text === '(') {
      let k = j + 1;
      while (k < tokens.length && k - j < 12 && tokens[k]!.text !== ')') k++;
      if (tokens[k]?.text !== ')') return j;
      j = skipModifiers(tokens, k + 1);
    } else if (t.text === ',') {
      let k = j + 1;
      while (k < tokens.length && k - j < 22 && tokens[k]!.text !== ',' && !TERMINAL.test(tokens[k]!.text)) k++;
      if (tokens[k]?.text !== ',') return j;
      j = skipModifiers(tokens, k + 1);
      // Appositions one after another: "Pruitt, the attorney general of Oklahoma, one of the
      // states suing, said". The closing comma opens the next one when a noun phrase follows.
      const next = tokens[j];
      if (j === k + 1 && next && next.isWord && !isCue(next) && (DETERMINERS.has(next.lower) || next.cap)) j = k;
    } else if (afterNoun && t.isWord && PREPOSITIONS.has(t.lower)) {
      let k = j + 1;
      while (k < tokens.length && k - j < 7 && tokens[k]!.isWord && !isCue(tokens[k])) k++;
      if (!isCue(tokens[k])) return j;
      j = k;
    } else break;
  }
  return j;
}

/**
 * A speech tag after the closing mark: "he said", "said Gusev", "Anokhin wrote", "according to
 * the ministry". `windowEnd` stops at the next quote or the end of the paragraph.
 */
export function attributionAfter(text: string, q: QuotedSpan, windowEnd: number): Attribution | null {
  const end = Math.min(windowEnd, q.after + WINDOW);
  const tokens = windowTokens(text, q.after, end);
  let i = 0;
  while (i < tokens.length && !tokens[i]!.isWord && TAG_OPENER.test(tokens[i]!.text)) i++;
  const first = tokens[i];
  if (!first || !first.isWord) return null;
  const quoted = text.slice(q.start, q.end);
  const tagPunct = TAG_ENDINGS.test(quoted);
  // "…,” said Gusev." — inverted.
  if (isCue(first) && first.lower !== 'according') {
    const r = readForward(tokens, i + 1) ?? nameAfterDescription(tokens, i + 1);
    if (r) return { speaker: r.phrase, cue: first.text, position: 'inverted' };
    return null;
  }
  if (first.lower === 'according' && tokens[i + 1]?.lower === 'to') {
    const r = readForward(tokens, i + 2);
    if (r) return { speaker: r.phrase, cue: 'according to', position: 'according' };
    return null;
  }
  let r = readForward(tokens, i);
  if (!r) return null;
  if (i > 0 && DASH.test(tokens[i - 1]!.text) && r.phrase.kind === 'name') {
    // A byline after a dash: "…” ― Pamela Padilla".
    const after = tokens[r.next];
    if (!after || BYLINE_END.test(after.text)) return { speaker: r.phrase, cue: tokens[i - 1]!.text, position: 'after' };
  }
  const v = skipToVerb(tokens, r.next, r.phrase.kind !== 'pronoun');
  // "the governor of the Belgorod Region, Vyacheslav Gladkov, wrote": the name in apposition.
  const appositive = r.phrase.kind === 'nominal' && tokens[r.next]?.text === ',' ? readForward(tokens, r.next + 1) : null;
  if (appositive && appositive.phrase.kind === 'name' && tokens[appositive.next]?.text === ',') r = { ...r, phrase: appositive.phrase };
  const verb = tokens[v];
  if (!verb || !verb.isWord) return null;
  // A new sentence after a quote that ends its own sentence, running into a colon before the next
  // quote, introduces that quote: "“A.” He added: “B.”" gives A nothing.
  if (ENDS_SENTENCE.test(quoted) && first.cap && introducesNext(tokens, v)) return null;
  // A participle after the subject opens a clause ("His message, brief, reflecting …"), no tag.
  if (isCue(verb) && !(ING.test(verb.lower) && v > r.next)) {
    // "a senior adviser to the minister said": the description takes its prepositional phrase.
    const between = tokens.slice(r.next, v);
    const speaker = r.phrase.kind === 'nominal' && between.length > 0 && PREPOSITIONS.has(between[0]!.lower) && between.every((t) => t.isWord)
      ? { ...r.phrase, end: between[between.length - 1]!.end, nameEnd: between[between.length - 1]!.end }
      : r.phrase;
    return { speaker: relayedSpeaker(tokens, v + 1, r.phrase) ?? speaker, cue: verb.text, position: 'after' };
  }
  // An unlisted verb in a speech tag after "…,” : "…,” Kelly charged.
  // "…,” Trump shot back: an irregular past before "back" is a reply.
  if (tagPunct && !verb.cap && (ED_OR_S.test(verb.lower) || tokens[v + 1]?.lower === 'back') && r.phrase.kind !== 'nominal') {
    return { speaker: relayedSpeaker(tokens, v + 1, r.phrase) ?? r.phrase, cue: verb.text, position: 'after' };
  }
  // "…,” the official quoted the minister as saying: whatever the verb, "as saying" names the speaker
  const relayed = tagPunct ? relayedSpeaker(tokens, v + 1, r.phrase) : null;
  if (relayed) return { speaker: relayed, cue: verb.text, position: 'after' };
  return null;
}

/**
 * An outlet relaying someone's words names them after its verb: "TASS reported, citing the
 * governor", "RIA Novosti quoted the governor as saying". The person is the speaker, not the outlet.
 */
function relayedSpeaker(tokens: Token[], i: number, relay: SpeakerPhrase): SpeakerPhrase | null {
  if (relay.kind === 'pronoun') return null;
  let k = i;
  if (tokens[k]?.text === ',') k++;
  if (tokens[k]?.lower === 'citing') {
    // only a person cited by title ("citing the governor", "citing Governor X"), not a reason
    const r = readForward(tokens, k + 1);
    return r && namesOfficeHolder(tokens, r.phrase) ? r.phrase : null;
  }
  if (k !== i) return null;
  const r = readForward(tokens, k);
  return r && tokens[r.next]?.lower === 'as' && tokens[r.next + 1]?.lower === 'saying' ? r.phrase : null;
}

/** A name after a title ("Governor X"), or a description whose head is an office or role ("the governor"). */
function namesOfficeHolder(tokens: Token[], phrase: SpeakerPhrase): boolean {
  const at = phrase.kind === 'name' ? phrase.nameStart : phrase.nameEnd;
  let head: Token | undefined;
  for (const t of tokens) {
    if (phrase.kind === 'name' ? t.end <= at && t.start >= phrase.start : t.end === at) head = t;
  }
  return !!head && phrase.kind !== 'pronoun' && isTitleHead(head.lower.replace(/\.$/u, ''));
}

/** "…,” says property owner, Elaine Breedlove": a few lower-case words of description, a comma, a name. */
function nameAfterDescription(tokens: Token[], i: number): ReturnType<typeof readForward> {
  let k = i;
  while (k < tokens.length && k - i < 4 && tokens[k]!.isWord && !tokens[k]!.cap) k++;
  if (k === i || tokens[k]?.text !== ',') return null;
  const r = readForward(tokens, k + 1);
  return r && r.phrase.kind === 'name' ? r : null;
}

/**
 * The tag ends in a colon right before the next quote: "“A.” He added: “B.”" introduces B, and
 * A keeps the speaker its own context gives it.
 */
function introducesNext(tokens: Token[], v: number): boolean {
  const last = tokens[tokens.length - 1];
  if (!last || last.text !== ':') return false;
  for (let k = v + 1; k < tokens.length - 1; k++) if (TERMINAL.test(tokens[k]!.text)) return false;
  return true;
}

/** Tokens of the sentence that leads up to the opening mark. */
function sentenceBefore(text: string, q: QuotedSpan, windowStart: number): Token[] {
  return windowTokens(text, sentenceStartBefore(text, q, windowStart), q.open);
}

const LEADING_ADVERBIAL = new Set([
  'in', 'on', 'at', 'during', 'after', 'before', 'speaking', 'asked', 'earlier', 'later', 'meanwhile', 'however',
  'still', 'then', 'and', 'but', 'so', 'yet', 'also', 'writing', 'responding', 'addressing', 'reacting', 'for', 'over',
  'within', 'hours', 'minutes', 'days', 'last', 'this', 'today', 'yesterday', 'separately', 'instead', 'following',
  'with', 'amid', 'despite', 'while', 'when', 'although', 'though', 'once', 'since', 'because', 'if', 'unlike', 'like',
]);

/**
 * A speech tag before the opening mark: "The governor said: “", "He wrote on Telegram: “",
 * "said Smith, “", "According to the ministry, “", or a sentence ending in a colon whose subject
 * is the speaker ("Anohin issued a stark warning: ‘").
 */
export function attributionBefore(text: string, q: QuotedSpan, windowStart: number): Attribution | null {
  const tokens = sentenceBefore(text, q, windowStart);
  if (tokens.length === 0) return null;
  const last = tokens[tokens.length - 1]!;
  const endsWithTag = last.text === ':' || last.text === ',' || last.text === '—' || last.text === '–';
  // The last reporting verb of the sentence, and what stands between it and the quote.
  let c = -1;
  for (let k = tokens.length - 1; k >= 0; k--) {
    const t = tokens[k]!;
    if (t.lower === 'according' && tokens[k + 1]?.lower === 'to') {
      const r = readForward(tokens, k + 2);
      if (r && endsWithTag) return { speaker: r.phrase, cue: 'according to', position: 'according' };
    }
    if (isCue(t) || (k === 0 && t.isWord && CUE_VERBS.has(t.lower))) {
      c = k;
      break;
    }
  }
  if (c >= 0) {
    const between = tokens.slice(c + 1, endsWithTag ? -1 : undefined);
    const hasThat = between.some((t) => t.lower === 'that' || t.lower === 'how' || t.lower === 'why' || t.lower === 'what');
    const closeEnough = endsWithTag || between.length === 0;
    if (closeEnough && !hasThat) {
      const cueTok = tokens[c]!;
      // "The agency quoted the minister as saying, “…": the phrase before "as" is the speaker
      const relayed = cueTok.lower === 'saying' && tokens[c - 1]?.lower === 'as' ? readBackward(tokens, c - 1) : null;
      if (relayed && relayed.kind !== 'pronoun') return { speaker: relayed, cue: cueTok.text, position: 'before' };
      if (ING.test(cueTok.lower)) {
        // "Trump went on the attack, saying, “…": the speaker is the sentence's subject.
        const subj = subjectOf(tokens, c);
        if (subj) return { speaker: subj, cue: cueTok.text, position: 'subject' };
      }
      let back = readBackward(tokens, c);
      // "Another source speaking to Fox News said": a name after a preposition is an object.
      const before = back && tokenStartingAt(tokens, back.start) - 1;
      if (back && before !== null && before >= 0 && PHRASE_STOPS_AFTER_SUBJECT.has(tokens[before]!.lower)) {
        back = subjectOf(tokens, c) ?? back;
      }
      if (back && !(back.kind === 'nominal' && ING.test(cueTok.lower))) return { speaker: back, cue: cueTok.text, position: 'before' };
      // "Said Trump: “…" and "…, said Smith, “…" — inverted before the quote.
      const fwd = readForward(tokens, c + 1);
      if (fwd && fwd.phrase.kind !== 'pronoun') return { speaker: fwd.phrase, cue: cueTok.text, position: 'inverted' };
      const subj = subjectOf(tokens, c);
      if (subj) return { speaker: subj, cue: cueTok.text, position: 'subject' };
    }
  }
  if (last.text === ':') {
    // No reporting verb: the colon introduces what the sentence's subject said.
    const subj = subjectOf(tokens, tokens.length - 1);
    if (subj) {
      const noun = tokens.find((t) => t.isWord && CUE_NOUNS.has(t.lower));
      return { speaker: subj, cue: noun?.text, position: 'subject' };
    }
  }
  return null;
}

/**
 * The subject at the start of a sentence, after a leading adverbial ("On Tuesday, …"), which may
 * hold commas of its own ("Following a swiftly called, late-afternoon meeting, the council …").
 */
export function subjectOf(tokens: Token[], limit: number): SpeakerPhrase | null {
  if (!tokens[0] || !LEADING_ADVERBIAL.has(tokens[0].lower)) return phraseBefore(tokens, 0, limit);
  let commas = 0;
  for (let k = 0; k < limit && commas < 3; k++) {
    if (tokens[k]!.text !== ',') continue;
    commas++;
    const r = phraseBefore(tokens, k + 1, limit);
    if (r) return r;
  }
  return null;
}

function phraseBefore(tokens: Token[], i: number, limit: number): SpeakerPhrase | null {
  if (i >= limit) return null;
  const r = readForward(tokens, i);
  return r && r.next <= limit ? r.phrase : null;
}

/** Words that show a phrase is not a sentence's subject when they follow it. */
const PHRASE_STOPS_AFTER_SUBJECT = new Set(['and', 'or', 'of', 'to', 'in', 'on', 'at', 'for', 'with', 'from', 'by', 'as', 'than']);

/** Whether the sentence before the quote holds a strong reporting verb (a looser cue for carry-over). */
export function hasCueBefore(text: string, q: QuotedSpan, windowStart: number): boolean {
  return sentenceBefore(text, q, windowStart).some((t) => isCoreCue(t));
}

/** A transcript line quoted whole: "PENCE: Well, look, …" names its speaker in capitals. */
export function transcriptSpeaker(text: string, q: QuotedSpan): Attribution | null {
  const m = /^\p{Lu}[\p{Lu}.'’ -]{1,40}(?=:\s)/u.exec(text.slice(q.start, Math.min(q.end, q.start + 44)));
  if (!m || !/\p{Lu}{2}/u.test(m[0])) return null;
  const end = q.start + m[0].trimEnd().length;
  return { speaker: { kind: 'name', start: q.start, end, nameStart: q.start, nameEnd: end }, position: 'transcript' };
}

/**
 * Candidates for the named subject of a sentence-like stretch of text, cut at its first sentence
 * end: the phrase at its start, and the phrase after each of its first commas (after a leading
 * clause: "Looking ahead to the future, Ham explained …"). The caller keeps the first one that
 * names a known person.
 */
export function sentenceSubjects(text: string, from: number, to: number): SpeakerPhrase[] {
  const tokens = windowTokens(text, from, Math.min(to, from + WINDOW));
  let end = tokens.findIndex((t) => TERMINAL.test(t.text));
  if (end < 0) end = tokens.length;
  const out: SpeakerPhrase[] = [];
  let commas = 0;
  for (let i = 0; i < end && commas <= 3; i++) {
    if (i > 0 && tokens[i - 1]!.text !== ',') continue;
    if (i > 0) commas++;
    // "…, noted NBC’s Dante Chinni.": an inverted speech tag names the sentence's source.
    const at = i > 0 && isCue(tokens[i]) && !ING.test(tokens[i]!.lower) ? i + 1 : i;
    const r = readForward(tokens, at);
    if (r && r.next <= end && r.phrase.kind === 'name') out.push(r.phrase);
  }
  return out;
}

/** Where the sentence holding the opening mark starts (after the last sentence end before it). */
export function sentenceStartBefore(text: string, q: QuotedSpan, from: number): number {
  return sentenceStartIn(text, Math.max(from, q.open - WINDOW), q.open);
}
