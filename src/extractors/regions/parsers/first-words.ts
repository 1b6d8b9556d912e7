import type { Gazetteer } from '../gazetteer.js';

// Three in four capitalised words that pass the gazetteer's trigram test are still no first word
// of a name ("The", "President"), and learning that from gaz.firstWords takes a slice, a lower-case
// copy and a map lookup. A table of the first words' hashes answers most of them on the text itself.

// 2^20 bits (128 kB) for some 7,000 ASCII first words: one word in 150 that is none passes
const TABLE_BITS = 20;
const TABLE_MASK = (1 << TABLE_BITS) - 1;

/** FNV-1a of the lower case of text[from, to), folded to TABLE_BITS; -1 when a character is past ASCII. */
export function asciiLowerHash(text: string, from: number, to: number): number {
  let h = 0x811c9dc5;
  for (let i = from; i < to; i++) {
    let c = text.charCodeAt(i);
    if (c >= 128) return -1;
    if (c >= 65 && c <= 90) c |= 32;
    h = Math.imul(h ^ c, 0x01000193);
  }
  return ((h >>> (32 - TABLE_BITS)) ^ h) & TABLE_MASK;
}

let built: { gaz: Gazetteer; bits: Uint32Array } | undefined;
/**
 * Building the table costs more than it saves on one article: it is built only once a run has
 * asked this many times (docs/extraction-notes.md).
 */
const ASKS_BEFORE_BUILDING = 2000;
let asked = 0;

/**
 * False when text[from, to), all ASCII, is surely no first word of the gazetteer (its lower case is
 * no key of gaz.firstWords); true when it may be one, or has characters past ASCII.
 */
export function mayBeFirstWord(gaz: Gazetteer, text: string, from: number, to: number): boolean {
  if (built?.gaz !== gaz) {
    if (++asked < ASKS_BEFORE_BUILDING) return true;
    const bits = new Uint32Array(1 << (TABLE_BITS - 5));
    for (const w of gaz.firstWords) {
      const k = asciiLowerHash(w, 0, w.length);
      if (k >= 0) bits[k >>> 5]! |= 1 << (k & 31);
    }
    built = { gaz, bits };
  }
  const h = asciiLowerHash(text, from, to);
  return h < 0 || (built.bits[h >>> 5]! & (1 << (h & 31))) !== 0;
}
