import type { Document } from '../../document/document.js';
import { alternation } from '../../language/alternation.js';
import { EVENT_NOUNS } from '../../language/counting.js';

// "destroyed in the attack", "killed during the blast": a definite event the text told of before
const DEFINITE_EVENT = new RegExp(`(?:^|[^\\p{L}])(?:in|during|by|from|after|of)\\s+the\\s+(?:[\\p{L}-]+\\s+){0,2}?(?<noun>${alternation([...EVENT_NOUNS])})(?![\\p{L}])`, 'iu');
/** How far back (UTF-16 units) the sentence that told of the event is looked for: a few paragraphs. */
const ANTECEDENT_REACH = 1500;

/**
 * "On Aug. 30, planes were destroyed in a drone attack on an airbase in Pskov. … Four IL-76 were
 * destroyed in the attack.": the earlier sentences, nearest first, that name the event a count's
 * sentence refers to by "the attack"; the first with a day (or a place) gives the count its own
 * when its sentence names none. Empty when the sentence names no event that way.
 */
export function eventAntecedents(doc: Document, sentence: number): readonly number[] {
  let bySentence = found.get(doc);
  if (!bySentence) found.set(doc, (bySentence = new Map()));
  let out = bySentence.get(sentence);
  if (!out) bySentence.set(sentence, (out = antecedentsOf(doc, sentence)));
  return out;
}

/** The answers per sentence: a sentence of many counts asks once (a long one would be read once a count). */
const found = new WeakMap<Document, Map<number, readonly number[]>>();

function antecedentsOf(doc: Document, sentence: number): number[] {
  const s = doc.sentences[sentence];
  if (!s) return [];
  const noun = DEFINITE_EVENT.exec(doc.text.slice(s.start, s.end))?.groups?.noun?.toLowerCase();
  if (!noun) return [];
  // the noun, not the verb of the same spelling ("deployed bombs to attack the district")
  const named = new RegExp(`(?:^|[^\\p{L}])(?<!\\bto\\s)${noun}(?![\\p{L}])`, 'iu');
  const out: number[] = [];
  for (let k = sentence - 1; k >= 0 && s.start - doc.sentences[k]!.start <= ANTECEDENT_REACH; k--) {
    const t = doc.sentences[k]!;
    if (named.test(doc.text.slice(t.start, t.end))) out.push(k);
  }
  return out;
}
