// From a number found in the text to a candidate count: is it a count at all, what does it
// count, how is it qualified. Regions and elliptical items are filled in later by the refiners.
import type { Document } from '../../document/document.js';
import type { OverlapIndex } from '../../document/overlap-index.js';
import type { ExtractionContext } from '../framework.js';
import type { CountItem, CountRole, DateItem } from '../../record/types.js';
import { itemKey } from '../../language/item-keys.js';
import { isRatioBase, qualifierBefore, whyNotACount, whyNotACountByCharacters, type NumberInContext } from './context.js';
import { CASUALTY_NOUNS, CASUALTY_VERBS, CONDITION_ADVERBS, CONDITION_NOUNS, MEDICAL_CONDITIONS, ED_ING_NOUNS, LOCATIVE_PREPOSITIONS, NON_COUNT_NOUNS, NOT_COUNTED_AFTER_ONE, TOLL_SUBJECTS, TOLL_VERBS, VERB_WORDS } from '../../language/counting.js';
import { alternation } from '../../language/alternation.js';
import { isNumberWord } from './numbers.js';
import { isPluralNoun, nounPhraseOf, type NounPhrase } from './phrase.js';
import { countedItemAfter } from '../../document/grammar.js';
import type { Token } from '../../document/tokens.js';
import { BE_FORMS } from '../../language/function-words.js';

export interface CountCandidate extends Omit<CountItem, 'item_key' | 'when' | 'source' | 'role'> {
  /** Set by the refiners that read the article around the count (its time, source, and the other counts). */
  when?: string | null;
  source?: string | null;
  role?: CountRole;
  /** The number itself, inside [start, end). */
  numberEnd: number;
  sentence: number;
  /**
   * The item comes from a sibling count: no noun after the number ("two in the Belgorod Region"),
   * or one that names nothing ("188 others", kept as the item when no sibling is found).
   */
  elliptical: boolean;
  /** A bare number followed by where it happened ("two in the Belgorod Region"). */
  placeFollows?: boolean;
  /** Kept only when another count shares its sentence. */
  needsSiblings?: boolean;
  /** "Two more disappeared": more of what the count before it counts, in this sentence or the one before. */
  moreOfPrevious?: boolean;
  /** A bare number a casualty verb governs: it counts people unless a sibling names who. */
  countsPeople?: boolean;
  /** Its place is a list of places ("three wounded in X and Y"): no one of them, the frame's. */
  spansPlaces?: boolean;
}

/**
 * The counts extractor's context: the results it reads, and the spans of the dates found, indexed
 * once an article.
 */
export interface CountsContext extends ExtractionContext {
  dateSpans: OverlapIndex<DateItem>;
}

/**
 * Whether [start, end) overlaps a date or time the dates extractor found ("October 8", "between 2
 * and 5 pm"): a number there is no count, and is dropped before any of its words are read.
 */
export function insideDate(ctx: ExtractionContext, start: number, end: number): boolean {
  return 'dateSpans' in ctx && (ctx as CountsContext).dateSpans.overlapsAny(start, end);
}

export interface FoundNumber {
  start: number;
  end: number;
  value: number;
  form: 'digits' | 'words';
}

const PARTITIVE_PRONOUNS = new Set(['them', 'us', 'you', 'those', 'these', 'whom', 'which']);
const PARTITIVE_DETERMINERS = new Set(['the', 'its', 'their', 'his', 'her', 'our', 'your', 'my']);
/** Words before an elliptical number that join it to the counts it shares an item with. */
const LIST_JOINERS = new Set([',', ';', ':', 'and', 'while', 'whereas', 'but', 'plus', 'with', 'another', 'including']);
/** Two words before an elliptical number that join it to the count before: "136 deaths, followed by 116 in …", "55,000 customers, down from 400,000". */
const PAIR_JOINERS = new Set(['followed by', 'down from', 'up from', 'compared with', 'compared to']);
/** Heads that name no thing of their own: "killed 126 people and injured 188 others". */
const BORROWING_HEADS = new Set(['others']);
// Regular expressions live at module level: a literal in a function body is a new RegExp object at
// every call.
const CLOSING_PUNCTUATION = /^[,;.)]$/;
const POSSESSIVE = /['’]s$/;
const WHITESPACE = /\s+/;
const DIGITS_WITH_SEPARATORS = /^\d[\d,.]*$/;
const DIGITS_WITH_COMMAS = /^\d[\d,]*$/;
const NOT_PAST_VERBS = /^(?:remain|remains|appear|appears|say|says|include|includes|need|needs|want|wants|try|tries)$/;

/** Tokens read before a number: a joiner, a qualifier ("more than") and the verb before them. */
const TOKENS_BEFORE = 3;
/** Tokens read after a number: room for "of the borough's 16" and a noun phrase after it. */
const TOKENS_AFTER = 14;
/** Tokens after a noun phrase read for the participle that reports an event ("has also been damaged"). */
const EVENT_VERB_REACH = 4;

/** A number, its sentence and the tokens on either side: what every check of a candidate reads. */
interface NumberSurroundings {
  n: NumberInContext;
  sentence: number;
  before: Token[];
  after: Token[];
}

export function countCandidate(doc: Document, found: FoundNumber): CountCandidate | null {
  const sentence = doc.sentenceIndexAt(found.start);
  const span = sentence >= 0 ? doc.sentences[sentence]! : { start: 0, end: doc.text.length };
  const n: NumberInContext = {
    docText: doc.text,
    start: found.start,
    end: found.end,
    value: found.value,
    form: found.form,
    sentenceStart: span.start,
    sentenceEnd: span.end,
  };
  if (whyNotACountByCharacters(n)) return null;
  // the words on either side are tokenized once and read by every check
  const before = doc.wordsBefore(found.start, span.start, TOKENS_BEFORE);
  const after = doc.wordsAfter(found.end, span.end, TOKENS_AFTER);
  if (whyNotACount(n, before, after)) return null;
  const around: NumberSurroundings = { n, sentence, before, after };

  let phrase: NounPhrase | null = null;
  // "two of the drones": the item is after the determiner; "126 of them over the Kursk region"
  // takes its item from a sibling below; "five of Russia's" names none
  const ofPronoun = after[0]?.lower === 'of' && after[1] !== undefined && PARTITIVE_PRONOUNS.has(after[1].lower);
  if (after[0]?.lower === 'of' && !ofPronoun) {
    const partitive = partitiveCandidate(doc, found, around);
    if (partitive !== undefined) return partitive;
    // "66 of the state's delegates": the owner is the determiner's, not the thing counted
    phrase = nounPhraseOf(after.slice(after[2]?.isWord && POSSESSIVE.test(after[2].lower) ? 3 : 2), found.value !== 1);
  } else if (after[0]?.lower !== 'of') {
    // a head the word scan cannot reach ("44 Leopard 2 tanks", `747 "Shaheds"`): the clause's grammar finds it
    phrase = nounPhraseOf(after, found.value !== 1) ?? (found.value !== 1 ? parsedItemAfter(doc, found, after) : null);
  }
  const qualified = qualifierBefore(n, before);
  if (phrase) return phraseCandidate(doc, found, around, phrase, qualified);
  return ellipticalCandidate(doc, found, around, ofPronoun, qualified);
}

/**
 * A number before "of" and no pronoun: "37 of 52 drones" and "two of the 40 drones" take the
 * whole's noun; "two of the drones" returns undefined, its item read after the determiner by the
 * caller; null when it is no count.
 */
function partitiveCandidate(doc: Document, found: FoundNumber, { n, sentence, before, after }: NumberSurroundings): CountCandidate | null | undefined {
  let wholeAt = 0;
  if (isWholeNumber(after[1])) {
    // "shot down 37 of 52 drones": the part takes the whole's noun ("eight of 10 voters", a
    // proportion, was rejected before)
    wholeAt = 2;
  } else {
    const det = after[1];
    if (!det || !PARTITIVE_DETERMINERS.has(det.lower)) return null;
    // "three of the borough's 16 libraries", "two of the 40 drones": the part takes the whole's
    // noun, and its text stays the number so that the whole keeps its own count
    const k = partitiveWholeAt(after);
    if (k <= 2) return undefined;
    wholeAt = k;
  }
  const whole = nounPhraseOf(after.slice(wholeAt), true);
  if (!whole || whole.words.some((w) => NON_COUNT_NOUNS.has(w))) return null;
  const item = doc.text.slice(whole.start, whole.itemEnd ?? whole.end);
  const c: CountCandidate = { text: doc.text.slice(found.start, found.end), value: found.value, start: found.start, numberEnd: found.end, sentence, item, end: found.end, elliptical: false };
  return withQualifier(c, qualifierBefore(n, before)?.qualifier);
}

/** A number with the noun phrase it counts ("14 flights", "one drone was shot down"). */
function phraseCandidate(doc: Document, found: FoundNumber, { sentence, before, after }: NumberSurroundings, phrase: NounPhrase, qualified: { qualifier: string; start: number } | null): CountCandidate | null {
  if (phrase.words.some((w) => NON_COUNT_NOUNS.has(w))) return null;
  if (found.value === 1 && found.form === 'words' && NOT_COUNTED_AFTER_ONE.has(phrase.words[phrase.words.length - 1]!)) return null;
  const item = doc.text.slice(phrase.start, phrase.itemEnd ?? phrase.end);
  const borrows = phrase.words.length === 1 && BORROWING_HEADS.has(phrase.words[0]!);
  // fields written out: an object spread with more fields after it builds a slow, large object
  const c: CountCandidate = { text: doc.text.slice(found.start, phrase.end), value: found.value, start: found.start, numberEnd: found.end, sentence, item, end: phrase.end, elliptical: borrows };
  // "one" is a count in a report of what happened ("one drone was shot down", "one house
  // burned") or beside other counts; elsewhere it is mostly a manner of speaking ("one man said")
  // ("injured one worker" is such a report too: the casualty verb comes before)
  // ("killed at least one person": past the qualifier; "confirmed one death": a casualty noun is one)
  // ("left one civilian dead": a casualty word right after the phrase)
  const verb = wordBeforeQualifier(before, qualified);
  const rest = after.filter((t) => t.start >= phrase.end);
  const casualty =
    Boolean(verb?.isWord && CASUALTY_VERBS.has(verb.lower)) ||
    CASUALTY_NOUNS.has(phrase.words[phrase.words.length - 1]!) ||
    Boolean(rest[0]?.isWord && CASUALTY_VERBS.has(rest[0].lower));
  if (found.value === 1 && found.form === 'words' && !casualty && !reportsAnEvent(rest)) c.needsSiblings = true;
  return withQualifier(c, qualified?.qualifier);
}

/**
 * No noun: a count only when it continues a list of counts ("…, two in the Belgorod Region"),
 * or counts the people a casualty verb names ("killed 3 and wounded 12", "3 killed").
 */
function ellipticalCandidate(
  doc: Document,
  found: FoundNumber,
  { sentence, before, after }: NumberSurroundings,
  ofPronoun: boolean,
  qualified: { qualifier: string; start: number } | null,
): CountCandidate | null {
  // "Two more disappeared": more of what the sentence before counted
  const more = !ofPronoun && after[0]?.isWord === true && after[0].lower === 'more' && reportsAnEvent(after.slice(1));
  const rest = ofPronoun ? after.slice(2) : more ? after.slice(1) : after;
  const next = rest[0];
  // the word before a qualifier joins the number as the word before it would: "injured more than 20"
  const prev = wordBeforeQualifier(before, qualified);
  // "and more than 20 are missing", "around 10 were already dead": a casualty word after the auxiliary too
  // "the death toll has surpassed 150": the toll counts people
  const toll = tollBefore(doc, sentence, qualified?.start ?? found.start);
  // "with four reported to be in a serious condition and three in a moderate condition"
  const condition = inMedicalCondition(rest);
  const badly = howBadly(rest);
  const casualty =
    toll || condition || Boolean((prev?.isWord && CASUALTY_VERBS.has(prev.lower)) || (next?.isWord && CASUALTY_VERBS.has(next.lower)) || casualtyAfterAuxiliary(rest));
  // "four are in Boone County": a bare number, then "are" and a preposition of place
  // ("only 76 were without power in New Brunswick": a state, then the place)
  const beThenPlace = Boolean(next?.isWord && BE_FORMS.includes(next.lower) && rest[1]?.isWord && (LOCATIVE_PREPOSITIONS.has(rest[1].lower) || rest[1].lower === 'without'));
  const closes =
    ofPronoun ||
    toll ||
    condition ||
    badly ||
    beThenPlace ||
    !next ||
    (!next.isWord && CLOSING_PUNCTUATION.test(next.text)) ||
    // "and 6 were cancelled"; "among 12 dead", "3 dead and 14 injured": a casualty word after the number
    (next.isWord && (LOCATIVE_PREPOSITIONS.has(next.lower) || next.lower === 'and' || CASUALTY_VERBS.has(next.lower) || reportsAnEvent(rest) || casualtyAfterAuxiliary(rest)));
  const joined =
    ofPronoun ||
    more ||
    badly ||
    casualty ||
    (prev && (LIST_JOINERS.has(prev.lower) || isPastVerb(prev.lower) || (prev.lower.endsWith('ing') && !ED_ING_NOUNS.has(prev.lower)))) ||
    pairJoined(before, qualified);
  if (!closes || !joined) return null;
  if (next && next.lower === 'of') return null;
  const placeFollows = beThenPlace || Boolean(next?.isWord && LOCATIVE_PREPOSITIONS.has(next.lower));
  const c: CountCandidate = { text: doc.text.slice(found.start, found.end), value: found.value, start: found.start, numberEnd: found.end, sentence, item: '', end: found.end, elliptical: true, placeFollows };
  if (casualty) c.countsPeople = true;
  if (more) c.moreOfPrevious = true;
  return withQualifier(c, qualified?.qualifier);
}

/**
 * Where the noun of a partitive's whole starts when a possessive or a number stands between the
 * determiner and it ("of the borough's 16 libraries", "of its 40 drones"), else 0. `after[0]` is
 * "of" and `after[1]` a determiner.
 */
function partitiveWholeAt(after: readonly Token[]): number {
  let k = 2;
  if (after[k]?.isWord && POSSESSIVE.test(after[k]!.lower)) k++;
  const t = after[k];
  if (t?.isWord && (DIGITS_WITH_SEPARATORS.test(t.text) || isNumberWord(t.lower))) return k + 1;
  return 0;
}

/** The whole after "of" in "37 of 52 drones": a number other than a proportion's round base. */
function isWholeNumber(t: Token | undefined): boolean {
  return Boolean(t && (DIGITS_WITH_COMMAS.test(t.text) || isNumberWord(t.lower)) && !isRatioBase(t.text));
}

/** "killed two people and injured 14": a verb before a bare number whose object is elided. */
function isPastVerb(lower: string): boolean {
  return (lower.endsWith('ed') && !ED_ING_NOUNS.has(lower)) || (VERB_WORDS.has(lower) && !NOT_PAST_VERBS.test(lower));
}

const AUXILIARIES = new Set(['was', 'were', 'is', 'are', 'has', 'have', 'had', 'been', 'being', 'got', 'reportedly', 'also']);

/** Is the phrase followed by a past participle, through auxiliaries ("was shot down", "has been damaged", "burned")? */
/** "are missing", "were already dead": an auxiliary, then within a word or two a casualty word. */
// the toll, then words of its own clause, then its verb and "to"/"at" right before the number; or
// the toll right before "to"/"at"/"of" and the number, its verb before it ("bringing the death toll
// to 479", "put the toll at 30", "a death toll of 12")
const TOLL_BEFORE = new RegExp(
  `(?:^|[^\\p{L}])(?:${alternation(TOLL_SUBJECTS)})(?![\\p{L}])(?:[^.;:!?]*?(?:^|[^\\p{L}])(?:${alternation([...TOLL_VERBS])})(?:\\s+(?:to|at|over|past))?|\\s+(?:to|at|of))\\s+$`,
  'iu',
);
/** Characters before a number read for the toll it states. */
const TOLL_REACH = 160;

function tollBefore(doc: Document, sentence: number, at: number): boolean {
  const s = doc.sentences[sentence];
  return s !== undefined && TOLL_BEFORE.test(doc.text.slice(Math.max(s.start, at - TOLL_REACH), at));
}

/** Words after a bare number read for "in (a) … condition": "reported to be in a serious condition". */
const CONDITION_REACH = 8;

/** "in a critical condition", "are in stable condition": a patient's state right after a bare number. */
function inMedicalCondition(rest: readonly Token[]): boolean {
  let graded = false;
  for (const t of rest.slice(0, CONDITION_REACH)) {
    if (!t.isWord || t.lower === 'and') return false;
    if (MEDICAL_CONDITIONS.has(t.lower)) graded = true;
    else if (graded && CONDITION_NOUNS.has(t.lower)) return true;
  }
  return false;
}

/** "two critically" closing a clause: how badly, of what the sibling before counts. */
function howBadly(rest: readonly Token[]): boolean {
  const [first, second] = rest;
  return Boolean(first?.isWord && CONDITION_ADVERBS.has(first.lower) && (!second || !second.isWord || second.lower === 'and'));
}

function casualtyAfterAuxiliary(rest: readonly Token[]): boolean {
  if (!rest[0]?.isWord || !AUXILIARIES.has(rest[0].lower)) return false;
  for (const t of rest.slice(1, EVENT_VERB_REACH)) {
    if (!t.isWord) return false;
    if (CASUALTY_VERBS.has(t.lower)) return true;
  }
  return false;
}

function reportsAnEvent(rest: readonly Token[]): boolean {
  for (const t of rest.slice(0, EVENT_VERB_REACH)) {
    if (!t.isWord) return false;
    if (AUXILIARIES.has(t.lower)) continue;
    return isPastVerb(t.lower);
  }
  return false;
}

/** The token before a number's qualifier ("killed at least 3"), or before the number when it has none; `before` is nearest first. */
function wordBeforeQualifier(before: readonly Token[], qualified: { start: number } | null): Token | undefined {
  return before[indexBeforeQualifier(before, qualified)];
}

/** Where in `before` (nearest first) the words before a number's qualifier start. */
function indexBeforeQualifier(before: readonly Token[], qualified: { start: number } | null): number {
  let q = 0;
  while (qualified && before[q] && before[q]!.start >= qualified.start) q++;
  return q;
}

/** "followed by 116", "down from 400,000": a two-word joiner before the number (or its qualifier). */
function pairJoined(before: readonly Token[], qualified: { start: number } | null): boolean {
  const q = indexBeforeQualifier(before, qualified);
  const [second, first] = [before[q], before[q + 1]];
  return Boolean(first?.isWord && second?.isWord && PAIR_JOINERS.has(`${first.lower} ${second.lower}`));
}

function withQualifier(c: CountCandidate, qualifier: string | undefined): CountCandidate {
  if (qualifier) c.qualifier = qualifier;
  return c;
}

/** The record item, fields in record order, without the working fields. */
export function toCountItem(c: CountCandidate): CountItem {
  return {
    text: c.text,
    value: c.value,
    item: c.item,
    item_key: itemKey(c.item),
    ...(c.region !== undefined ? { region: c.region } : {}),
    ...(c.qualifier !== undefined ? { qualifier: c.qualifier } : {}),
    when: c.when ?? null,
    source: c.source ?? null,
    role: c.role ?? 'single',
    start: c.start,
    end: c.end,
  };
}

/** Words after a number within which a plural must stand for the parser to be asked. */
const PARSED_ITEM_REACH = 6;
/** Marks that may stand inside an item: `747 "Shaheds"`, "two Iskander-M/KN-23 ballistic missiles". */
const MARK_IN_ITEM = /^["“”‘’'\/-]$/;

/**
 * A plural among the first words after a number, before any mark that ends a phrase, and no
 * second number right after it: "30 to 70 people", "five or six years" count from the last one.
 */
function pluralFollows(after: readonly Token[]): boolean {
  const [first, second] = after;
  if (!first || isNumeral(first) || (second && !first.cap && isNumeral(second))) return false;
  for (let i = 0, words = 0; i < after.length && words < PARSED_ITEM_REACH; i++) {
    const t = after[i]!;
    if (!t.isWord) {
      if (MARK_IN_ITEM.test(t.text)) continue;
      return false;
    }
    if (isPluralNoun(t.lower)) return true;
    words++;
  }
  return false;
}

const isNumeral = (t: Token): boolean => isNumberWord(t.lower) || DIGITS_WITH_SEPARATORS.test(t.text);

/**
 * The item compromise finds after a number, in the shape of the word scan's noun phrase; asked
 * only when a plural follows closely, since a parse costs more than the whole scan.
 */
function parsedItemAfter(doc: Document, found: FoundNumber, after: readonly Token[]): NounPhrase | null {
  if (!pluralFollows(after)) return null;
  const span = countedItemAfter(doc, found.start, found.end);
  return span && { ...span, words: doc.text.slice(span.start, span.end).toLowerCase().split(WHITESPACE) };
}
