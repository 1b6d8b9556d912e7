import fc from 'fast-check';
import { quotedSpans } from '../../src/document/quotes.js';
import type { Span } from '../../src/document/span.js';

// The definition quotedSpans follows on character codes: the marks found by a regular expression.
const WORD_CHAR = /[\p{L}\p{N}]/u;
const LETTER = /^[\p{L}\p{M}]/u;
function reference(text: string): Span[] {
  const out: Span[] = [];
  const MARKS = /["“”«»„‘’\n]/g;
  let open = -1;
  let openCh = '';
  for (let m = MARKS.exec(text); m; m = MARKS.exec(text)) {
    const i = m.index;
    const c = m[0];
    if (c === '\n') {
      open = -1;
      continue;
    }
    if (open < 0) {
      if (c === '“' || c === '"' || c === '«' || c === '„' || (c === '‘' && !WORD_CHAR.test(text[i - 1] ?? ' '))) {
        open = i;
        openCh = c;
      }
    } else {
      const closes =
        (openCh === '“' && c === '”') ||
        (openCh === '„' && (c === '“' || c === '”')) ||
        (openCh === '«' && c === '»') ||
        (openCh === '"' && c === '"') ||
        (openCh === '‘' && c === '’' && !LETTER.test(text[i + 1] ?? ' '));
      if (closes) {
        out.push({ start: open, end: i + 1 });
        open = -1;
      }
    }
  }
  return out;
}

describe('quotedSpans', () => {
  it('agrees with its regular-expression definition on any text', () => {
    const alphabet = fc.constantFrom('"', '“', '”', '«', '»', '„', '‘', '’', '\n', 'a', 'É', '1', ' ', 's', '\u0301', '😀', "'");
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 40 }), (chars) => {
        const text = chars.join('');
        expect(quotedSpans(text)).toEqual(reference(text));
      }),
      { numRuns: 3000 },
    );
  });

  it('pairs double marks within a paragraph and skips apostrophes', () => {
    const text = '“He said ‘no’ and Jones’s aide left,” she said. "Open\nnot closed"';
    expect(quotedSpans(text).map((s) => text.slice(s.start, s.end))).toEqual(['“He said ‘no’ and Jones’s aide left,”']);
  });
});
