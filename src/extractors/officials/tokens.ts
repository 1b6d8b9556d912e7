import type { Span } from '../../document/span.js';
import { fold } from './lexicon/firstNames.js';

/**
 * One word or punctuation mark. Possessive endings ("Clinton's") are split off as their own
 * token so that the name's span holds the name alone; a full stop is always its own token.
 */
export interface Token extends Span {
  text: string;
  /** Lower case, diacritics removed. */
  lower: string;
  isWord: boolean;
  /** Starts with an upper-case letter. */
  cap: boolean;
  /** Two or more letters, all upper case: "VKS", "FBI". */
  allCaps: boolean;
  /** A possessive ending: "'s", "’s" or a lone apostrophe after a plural. */
  poss: boolean;
}

// Letters with inner hyphens or apostrophes ("Syniehubov", "O'Brien", "Vozdushno-Korablevoy"), a possessive
// ending, numbers, or one other non-space character. Each alternative starts on a distinct class and the
// inner repetition must consume a joiner first, so the scan stays linear.
const TOKEN = /[\p{L}\p{M}]+(?:[-'’][\p{L}\p{M}]+)*|\p{N}+(?:[.,:]\p{N}+)*|\S/gu;

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    const start = m.index;
    let w = m[0];
    const isWord = /^[\p{L}\p{M}]/u.test(w);
    if (isWord && w.length > 2 && /['’][sS]$/.test(w)) {
      w = w.slice(0, -2);
      out.push(word(w, start));
      out.push(possessive(text.slice(start + w.length, start + w.length + 2), start + w.length));
      continue;
    }
    if (isWord) out.push(word(w, start));
    else if ((w === "'" || w === '’') && out.length && out[out.length - 1]!.isWord && out[out.length - 1]!.end === start
      && /s$/i.test(out[out.length - 1]!.text) && !/^[\p{L}]/u.test(text[start + 1] ?? '')) {
      out.push(possessive(w, start));
    } else {
      out.push({ start, end: start + w.length, text: w, lower: w.toLowerCase(), isWord: false, cap: false, allCaps: false, poss: false });
    }
  }
  return out;
}

function word(w: string, start: number): Token {
  const cap = /^\p{Lu}/u.test(w);
  return {
    start,
    end: start + w.length,
    text: w,
    lower: fold(w),
    isWord: true,
    cap,
    allCaps: cap && w.length >= 2 && !/\p{Ll}/u.test(w),
    poss: false,
  };
}

function possessive(w: string, start: number): Token {
  return { start, end: start + w.length, text: w, lower: "'s", isWord: false, cap: false, allCaps: false, poss: true };
}

/** True when only spaces or tabs (no line break) separate two tokens. */
export function sameLineGap(text: string, a: Span, b: Span): boolean {
  for (let i = a.end; i < b.start; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 160) return false;
  }
  return true;
}

/**
 * The spans of text inside quotation marks, so that a pronoun or a name inside a quote is not
 * taken for the person the narrative speaks of. Double marks pair within a paragraph; a single
 * opening mark pairs with the next closing one that is not an apostrophe inside a word.
 */
export function quotedSpans(text: string): Span[] {
  const out: Span[] = [];
  let open = -1;
  let openCh = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '\n') {
      open = -1;
      continue;
    }
    if (open < 0) {
      if (c === '“' || c === '"' || c === '«' || c === '„') {
        open = i;
        openCh = c;
      } else if (c === '‘' && !/[\p{L}\p{N}]/u.test(text[i - 1] ?? ' ')) {
        open = i;
        openCh = c;
      }
    } else {
      const closes =
        (openCh === '“' && c === '”') ||
        (openCh === '„' && (c === '“' || c === '”')) ||
        (openCh === '«' && c === '»') ||
        (openCh === '"' && c === '"') ||
        (openCh === '‘' && c === '’' && !/[\p{L}]/u.test(text[i + 1] ?? ' '));
      if (closes) {
        out.push({ start: open, end: i + 1 });
        open = -1;
      }
    }
  }
  return out;
}

export function insideAny(spans: readonly Span[], pos: number): boolean {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = spans[mid]!;
    if (pos < s.start) hi = mid - 1;
    else if (pos >= s.end) lo = mid + 1;
    else return true;
  }
  return false;
}
