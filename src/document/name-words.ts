// Names as the text spells them: where one may start, and where each of its words ends. The
// gazetteer-name parser of regions asks at every capitalised word; the scans read character codes
// for ASCII text, with the regexes that define them as the path for anything else (a match array
// a word cost more than the rest of its work; docs/text-layer.md).
import { isUpperCode } from './letters.js';

/** Where a name may start: a capital letter that does not continue a word, number, "O'", "U.S." or "-". */
export const NAME_START = /(?<![\p{L}\p{M}\p{N}'’.-])\p{Lu}/gu;
const NAME_START_AT = new RegExp(NAME_START.source, 'uy');

/**
 * A word as names are spelled: letters with inner hyphens, apostrophes (not a possessive 's)
 * and the dots of an acronym (U.S.). Each repetition needs its separator, so no backtracking.
 */
export const NAME_WORD = /[\p{L}\p{M}\p{N}]+(?:(?:['’](?![sS](?![\p{L}\p{M}]))|[-.])[\p{L}\p{M}\p{N}]+)*/uy;

const RIGHT_QUOTE = 0x2019;

const isAsciiLetter = (c: number) => (c | 32) >= 97 && (c | 32) <= 122;
const isAsciiAlnum = (c: number) => isAsciiLetter(c) || (c >= 48 && c <= 57);

/** Where NAME_START next matches at or after `from`, or -1. */
export function nextNameStart(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 128) {
      if (c < 65 || c > 90) continue;
      const p = i > 0 ? text.charCodeAt(i - 1) : 32;
      if (p < 128) {
        if (!isAsciiAlnum(p) && p !== 39 && p !== 45 && p !== 46) return i;
        continue;
      }
      // after a character past ASCII: the regex decides
    } else if ((c & 0xfc00) === 0xdc00) {
      continue; // a trail surrogate: inside a pair or alone, never a capital
    } else if ((c & 0xfc00) !== 0xd800 && !isUpperCode(c)) {
      continue;
    }
    NAME_START_AT.lastIndex = i;
    if (NAME_START_AT.test(text)) return i;
  }
  return -1;
}

/** Where the NAME_WORD at `at` ends, or -1 when none starts there. */
export function nameWordEnd(text: string, at: number): number {
  let c = codeAt(text, at);
  if (c >= 128) return nameWordEndByRegex(text, at);
  if (!isAsciiAlnum(c)) return -1;
  let i = at + 1;
  for (;;) {
    c = codeAt(text, i);
    if (isAsciiAlnum(c)) {
      i++;
      continue;
    }
    if (c === 39 || c === RIGHT_QUOTE) {
      // a possessive 's ends the word
      const s = codeAt(text, i + 1);
      if (s === 115 || s === 83) {
        const after = codeAt(text, i + 2);
        if (after >= 128) return nameWordEndByRegex(text, at);
        if (!isAsciiLetter(after)) return i;
      }
    } else if (c !== 45 && c !== 46) {
      return c >= 128 ? nameWordEndByRegex(text, at) : i;
    }
    // a separator joins only when a letter or digit follows
    const next = codeAt(text, i + 1);
    if (next >= 128) return nameWordEndByRegex(text, at);
    if (!isAsciiAlnum(next)) return i;
    i += 2;
  }
}

/** The code unit at i, or -1 past the end (a read past the end, NaN, would throw optimised code away). */
function codeAt(text: string, i: number): number {
  return i < text.length ? text.charCodeAt(i) : -1;
}

function nameWordEndByRegex(text: string, at: number): number {
  NAME_WORD.lastIndex = at;
  return NAME_WORD.test(text) ? NAME_WORD.lastIndex : -1;
}
