import fc from 'fast-check';
import { decodeBytes } from '../../src/sources/decode.js';
import { htmlToArticle } from '../../src/article/html.js';
import { InputError } from '../../src/errors.js';

const TAGS = ['<p>', '</p>', '<div class="share">', '</div>', '<script>', '</script>', '<!--', '-->', '<br>', '<article>', '</article>', '<a href="/x">', '</a>', '<meta property="article:published_time" content="2099-01-01">', '<time datetime="2020-02-30">', '<ul><li>', '</li></ul>', '<svg>', '<h1>', '</h1>'];
const WORDS = ['The', 'governor', 'said', 'drones', 'were', 'shot', 'down', 'over', 'the', 'region', 'on', 'Monday', '.', '"', '&amp;', '\u00a0', '\n'];

describe('htmlToArticle never crashes', () => {
  it('returns an article or throws NO_CONTENT for any soup of tags and words', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...TAGS, ...WORDS), { maxLength: 300 }), (parts) => {
        try {
          const a = htmlToArticle(parts.join(' '), { now: new Date('2024-01-01T00:00:00Z') });
          expect(typeof a.text).toBe('string');
          expect(a.text).not.toMatch(/<script|<\/?p>/);
          if (a.published) expect(a.published < '2024-01-02').toBe(true);
        } catch (err) {
          expect(err).toBeInstanceOf(InputError);
          expect((err as InputError).code).toBe('NO_CONTENT');
        }
      }),
      { numRuns: 60 },
    );
  });

  it('handles arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 500 }), (s) => {
        try {
          htmlToArticle(s);
        } catch (err) {
          expect((err as InputError).code).toBe('NO_CONTENT');
        }
      }),
      { numRuns: 60 },
    );
  });
});

describe('decodeBytes never throws', () => {
  it('decodes any bytes with any declared charset', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), fc.constantFrom(undefined, 'text/html', 'text/html; charset=utf-8', 'text/html; charset=bogus', 'text/html; charset=utf-16'), (bytes, contentType) => {
        const d = decodeBytes(bytes, { html: true, ...(contentType ? { contentType } : {}) });
        expect(typeof d.text).toBe('string');
        expect(d.encoding).toBeTruthy();
      }),
      { numRuns: 150 },
    );
  });
});
