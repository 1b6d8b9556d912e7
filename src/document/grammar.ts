/**
 * compromise's grammar, asked only on a short span at the point where a cheap rule is unsure.
 * Every run-time call to compromise goes through here; each parses no more text than its decision
 * reads, since a parse costs by its length. Offsets in and out are UTF-16 indices into the document.
 * Which uses are kept, and the scores that decided it, are in docs/grammar.md.
 */
import type { Document } from './document.js';
import { nlp, type NlpView } from './nlp.js';
import type { Span } from './span.js';

/**
 * The longest sentence (UTF-16 units) handed to the parser: its cost grows with the sentence, and
 * a longer one is a list, a table or run-on text, where grammar is no help and the cheap rules stay.
 */
const MAX_PARSED_SENTENCE = 1000;

/**
 * Characters after a name that the people tagger reads it by ("…, political science professor",
 * "said"); the rest of a long sentence only adds to the parse's cost, which grows with its length.
 */
const NAME_CONTEXT_AFTER = 40;

/** compromise's view of a sentence from its start to a little past `end`, or null when there is none or it is too long. */
function parsedSentenceHead(doc: Document, start: number, end: number): { from: number; view: NlpView } | null {
  const span = doc.sentences[doc.sentenceIndexAt(start)];
  if (!span || span.end - span.start > MAX_PARSED_SENTENCE || end > span.end) return null;
  return { from: span.start, view: nlp(doc.text.slice(span.start, Math.min(span.end, end + NAME_CONTEXT_AFTER))) };
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

const FIRST_WORD = /^(?<word>[\p{L}'’-]+)/u;

/**
 * Whether compromise reads exactly this span as a person's name ("Christie", "Jo-Renee Formicola"):
 * its people tagger knows given names, honorifics and the shape of a name in context.
 */
export function readsAsPersonName(doc: Document, start: number, end: number): boolean {
  // a first word the text also writes in lower case ("Critics", "Looking") opens no name: no parse
  const firstWord = FIRST_WORD.exec(doc.text.slice(start, end))?.groups?.word;
  if (!firstWord || doc.lowerWords.has(firstWord.toLowerCase())) return false;
  const parsed = parsedSentenceHead(doc, start, end);
  if (!parsed) return false;
  const { from: sentenceStart, view } = parsed;
  // a possessive name ("Khizr Khan’s speech") determines another noun: it is not the one named
  const people = view.people().ifNo('#Possessive').json({ offset: true }) as MatchJson[];
  return people.some((p) => {
    if (!p.offset) return false;
    const from = sentenceStart + p.offset.start;
    return from === start && from + (EDGE_PUNCTUATION.exec(p.text)?.groups?.body?.length ?? p.text.length) === end;
  });
}

/** A word of compromise's parse, with its place once offsets are computed. */
interface ParsedTerm {
  text: string;
  tags?: Set<string>;
  offset?: { start: number; length: number };
}

/** Tags of a word that cannot open the item right after its number. */
const NOT_AN_ITEM_START = new Set(['Determiner', 'Conjunction', 'Preposition', 'Pronoun', 'Value']);

/** A quotation mark closing on the number itself. */
const CLOSING_MARK = /^["'’”]$/;

/** How much text (UTF-16 units) after a number is parsed to find what it counts. */
const COUNTED_CLAUSE = 80;

/** The most words a counted item may have, as in the cheap scan (counts/phrase.ts). */
const MAX_ITEM_TERMS = 6;

/**
 * The thing counted after a number, as compromise chunks the noun phrase that starts with it:
 * "44 Leopard 2 tanks" → "Leopard 2 tanks", `747 "Shaheds"` → "Shaheds". Null unless that phrase
 * starts at the number and ends, a few words on, in a plural noun.
 */
export function countedItemAfter(doc: Document, numberStart: number, numberEnd: number): Span | null {
  // "the ‘big four’ negotiators" counts no negotiators, whatever the parse: no parse
  if (CLOSING_MARK.test(doc.text.charAt(numberEnd))) return null;
  const sentence = doc.sentences[doc.sentenceIndexAt(numberStart)];
  if (!sentence || sentence.end - sentence.start > MAX_PARSED_SENTENCE) return null;
  // the clause from the number on is enough to chunk its noun phrase, and a parse costs by the word
  const view = nlp(doc.text.slice(numberStart, Math.min(sentence.end, numberStart + COUNTED_CLAUSE)));
  view.compute('offset');
  // the chunk's terms, not its json: json() works out every noun's forms, most of a call's cost
  const terms: ParsedTerm[] = view.nouns().docs[0] ?? [];
  if (terms[0]?.offset?.start !== 0) return null;
  const item = terms.filter((t) => t.offset && numberStart + t.offset.start >= numberEnd);
  const first = item[0];
  const last = item[item.length - 1];
  if (!first?.offset || !last?.offset || item.length > MAX_ITEM_TERMS || !last.tags?.has('Plural')) return null;
  // "1.8 million and 2.35 million shares", "nine the number of people": no item of this number's own
  if ([...(first.tags ?? [])].some((tag) => NOT_AN_ITEM_START.has(tag))) return null;
  // "30,000 Clinton's lawyers returned" counts no lawyers
  if (item.some((t) => t.tags?.has('Possessive'))) return null;
  return { start: numberStart + first.offset.start, end: numberStart + last.offset.start + last.text.length };
}
