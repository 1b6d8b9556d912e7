import type { Token } from '../../src/document/tokens.js';

/** A token's fields as a plain object: what a token object held before tokens kept only a start and a spelling. */
export function tokenFields(t: Token) {
  return { start: t.start, end: t.end, text: t.text, lower: t.lower, isWord: t.isWord, cap: t.cap, allCaps: t.allCaps, poss: t.poss };
}
