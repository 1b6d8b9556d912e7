import fc from 'fast-check';
import { splitParagraphs, splitSentences } from '../../src/document/sentences.js';
import type { Span } from '../../src/document/span.js';

// The definitions splitParagraphs and splitSentences follow on character codes: the regular
// expressions they were first written with, tested one character at a time. The abbreviations are
// those the pieces below can spell (the real list holds these and more that they cannot).
const ABBREVIATIONS = new Set(['mr', 'gov', 'u.s', 'a.m', 'jan', 'no']);
const CLOSERS = new Set(['"', "'", '’', '”', '»', ')', ']']);

function trimSpan(text: string, start: number, end: number): Span {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return { start, end };
}

function referenceParagraphs(text: string): Span[] {
  const out: Span[] = [];
  for (const m of text.matchAll(/[^\r\n]+/g)) {
    const span = trimSpan(text, m.index!, m.index! + m[0].length);
    if (span.end > span.start) out.push(span);
  }
  return out;
}

function isAbbreviation(text: string, dot: number, known: Set<string>): boolean {
  let s = dot;
  while (s > 0 && /[\p{L}.]/u.test(text[s - 1]!)) s--;
  const word = text.slice(s, dot).toLowerCase();
  if (!word) return false;
  if (/^\p{L}$/u.test(word)) return true;
  if (known.has(word)) return true;
  return /^(\p{L}\.)+\p{L}$/u.test(word);
}

function referenceSentences(text: string, paragraphs: Span[], known: Set<string>): Span[] {
  const out: Span[] = [];
  for (const p of paragraphs) {
    let start = p.start;
    for (let i = p.start; i < p.end; i++) {
      const ch = text[i]!;
      if (ch !== '.' && ch !== '!' && ch !== '?' && ch !== '…') continue;
      let j = i + 1;
      while (j < p.end && (text[j] === '.' || text[j] === '!' || text[j] === '?' || CLOSERS.has(text[j]!))) j++;
      if (j >= p.end) break;
      if (!/\s/.test(text[j]!)) continue;
      let k = j;
      while (k < p.end && /\s/.test(text[k]!)) k++;
      if (k >= p.end) break;
      if (!/[\p{Lu}\p{N}"'“‘«(\[]/u.test(text[k]!)) continue;
      if (ch === '.' && isAbbreviation(text, i, known)) continue;
      out.push(trimSpan(text, start, j));
      start = k;
      i = k - 1;
    }
    if (start < p.end) out.push(trimSpan(text, start, p.end));
  }
  return out.filter((s) => s.end > s.start);
}

const pieces = fc.constantFrom(
  'a', 'Z', 'é', 'É', 'ж', 'Ж', '٣', '7', ' ', '\n', '\r', '\t', '\u00a0', '\u2009', '.', '!', '?', '…', '"', "'", '’', '”', '»', '“', '‘', '«',
  '(', ')', '[', ']', '😀', 'Mr', 'Gov', 'U.S', 'a.m', 'Jan', 'No', 'x',
);

describe('splitParagraphs and splitSentences', () => {
  it('agree with their regular-expression definitions on any text', () => {
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        const paragraphs = splitParagraphs(text);
        expect(paragraphs).toEqual(referenceParagraphs(text));
        expect(splitSentences(text, paragraphs)).toEqual(referenceSentences(text, paragraphs, ABBREVIATIONS));
      }),
      { numRuns: 3000 },
    );
  });

  it('splits after a stop before a capital, not after an abbreviation or initial', () => {
    const text = 'Gov. J. Smith met Mr. Jones at 9 a.m. Friday. “We agreed.” Then he left!\nNext line';
    expect(splitSentences(text, splitParagraphs(text)).map((s) => text.slice(s.start, s.end))).toEqual([
      'Gov. J. Smith met Mr. Jones at 9 a.m. Friday.',
      '“We agreed.”',
      'Then he left!',
      'Next line',
    ]);
  });
});
