// Patterns tried only around the words they cannot match without (DateParser.anchor): the places
// a match may start, a few words before each anchor, are tried in text order with the pattern made
// sticky, which finds there what the pattern run over the whole text finds.
import type { Document } from '../../document/document.js';
import type { Anchor } from './candidate.js';

/** What `\s` matches in a pattern: the ASCII spaces, and the rest of Unicode's by the pattern itself. */
const SPACE = /\s/;
const isSpace = (text: string, i: number): boolean => {
  const c = text.charCodeAt(i);
  return c === 32 || (c >= 9 && c <= 13) || (c >= 128 && SPACE.test(text[i]!));
};

/** What `\w` matches: ASCII letters, digits and the underscore. */
const isWordChar = (text: string, i: number): boolean => {
  const c = text.charCodeAt(i);
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
};
/** Where a word starts: a `\w` character with none before it. */
const startsWord = (text: string, i: number): boolean => isWordChar(text, i) && (i === 0 || !isWordChar(text, i - 1));

/** Where `reach` runs of non-space characters (with the spaces after each) begin before `at`. */
export function wordsBefore(text: string, at: number, reach: number): number {
  let p = at;
  for (let k = 0; k < reach; k++) {
    while (p > 0 && isSpace(text, p - 1)) p--;
    while (p > 0 && !isSpace(text, p - 1)) p--;
  }
  return p;
}

/** Where each anchor starts in the text, every start (an anchor may begin inside another). */
function anchorStarts(text: string, pattern: RegExp): number[] {
  const starts: number[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    starts.push(m.index);
    pattern.lastIndex = m.index + 1;
  }
  return starts;
}

/** The anchors of one document, each pattern's read once however many parsers share it. */
export class AnchorIndex {
  private readonly starts = new Map<RegExp, number[]>();

  constructor(readonly doc: Document) {}

  startsOf(pattern: RegExp): number[] {
    let starts = this.starts.get(pattern);
    if (!starts) this.starts.set(pattern, (starts = anchorStarts(this.doc.text, pattern)));
    return starts;
  }
}

/**
 * The matches that `sticky` (the parser's pattern with the `y` flag instead of `g`) finds, as the
 * global pattern run over the whole text would: each at the first place from the end of the last
 * where the pattern matches. A match starts at most `anchor.reach` words before the first anchor at
 * or after its start, and where a word starts, so the places tried are those before each anchor,
 * in order, each once.
 */
export function anchoredMatches(sticky: RegExp, anchor: Anchor, anchors: AnchorIndex): RegExpExecArray[] {
  const text = anchors.doc.text;
  const out: RegExpExecArray[] = [];
  // the first place not yet tried, and not inside the last match
  let next = 0;
  for (const at of anchors.startsOf(anchor.pattern)) {
    for (let s = Math.max(next, wordsBefore(text, at, anchor.reach)); s <= at; s++) {
      if (!startsWord(text, s)) continue;
      sticky.lastIndex = s;
      const m = sticky.exec(text);
      next = s + 1;
      if (!m) continue;
      out.push(m);
      next = s + Math.max(m[0].length, 1);
      break;
    }
  }
  return out;
}
