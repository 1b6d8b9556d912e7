import fc from 'fast-check';
import { extractRecord } from '../../src/pipeline.js';
import { htmlToArticle } from '../../src/article/html.js';
import { ndjsonLineInput } from '../../src/sources/ndjson.js';
import { InputError } from '../../src/errors.js';
import { ITEM_KINDS } from '../../src/record/types.js';
import { badSpans, schemaErrors } from '../helpers/invariants.js';

// Enough cases to find real bugs, few enough for CI's time limit (each case is one small article).
const RUNS = Number(process.env.NEWSFACTS_PROPERTY_RUNS ?? 1000);

// Words and marks that wake every extractor up, so random articles exercise their code paths
// rather than bouncing off random characters.
const NEWSY = [
  'Governor', 'Gov.', 'Mayor', 'President', 'Minister', 'Lt. Gen.', 'the governor', 'he', 'she', 'said', 'added', 'wrote',
  'told', 'according to', 'Vasily', 'Jane', 'Roe', 'Anokhin', 'Kharkiv', 'Oblast', 'Region', 'region', 'regions', 'the',
  'of', 'in', 'and', ',', '.', ':', ';', '“', '”', '‘', '’', '"', "'", '«', '»', '„', '(', ')', '—', '-', '\n', '\n\n',
  'October', 'Oct.', '8', '2025', '10/08/2025', '2:00', '5:00 pm', 'between', 'overnight', 'yesterday', 'Monday',
  'five', 'twenty-five', '1,200', 'a dozen', 'at least', 'drones', 'UAVs', 'Ministry of Defense', 'VKS', 'S-400',
  '(AFU)', 'Armed Forces of Ukraine', 'Russia', 'Ukraine', 'Georgia', 'Kyiv', 'Kiev', '%', '$', '😀', '𝒳', 'é', 'e\u0301',
  '\u200b', '\u200f', 'مرحبا', 'שלום', '\u0000', '\r\n', '\t',
];
const newsyText = fc.array(fc.oneof(fc.constantFrom(...NEWSY), fc.string({ maxLength: 6 })), { maxLength: 80 }).chain((parts) =>
  fc.array(fc.constantFrom(' ', '', '  ', '\n'), { minLength: parts.length, maxLength: parts.length }).map((seps) => parts.map((p, i) => p + seps[i]).join('')),
);
const unicodeText = fc.string({ unit: 'binary', maxLength: 300 });
const graphemeText = fc.string({ unit: 'grapheme', maxLength: 300 });

function checkArticle(text: string): void {
  const article = { id: 'p', source: { kind: 'stdin' as const }, text, published: '2025-10-09' };
  const record = extractRecord(article, { types: ITEM_KINDS, includeText: true });
  expect(schemaErrors(record)).toEqual([]);
  expect(badSpans(record, text)).toEqual([]);
  // Deterministic: the same input gives the same record.
  expect(JSON.stringify(extractRecord(article, { types: ITEM_KINDS, includeText: true }))).toBe(JSON.stringify(record));
}

describe('extraction never throws, and every offset slices to its text', () => {
  it('on news-like random articles', () => {
    fc.assert(fc.property(newsyText, checkArticle), { numRuns: RUNS });
  });

  it('on random Unicode: astral characters, surrogates, combining marks, RTL, zero-width', () => {
    fc.assert(fc.property(unicodeText, checkArticle), { numRuns: RUNS });
  });

  it('on random grapheme clusters', () => {
    fc.assert(fc.property(graphemeText, checkArticle), { numRuns: RUNS });
  });
});

const tag = fc.constantFrom('p', 'div', 'article', 'main', 'nav', 'script', 'style', 'span', 'h1', 'header', 'footer', 'aside', 'time', 'a', 'br', 'meta', 'table', 'td');
type Html = string;
const htmlTree: fc.Arbitrary<Html> = fc.letrec<{ node: Html }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    newsyText,
    fc.tuple(tag, fc.array(tie('node'), { maxLength: 4 }), fc.constantFrom('', ' class="content"', ' id="article"', ' datetime="2025-10-08"', ' onclick="alert(1)"')).map(
      ([t, kids, attr]) => `<${t}${attr}>${kids.join('')}</${t}>`,
    ),
  ),
})).node;

describe('HTML never throws anything but an InputError', () => {
  it('on random trees of tags, text and broken markup', () => {
    fc.assert(
      fc.property(fc.oneof(htmlTree, fc.string({ maxLength: 200 }), htmlTree.map((h) => h.slice(0, Math.floor(h.length / 2)))), (html) => {
        try {
          const page = htmlToArticle(`<html><head><title>T</title></head><body>${html}</body></html>`, { url: 'https://example.org/a' });
          expect(typeof page.text).toBe('string');
          checkArticle(page.text);
        } catch (err) {
          expect(err).toBeInstanceOf(InputError);
        }
      }),
      { numRuns: RUNS },
    );
  });
});

describe('NDJSON lines', () => {
  it('any line gives an input whose read resolves to content or rejects with an InputError', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.string(), fc.json(), fc.record({ id: fc.oneof(fc.string(), fc.integer()), text: fc.string(), html: fc.string() }).map((o) => JSON.stringify(o))), async (line) => {
        const item = ndjsonLineInput(line, 1, { maxBytes: 1e6 });
        expect(typeof item.id).toBe('string');
        try {
          const raw = await item.read();
          expect(typeof raw.content).toBe('string');
          expect(raw.content.length).toBeGreaterThan(0);
        } catch (err) {
          expect(err).toBeInstanceOf(InputError);
        }
      }),
      { numRuns: RUNS },
    );
  });
});
