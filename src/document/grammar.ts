/**
 * compromise's grammar, asked only on one sentence at the point where a cheap rule is unsure.
 * Every run-time call to compromise goes through here; the parse of a sentence is made once and
 * shared (`Document.nlpOfSentence`). Offsets in and out are UTF-16 indices into the document.
 * Which uses are kept, and the scores that decided it, are in docs/grammar.md.
 */
import type { Document } from './document.js';
import type { NlpView } from './nlp.js';
import type { Span } from './span.js';

/**
 * The longest sentence (UTF-16 units) handed to the parser: its cost grows with the sentence, and
 * a longer one is a list, a table or run-on text, where grammar is no help and the cheap rules stay.
 */
const MAX_PARSED_SENTENCE = 1000;

/** compromise's view of the sentence at an index, or null when there is none or it is too long. */
function parsedSentence(doc: Document, sentence: number): { span: Span; view: NlpView } | null {
  const span = doc.sentences[sentence];
  if (!span || span.end - span.start > MAX_PARSED_SENTENCE) return null;
  return { span, view: doc.nlpOfSentence(sentence) };
}

interface MatchJson {
  text: string;
  offset?: { start: number; length: number };
}

/**
 * Marks compromise leaves on the edges of a match's text ("(Jane Smith)", "Christie,"); its offset
 * starts after the opening ones.
 */
const EDGE_PUNCTUATION = /^(?<open>[\s"'“‘(]*)(?<body>.*?)(?<close>[\s"'”’),.;:!?]*)$/su;

/**
 * Whether compromise reads exactly this span as a person's name ("Christie", "Jo-Renee Formicola"):
 * its people tagger knows given names, honorifics and the shape of a name in context.
 */
export function readsAsPersonName(doc: Document, start: number, end: number): boolean {
  const parsed = parsedSentence(doc, doc.sentenceIndexAt(start));
  if (!parsed || end > parsed.span.end) return false;
  const { span, view } = parsed;
  // a possessive name ("Khizr Khan’s speech") determines another noun: it is not the one named
  const people = view.people().ifNo('#Possessive').json({ offset: true }) as MatchJson[];
  return people.some((p) => {
    if (!p.offset) return false;
    const from = span.start + p.offset.start;
    return from === start && from + (EDGE_PUNCTUATION.exec(p.text)?.groups?.body?.length ?? p.text.length) === end;
  });
}

interface TermJson {
  text: string;
  tags?: string[];
  offset?: { start: number; length: number };
}

/** Tags of a word that cannot open the item right after its number. */
const NOT_AN_ITEM_START = new Set(['Determiner', 'Conjunction', 'Preposition', 'Pronoun', 'Value']);

/** The most words a counted item may have, as in the cheap scan (counts/phrase.ts). */
const MAX_ITEM_TERMS = 6;

/**
 * The thing counted after a number, as compromise chunks the noun phrase that starts with it:
 * "44 Leopard 2 tanks" → "Leopard 2 tanks", `747 "Shaheds"` → "Shaheds". Null unless that phrase
 * starts at the number and ends, a few words on, in a plural noun.
 */
export function countedItemAfter(doc: Document, numberStart: number, numberEnd: number): Span | null {
  const parsed = parsedSentence(doc, doc.sentenceIndexAt(numberStart));
  if (!parsed) return null;
  const { span, view } = parsed;
  const nouns = view.nouns().json({ offset: true }) as (MatchJson & { terms?: TermJson[] })[];
  for (const noun of nouns) {
    const terms = noun.terms ?? [];
    if (!terms[0]?.offset || span.start + terms[0].offset.start !== numberStart) continue;
    const item = terms.filter((t) => t.offset && span.start + t.offset.start >= numberEnd);
    const first = item[0];
    const last = item[item.length - 1];
    if (!first?.offset || !last?.offset || item.length > MAX_ITEM_TERMS || !last.tags?.includes('Plural')) return null;
    // "1.8 million and 2.35 million shares", "nine the number of people": no item of this number's own
    if (first.tags?.some((tag) => NOT_AN_ITEM_START.has(tag))) return null;
    return { start: span.start + first.offset.start, end: span.start + last.offset.start + last.text.length };
  }
  return null;
}
