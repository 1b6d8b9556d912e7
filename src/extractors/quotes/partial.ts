/**
 * A partial quote: a few of someone's words quoted inside a sentence of the reporter's
 * ('He described the barrage as “the deadliest attack in years.”', 'vowed that the city would “pay
 * a heavy price”', '“No one was hurt” in the blast, the mayor added.'). Its speaker is the subject
 * of the clause that reports it, or the speech tag that closes the sentence.
 */
import type { QuotedSpan } from '../../document/quotes.js';
import type { Token } from '../../document/tokens.js';
import { sentenceStartIn, windowTokens } from '../../document/windows.js';
import { CUE_NOUNS, DETERMINERS, QUOTE_FRAMING_VERBS, VERB_MODIFIERS } from '../../language/quoting.js';
import { TERMINAL } from './attribution.js';
import { isCue, subjectOf, type Attribution } from './attribution.js';
import { isTitleCase, wordCount } from './fragments.js';
import { readBackward, readForward, type SpeakerPhrase } from './phrases.js';

/** Fewer words are a phrase borrowed for colour ("a ‘brazen breach’"), not a statement. */
const MIN_WORDS = 4;
/** How far back (UTF-16 units) the clause that reports a partial quote may start. */
const REACH = 320;
const ING = /ing$/;
const LY = /ly$/;

const isFramingVerb = (t: Token | undefined): boolean => !!t && t.isWord && !t.cap && QUOTE_FRAMING_VERBS.has(t.lower);

/**
 * The speaker of a quoted fragment inside a sentence, or null when the fragment is too short, a
 * title, or no clause reports it. `paragraphStart` and `paragraphEnd` bound the sentence.
 */
export function partialAttribution(text: string, q: QuotedSpan, paragraphStart: number, paragraphEnd: number): Attribution | null {
  if (!q.closed) return null;
  const quoted = text.slice(q.start, q.end);
  if (wordCount(quoted) < MIN_WORDS || isTitleCase(quoted)) return null;
  return reportingClause(text, q, paragraphStart) ?? closingTag(text, q, paragraphEnd);
}

/** "X described the attack as “…”", "X said that the city would “…”": the reporting verb before the quote and its subject. */
function reportingClause(text: string, q: QuotedSpan, paragraphStart: number): Attribution | null {
  const from = sentenceStartIn(text, Math.max(paragraphStart, q.open - REACH), q.open);
  const tokens = windowTokens(text, from, q.open);
  let found: Attribution | null = null;
  for (let k = tokens.length - 1; k >= 0; k--) {
    const t = tokens[k]!;
    // "a lament for", "the claims": after a determiner the word is a noun
    if (!isFramingVerb(t) || DETERMINERS.has(tokens[k - 1]?.lower ?? '')) continue;
    const speaker = subjectOfVerb(tokens, k);
    if (!speaker) continue;
    // "The council said that it condemned “…”": the pronoun of the inner clause is the outer subject.
    if (speaker.kind !== 'pronoun') return { speaker, cue: t.text, position: 'within' };
    found ??= { speaker, cue: t.text, position: 'within' };
  }
  return found;
}

/**
 * The subject of the verb at `k`: the phrase right before it ("Hagari said", "footage of Trump
 * saying"), else the sentence's ("Herzog decried … and vowed", "The council met, calling"). A
 * document is never the subject that speaks ("a statement calling the test …"): its sentence's is.
 */
function subjectOfVerb(tokens: Token[], k: number): SpeakerPhrase | null {
  const participle = ING.test(tokens[k]!.lower);
  const before = participle && !tokens[k - 1]?.isWord ? null : readBackward(tokens, k);
  if (before && !namesDocument(tokens, before)) return before;
  return subjectOf(tokens, k);
}

/**
 * "the statement", "a post": a description of a thing said or written; or no noun at all ("a
 * swiftly" of "a swiftly called meeting", where the verb was an adjective).
 */
function namesDocument(tokens: Token[], phrase: SpeakerPhrase): boolean {
  if (phrase.kind !== 'nominal') return false;
  const head = tokens.find((t) => t.end === phrase.nameEnd);
  if (!head || CUE_NOUNS.has(head.lower) || LY.test(head.lower)) return true;
  // "a statement Thursday night": a document with its time after it
  return tokens.some((t) => t.start >= phrase.start && t.end <= phrase.nameEnd && CUE_NOUNS.has(t.lower));
}

/** '“…” during the night, the mayor added.': a speech tag closing the sentence after the quote. */
function closingTag(text: string, q: QuotedSpan, paragraphEnd: number): Attribution | null {
  const tokens = windowTokens(text, q.after, Math.min(paragraphEnd, q.after + REACH));
  let end = tokens.findIndex((t) => TERMINAL.test(t.text));
  if (end < 0) end = tokens.length;
  // the tag right after the closing mark ("“…,” the unit said"), or after a comma further on
  for (let c = end - 1; c >= -1; c--) {
    if (c >= 0 && tokens[c]!.text !== ',') continue;
    const tag = tagAt(tokens, c + 1, end);
    if (tag) return tag;
  }
  return null;
}

/** "the mayor added", "added the mayor" or "according to the mayor", running to the sentence end at `end`. */
function tagAt(tokens: Token[], i: number, end: number): Attribution | null {
  const first = tokens[i];
  if (first?.lower === 'according' && tokens[i + 1]?.lower === 'to') {
    const r = readForward(tokens, i + 2);
    return r && r.next <= end ? { speaker: r.phrase, cue: 'according to', position: 'according' } : null;
  }
  if (isCue(first) && !ING.test(first!.lower)) {
    const r = readForward(tokens, i + 1);
    return r && r.next <= end ? { speaker: r.phrase, cue: first!.text, position: 'after' } : null;
  }
  const r = readForward(tokens, i);
  if (!r) return null;
  let v = r.next;
  while (v < end && tokens[v]!.isWord && VERB_MODIFIERS.has(tokens[v]!.lower)) v++;
  const verb = tokens[v];
  return isCue(verb) && !ING.test(verb!.lower) ? { speaker: r.phrase, cue: verb!.text, position: 'after' } : null;
}
