/**
 * compromise's grammar, asked only on one sentence at the point where a cheap rule is unsure.
 * Every run-time call to compromise goes through here; the parse of a sentence is made once and
 * shared (`Document.nlpOfSentence`). Offsets in and out are UTF-16 indices into the document.
 * Which uses are kept, and the scores that decided it, are in docs/grammar.md.
 */
import type { Document } from './document.js';

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
  const sentence = doc.sentenceIndexAt(start);
  const span = doc.sentences[sentence];
  if (!span || end > span.end) return false;
  // a possessive name ("Khizr Khan’s speech") determines another noun: it is not the one named
  const people = doc.nlpOfSentence(sentence).people().ifNo('#Possessive').json({ offset: true }) as MatchJson[];
  return people.some((p) => {
    if (!p.offset) return false;
    const from = span.start + p.offset.start;
    return from === start && from + (EDGE_PUNCTUATION.exec(p.text)?.groups?.body?.length ?? p.text.length) === end;
  });
}
