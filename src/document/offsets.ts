/**
 * Extractors work in JavaScript string indices (UTF-16 code units), which is what RegExp gives;
 * records carry Unicode code point offsets, which is what Python, jq users and most tools count.
 * This converts between the two for one text.
 */
export class CodePointIndex {
  /** cpAt[i] is the code point offset of UTF-16 index i; null when the text has no astral characters. */
  private readonly cpAt: Uint32Array | null;

  constructor(readonly text: string) {
    let astral = false;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c >= 0xd800 && c <= 0xdbff) {
        astral = true;
        break;
      }
    }
    if (!astral) {
      this.cpAt = null;
      return;
    }
    const map = new Uint32Array(text.length + 1);
    let cp = 0;
    for (let i = 0; i < text.length; i++) {
      map[i] = cp;
      const c = text.charCodeAt(i);
      const isPair = c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00;
      if (isPair) {
        map[i + 1] = cp; // the low half of a pair belongs to the same code point
        i++;
      }
      cp++;
    }
    map[text.length] = cp;
    this.cpAt = map;
  }

  /** Code point offset of a UTF-16 index (an index inside a surrogate pair rounds down). */
  toCodePoint(utf16: number): number {
    const i = Math.max(0, Math.min(utf16, this.text.length));
    return this.cpAt ? this.cpAt[i]! : i;
  }

  get codePointLength(): number {
    return this.toCodePoint(this.text.length);
  }
}

/** Slices a string by code point offsets, as the record's contract states. */
export function sliceCodePoints(text: string, start: number, end: number): string {
  return Array.from(text).slice(start, end).join('');
}
