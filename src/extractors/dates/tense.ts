// A rough tense of a sentence, enough to pick which Friday or which October it means.
import type { Tense } from './resolve.js';

const FUTURE = /\b(?:will|won['’]t|shall|going to|plans? to|scheduled|expects? to|expected to|intends? to|is to|are to|tomorrow)\b|['’]ll\b/i;
const PAST = /\b(?:was|were|had|did|ago|last|yesterday|said|told|took|went|came|met|began|won|lost|fell|rose|saw|made|gave|left|held|sold|bought|paid|ran|spent|wrote|found|got)\b|\b[a-z]{3,}ed\b/i;

/** The tense around a mention: the clause that holds it, not the whole sentence. */
export function tenseAround(text: string, start: number, end: number, sentenceStart: number, sentenceEnd: number): Tense {
  const from = Math.max(sentenceStart, start - 80);
  const to = Math.min(sentenceEnd, end + 40);
  return tenseOf(text.slice(from, to));
}

export function tenseOf(sentence: string): Tense {
  if (FUTURE.test(sentence)) return 'future';
  if (PAST.test(sentence)) return 'past';
  return 'none';
}
