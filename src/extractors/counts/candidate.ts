// From a number found in the text to a candidate count: is it a count at all, what does it
// count, how is it qualified. Regions and elliptical items are filled in later by the refiners.
import type { Document } from '../../document/document.js';
import type { CountItem } from '../../record/types.js';
import { qualifierBefore, whyNotACount, type NumberInContext } from './context.js';
import { LOCATIVE_PREPOSITIONS, NON_COUNT_NOUNS } from './lexicon.js';
import { nounPhraseAfter, type NounPhrase } from './phrase.js';
import { tokensAfter, tokensBefore } from './tokens.js';

export interface CountCandidate extends CountItem {
  /** The number itself, inside [start, end). */
  numberEnd: number;
  sentence: number;
  /** No noun after the number: the item comes from a sibling count ("two in the Belgorod Region"). */
  elliptical: boolean;
}

export interface FoundNumber {
  start: number;
  end: number;
  value: number;
  form: 'digits' | 'words';
}

const PARTITIVE_PRONOUNS = new Set(['them', 'us', 'you', 'those', 'these', 'whom', 'which', 'it', 'both', 'all', 'each']);
const PARTITIVE_DETERMINERS = new Set(['the', 'its', 'their', 'his', 'her', 'our', 'your', 'my']);
/** Words before an elliptical number that join it to the counts it shares an item with. */
const LIST_JOINERS = new Set([',', ';', ':', 'and', 'while', 'whereas', 'but', 'plus', 'with', 'another']);

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
  if (whyNotACount(n)) return null;

  let phrase: NounPhrase | null;
  const after = tokensAfter(doc.text, found.end, span.end, 3);
  if (after[0]?.lower === 'of') {
    // "two of the drones": the item is after the determiner; "five of them" names none
    const det = after[1];
    if (!det || !PARTITIVE_DETERMINERS.has(det.lower) || PARTITIVE_PRONOUNS.has(det.lower)) return null;
    phrase = nounPhraseAfter(doc.text, det.end, span.end, found.value !== 1);
  } else {
    phrase = nounPhraseAfter(doc.text, found.end, span.end, found.value !== 1);
  }

  const qualifier = qualifierBefore(n)?.qualifier;
  const base = { value: found.value, start: found.start, numberEnd: found.end, sentence };
  if (phrase) {
    if (phrase.words.some((w) => NON_COUNT_NOUNS.has(w))) return null;
    return withQualifier(
      { text: doc.text.slice(found.start, phrase.end), ...base, item: doc.text.slice(phrase.start, phrase.end), end: phrase.end, elliptical: false },
      qualifier,
    );
  }
  // no noun: a count only when it continues a list of counts and is followed by where it happened
  const next = after[0];
  const prev = tokensBefore(doc.text, found.start, span.start, 1)[0];
  const closes = !next || (!next.isWord && /^[,;.)]$/.test(next.text)) || (next.isWord && (LOCATIVE_PREPOSITIONS.has(next.lower) || next.lower === 'and'));
  if (!closes || !prev || !LIST_JOINERS.has(prev.lower)) return null;
  if (next && next.lower === 'of') return null;
  return withQualifier({ text: doc.text.slice(found.start, found.end), ...base, item: '', end: found.end, elliptical: true }, qualifier);
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
    ...(c.region !== undefined ? { region: c.region } : {}),
    ...(c.qualifier !== undefined ? { qualifier: c.qualifier } : {}),
    start: c.start,
    end: c.end,
  };
}
