// A rough tense of the clause around a mention, enough to pick which Friday or which October it
// means. The verb nearest the mention decides: in "Paribas said Monday that it intends to bid",
// Monday goes with "said", not with "intends to"; a sentence-wide vote would get that wrong.
// A future auxiliary takes its participle with it ("will be held"), so "held" does not outvote "will".
import { alternation } from '../../language/alternation.js';
import { ATTRIBUTION_VERBS } from '../../language/speech.js';
import type { Tense } from './resolve.js';

/** Modals that tell the future; "could", "may", "might" and "can" as often tell what is possible now. */
const FUTURE_MODALS = "will|won['’]t|shall|would";
const MODALS = `${FUTURE_MODALS}|could|may|might|can`;
/** Plans told in the past: "planned to", "agreed to". */
const PAST_PLANS = 'planned|expected|intended|hoped|agreed|vowed|promised';
/** What a warning or a forecast is of: "warned of an extreme fire risk on Monday", "a forecast for Friday". */
const FORECAST = 'risks?|warn(?:s|ed|ing)?\\s+(?:of|about)|forecasts?\\s+for';
const FUTURE = new RegExp(
  `\\b(?:${FORECAST}|(?:${FUTURE_MODALS}|might)(?:\\s+not)?(?:\\s+(?:(?:be|have)(?:\\s+been)?\\s+)?[a-z]+)?|going to|(?:plans?|planning|set|scheduled|supposed|expects?|intends?|is|are|due|hopes?|agrees|ready|${PAST_PLANS}) to|scheduled|upcoming|expects?|(?<!\\bas\\s)expected|tomorrow|until|till|as (?:soon|early) as|no later than|starting|effective|payable)\\b|['’]ll(?:\\s+be\\s+[a-z]+)?\\b`,
  'gi',
);
// A participle after a present or bare "be" is passive, not past: "when the case is heard in May",
// "expect the deal to be completed by Dec. 15". Each lookbehind is read after the word it precedes
// (and reads the word again): one that opens the pattern would be tried at every character.
export const PAST =
  /\b(?:was|were|had|did|ago|yesterday|said|told|took|went|came|became|met|began|won|lost|fell|rose|saw|made|gave|left|held|sold|bought|brought|thought|sought|taught|caught|fought|paid|ran|spent|sent|wrote|found|got|kept|led|knew|grew|drew|threw|flew|broke|spoke|chose|drove|shot|fled|built|meant|felt|heard|stood|struck|since|last)\b(?<!\b(?:is|are|am|be|being|get|gets|getting|has|have)\s+[a-z]+)(?!\s+by\b)|\b[a-z]{3,}ed\b(?<!\b(?:a|an|the|still|yet|as|is|are|am|be|being|get|gets|getting|has|have)\s+[a-z]+)(?!\s+by\b)/g;

/** A relative clause the mention stands in, from its pronoun: "the talks that are supposed to conclude by". */
const RELATIVE_CLAUSE = /\b(?:that|which|who)\s[^,;]*$/;
/** A present auxiliary: "the case is heard in May", "it is calling for redemption on Dec. 7". */
const PRESENT = /\b(?:is|are|am)\b/g;

const PAST_WORD = new RegExp(`^(?:${PAST.source})$`);
/** A single word that marks the past ("was", "became", "released"). */
export const isPastWord = (word: string): boolean => PAST_WORD.test(word.toLowerCase());

const TRAILING_ATTRIBUTION = new RegExp(
  `,\\s+(?!(?:in\\s+)?(?:which|who|whom|whose|that|when|where)\\b)(?:[\\p{L}'’.-]+\\s+){0,5}?(?:${alternation(ATTRIBUTION_VERBS)}|according)\\b`,
  'u',
);
/** What stands before a mention that opens its clause: "On Thursday, …", "but on Thursday, …". */
const FRONTED = /(?:^|[.,:]\s*|\b(?:but|and|yet|so|then)\s+)(?:(?:on|in|by|since|until|late|early|last|this|from)\s+)?$/i;

/**
 * A marker after the mention counts as this many times further: a date goes with the verb before it
 * ("the rally scheduled to take place on Sunday has been postponed"), unless that verb is far off.
 */
const RIGHT_DISTANCE_WEIGHT = 3;

/** Nearest marker of each tense on the left (measured from its end) and right (from its start). */
function nearest(re: RegExp, text: string, mentionStart: number, mentionEnd: number): number {
  re.lastIndex = 0;
  let best = Infinity;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    const s = m.index, e = m.index + m[0].length;
    // A marker that runs into the mention ("will be Tuesday") sits right before it.
    const d = e <= mentionStart ? mentionStart - e : s >= mentionEnd ? (s - mentionEnd) * RIGHT_DISTANCE_WEIGHT : s < mentionStart ? 0 : Infinity;
    if (d < best) best = d;
  }
  return best;
}

/** The future of a modal ("will", "would", "'ll", "going to"), as against a plan or a bound ("scheduled to", "until"). */
const MODAL_FUTURE = new RegExp(`\\b(?:${FUTURE_MODALS}|going to)\\b|['’]ll\\b`, 'gi');
/** What still tells the future from beyond the window: a modal or a present "expects" ("he expects the ceremony to be held … in early January"). */
const WIDE_FUTURE = new RegExp(`${MODAL_FUTURE.source}|\\bexpects?\\b`, 'gi');
/** A modal just before a mention: "will one day be". */
export const MODAL_BEFORE = new RegExp(`\\b(?<modal>${MODALS})\\s+$`, 'i');
/** A past auxiliary just before a word: "was soon released". */
export const PAST_AUXILIARY_BEFORE = /\b(?<auxiliary>was|were|had)\s+$/i;
/** "had been scheduled to", "had not called … until": a plan or a bound told in the past perfect is over. */
const PAST_PERFECT = /\bhad\s+(?:not\s+|never\s+|already\s+)?(?:been\s+)?\p{L}{3,}/u;

const PAST_PLAN = new RegExp(`\\b(?:${PAST_PLANS})\\s+to\\b`, 'gi');

const DEADLINE_BEFORE = /(?<![\p{L}])by\s+$/iu;
/** "from the afternoon until ", "from 2 p.m. till ": the end of a span whose start the clause gives. */
const SPAN_END_BEFORE = /\bfrom\b[^.;!?]{1,60}\b(?:until|till)\s+$/iu;
/** "from Friday until …": the start of such a span. */
const SPAN_START_BEFORE = /\bfrom\s+$/iu;
const SPAN_START_AFTER = /^[^.;!?]{0,40}?\b(?:until|till)\b/iu;
/** Whether a mention ends or opens a span "from … until …", from the text before and after it in its clause. */
const inSpan = (before: string, after: string): boolean =>
  SPAN_END_BEFORE.test(before) || (SPAN_START_BEFORE.test(before) && SPAN_START_AFTER.test(after));

/** Characters of its sentence read before and after a mention for the verb that governs it. */
const VERB_BEFORE_WINDOW = 90;
const VERB_AFTER_WINDOW = 50;
/** With no verb in that window, how far back a past verb still tells the tense (a long list of places before the date). */
const PAST_VERB_WIDE_WINDOW = 300;

/** The tense around a mention: the verb closest to it within its clause. */
export function tenseAround(text: string, start: number, end: number, sentenceStart: number, sentenceEnd: number): Tense {
  let from = Math.max(sentenceStart, start - VERB_BEFORE_WINDOW);
  let to = Math.min(sentenceEnd, end + VERB_AFTER_WINDOW);
  // A clause break or a quotation mark switches to another voice: look no further than it.
  const left = text.slice(from, start);
  const cut = Math.max(left.lastIndexOf(';'), left.lastIndexOf('``'), left.lastIndexOf('“'), left.lastIndexOf('"'));
  if (cut >= 0) from += cut + 1;
  const right = text.slice(end, to);
  // "had spoken with them on Monday and expected to ask": a coordinated verb is another clause
  const rcut = right.search(/[;“"]|``|''|\s(?:and|but)\s+(?:\p{Ll}+\s+)?(?:expects?|expected|plans?|planned|intends?|intended|hopes?|hoped|will|would|is|are|was|were)\b/u);
  if (rcut >= 0) to = end + rcut;
  const before = text.slice(from, start);
  // "the talks that are supposed to conclude by May, invited …": a relative clause ends at its comma
  if (RELATIVE_CLAUSE.test(before) && /^\s*,/.test(text.slice(end, to))) to = end;
  // "… will open two centres on Wednesday, she added": a trailing attribution is the reporter's clause,
  // told in the past whatever the tense of what it reports. It stays in when the mention opens the
  // clause ("In February, Hurun said": the date is the saying's) or when nothing before is future.
  let frontedMemo: boolean | undefined;
  const fronted = (): boolean => (frontedMemo ??= FRONTED.test(before));
  const attribution = TRAILING_ATTRIBUTION.exec(text.slice(end, to));
  if (attribution && !fronted() && nearest(FUTURE, before, start - from, start - from) !== Infinity) {
    to = end + attribution.index;
  }
  const window = text.slice(from, to);
  const s = start - from, e = end - from;
  const f = nearest(FUTURE, window, s, e);
  const p = nearest(PAST, window, s, e);
  // "expect the snow to ease by Wednesday evening": a deadline with no past verb near it lies ahead
  if (p === Infinity && DEADLINE_BEFORE.test(before)) return 'future';
  // "storms moved through Iowa from the afternoon until Saturday night": the end of a span told in
  // the past is past; "until" alone is a bound still to come ("closed until Monday")
  if (p !== Infinity && inSpan(before, text.slice(end, to)) && nearest(MODAL_FUTURE, window, s, e) === Infinity) return 'past';
  if (f === Infinity && p === Infinity) {
    // "17 drones were shot down over the Kursk Region, eight over …, two over the Oryol Region between
    // 11 p.m. and 6 a.m.": a long list puts the verb beyond the window. A past verb further back in
    // the sentence still tells it, unless a modal stands nearer ("said two flights would leave … and a
    // third from August 6"); a far "will" alone is as often another clause's, and news reports the
    // past. Bounded, so that a huge sentence of dates stays linear.
    // "In January, a week after the anniversary of the decision, a bombing in Birmingham killed …": a
    // fronted date goes with the main clause's verb, however far on it comes.
    if (fronted()) {
      const ahead = text.slice(end, Math.min(sentenceEnd, end + PAST_VERB_WIDE_WINDOW));
      const af = nearest(FUTURE, ahead, 0, 0), ap = nearest(PAST, ahead, 0, 0);
      if (af !== ap) return af < ap ? 'future' : 'past';
    }
    const wideFrom = Math.max(sentenceStart, start - PAST_VERB_WIDE_WINDOW);
    const wide = text.slice(wideFrom, start);
    const wp = nearest(PAST, wide, wide.length, wide.length);
    if (wp === Infinity || nearest(PRESENT, wide, wide.length, wide.length) < wp) return 'none';
    return nearest(WIDE_FUTURE, wide, wide.length, wide.length) < wp ? 'future' : 'past';
  }
  // "said it is calling for the redemption on Dec. 7": a present verb nearer than the past one is the mention's
  if (p < f && nearest(PRESENT, window, s, e) < p) return 'none';
  if (f <= p && PAST_PERFECT.test(window) && nearest(MODAL_FUTURE, window, s, e) === Infinity) return 'past';
  // "On Friday, the government planned to pay …": a fronted date is the time of the plan told in the past
  if (f <= p && fronted() && nearest(PAST_PLAN, window, s, e) === f) return 'past';
  return f <= p ? 'future' : 'past';
}
