import { countBelow } from './span.js';

/**
 * Where a capitalised string occurs in a text, as text.indexOf finds it, without reading the whole
 * text each time: the positions of every capital letter (A to Z) are listed once by the letter and
 * the character after it, and a search tries only the positions of its own first two characters.
 * Refiners that look every name of an article up in the whole article (is "Gusev" written after a
 * given name anywhere?) were quadratic in the article's length; other strings fall back to indexOf.
 */
export class Occurrences {
  private positions: Map<number, number[]> | undefined;

  constructor(readonly text: string) {}

  private index(): Map<number, number[]> {
    if (this.positions) return this.positions;
    const positions = new Map<number, number[]>();
    const text = this.text;
    for (let p = 0; p < text.length; p++) {
      const c = text.charCodeAt(p);
      if (c < 65 || c > 90) continue;
      const key = (c << 16) | (text.charCodeAt(p + 1) || 0);
      const list = positions.get(key);
      if (list) list.push(p);
      else positions.set(key, [p]);
    }
    this.positions = positions;
    return positions;
  }

  /** text.indexOf(needle, from). */
  indexOf(needle: string, from = 0): number {
    const c = needle.charCodeAt(0);
    if (needle.length < 2 || c < 65 || c > 90) return this.text.indexOf(needle, from);
    const list = this.index().get((c << 16) | needle.charCodeAt(1));
    if (!list) return -1;
    for (let k = countBelow(list, from); k < list.length; k++) if (this.text.startsWith(needle, list[k]!)) return list[k]!;
    return -1;
  }
}

let last: Occurrences | undefined;

/** The occurrences index of `text`, kept for the text last asked about (an article's refiners ask many times). */
export function occurrencesIn(text: string): Occurrences {
  if (last?.text !== text) last = new Occurrences(text);
  return last;
}
