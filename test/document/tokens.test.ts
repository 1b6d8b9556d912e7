import { fold } from '../../src/language/fold.js';
import fc from 'fast-check';
import { nextCapitalisedWord, sameLineGap, tokenIndexAt, tokenize, type Token } from '../../src/document/tokens.js';
import { Document } from '../../src/document/document.js';
import { countLetterRuns } from '../../src/document/letters.js';
import { tokenFields } from '../helpers/token-fields.js';

// The definition tokenize() follows by hand: letters with inner joiners, numbers with inner
// separators, or one other non-space character; "'s" split off a word; a lone apostrophe after a
// word ending in s is a possessive too.
const TOKEN = /[\p{L}\p{M}]+(?:[-'’][\p{L}\p{M}]+)*|\p{N}+(?:[.,:]\p{N}+)*|\S/gu;
function reference(text: string): Pick<Token, 'start' | 'end' | 'text' | 'isWord' | 'poss'>[] {
  const out: Pick<Token, 'start' | 'end' | 'text' | 'isWord' | 'poss'>[] = [];
  for (const m of text.matchAll(TOKEN)) {
    const w = m[0];
    const start = m.index!;
    const isWord = /^[\p{L}\p{M}]/u.test(w);
    if (isWord && w.length > 2 && /['’][sS]$/.test(w)) {
      out.push({ start, end: start + w.length - 2, text: w.slice(0, -2), isWord: true, poss: false });
      out.push({ start: start + w.length - 2, end: start + w.length, text: w.slice(-2), isWord: false, poss: true });
      continue;
    }
    const prev = out[out.length - 1];
    const plural =
      !isWord && (w === "'" || w === '’') && !!prev && prev.isWord && prev.end === start && /[sS]$/.test(prev.text) && !/^[\p{L}\p{M}]/u.test(text[start + 1] ?? ' ');
    out.push({ start, end: start + w.length, text: w, isWord, poss: plural });
  }
  return out;
}

const shape = (ts: Token[]) => ts.map(({ start, end, text, isWord, poss }) => ({ start, end, text, isWord, poss }));

describe('tokenize', () => {
  it('splits words, numbers, marks and possessives', () => {
    const ts = tokenize("Gov. O'Brien-Smith’s 12,300.5 drones; the Debates' rules");
    expect(ts.map((t) => t.text)).toEqual(['Gov', '.', "O'Brien-Smith", '’s', '12,300.5', 'drones', ';', 'the', 'Debates', "'", 'rules']);
    expect(ts[3]!.poss).toBe(true);
    expect(ts[9]!.poss).toBe(true);
    expect(ts[2]).toMatchObject({ cap: true, allCaps: false, lower: "o'brien-smith", isWord: true });
  });

  it('folds diacritics and marks capitals', () => {
    const [a, b, c] = tokenize('José ÉCOLE vks');
    expect(a).toMatchObject({ lower: 'jose', cap: true, allCaps: false });
    expect(b).toMatchObject({ lower: 'ecole', cap: true, allCaps: true });
    expect(c).toMatchObject({ lower: 'vks', cap: false, allCaps: false });
    expect(fold('Zürich')).toBe('zurich');
  });

  it('folds as NFKD without marks, lower-cased, on any word', () => {
    const reference = (w: string) => w.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
    const alphabet = fc.constantFrom('a', 'z', 'A', 'Z', 'é', 'É', '\u0301', 'ß', 'İ', 'Ж', '-', "'", '1', 'ﬁ');
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 12 }), (chars) => {
        const w = chars.join('');
        expect(fold(w)).toBe(reference(w));
      }),
      { numRuns: 2000 },
    );
  });

  it('treats no-break and other Unicode spaces as spaces, and astral characters whole', () => {
    expect(tokenize('a\u00a0b\u2009c').map((t) => t.text)).toEqual(['a', 'b', 'c']);
    expect(tokenize('x😀y 𝐀𝐁').map((t) => t.text)).toEqual(['x', '😀', 'y', '𝐀𝐁']);
  });

  it('agrees with the regular-expression definition on any text', () => {
    const alphabet = fc.constantFrom(...["a", 'Z', 'é', 'É', '\u0301', "'", '’', '-', '.', ',', ':', '1', '٣', ' ', '\n', '\u00a0', 's', 'S', '😀', '𝐀', '«']);
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 40 }), (chars) => {
        const text = chars.join('');
        expect(shape(tokenize(text))).toEqual(reference(text));
      }),
      { numRuns: 2000 },
    );
  });

  it('reads through its spelling what a token of eight fields held, each spelling one object', () => {
    // the fields as the tokenizer set them on each token before tokens shared a spelling
    const held = (text: string, t: Token) => {
      const w = text.slice(t.start, t.end);
      const cap = t.isWord && /^\p{Lu}/u.test(w);
      const allCaps = cap && w.length >= 2 && !/\p{Ll}/u.test(w);
      return { start: t.start, end: t.end, text: w, lower: t.poss ? "'s" : t.isWord ? fold(w) : w, isWord: t.isWord, cap, allCaps, poss: t.poss };
    };
    const alphabet = fc.constantFrom(...['a', 'Z', 'É', 'é', '\u0301', "'", '’', '-', '.', '1', ' ', 's', 'S', 'FBI', 'Ab', '😀', '𝐀']);
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 40 }), (chars) => {
        const text = chars.join('');
        const ts = tokenize(text);
        expect(ts.map(tokenFields)).toEqual(ts.map((t) => held(text, t)));
        expect(shape(ts)).toEqual(reference(text));
        const bySpelling = new Map<string, Token['spelling']>();
        for (const t of ts) {
          const key = `${t.isWord} ${t.poss} ${t.text}`;
          expect(t.spelling).toBe(bySpelling.get(key) ?? t.spelling);
          bySpelling.set(key, t.spelling);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('is made once a document and gives the words written in lower case', () => {
    const doc = new Document('The Governor met the governor of Kursk.');
    expect(doc.tokens).toBe(doc.tokens);
    expect(doc.tokens).toEqual(tokenize(doc.text));
    const lower = doc.lowerWords;
    expect(doc.lowerWords).toBe(lower);
    expect(lower.has('governor')).toBe(true);
    expect(lower.has('kursk')).toBe(false);
  });

  it('gives each text its own array, after a text of any length', () => {
    const a = tokenize('One two');
    const long = tokenize('x '.repeat(70_000));
    const b = tokenize('One two');
    expect(long).toHaveLength(70_000);
    expect(b).not.toBe(a);
    expect(b).toEqual(a);
    expect(b).toHaveLength(2);
    expect(tokenize('')).toEqual([]);
  });

  it('tokenizes a long run of capitalised words', () => {
    const text = 'Ivan '.repeat(40_000);
    expect(tokenize(text)).toHaveLength(40_000);
  });
});

describe('tokenIndexAt', () => {
  it('finds the tokens of a window by binary search', () => {
    const text = 'The governor said: "Nine drones were downed."';
    const ts = tokenize(text);
    const from = tokenIndexAt(ts, text.indexOf('Nine'));
    const to = tokenIndexAt(ts, text.indexOf('were'));
    expect(ts.slice(from, to).map((t) => t.text)).toEqual(['Nine', 'drones']);
    expect(ts[tokenIndexAt(ts, text.indexOf('overnor'))]!.text).toBe('governor');
    expect(tokenIndexAt(ts, text.length)).toBe(ts.length);
  });
});

describe('nextCapitalisedWord and sameLineGap', () => {
  const text = 'the Kursk region, said\nGovernor  Khinshtein';
  const tokens = tokenize(text);
  const at = (word: string) => tokens.findIndex((t) => t.text === word);

  it('finds the next capitalised word from a token on', () => {
    expect(nextCapitalisedWord(tokens, 0)).toBe(at('Kursk'));
    expect(nextCapitalisedWord(tokens, at('Kursk'))).toBe(at('Kursk'));
    expect(nextCapitalisedWord(tokens, at('Kursk') + 1)).toBe(at('Governor'));
    expect(nextCapitalisedWord(tokens, at('Khinshtein') + 1)).toBe(tokens.length);
  });

  it('tells two tokens on one line from two across a line break', () => {
    expect(sameLineGap(text, tokens[at('Governor')]!, tokens[at('Khinshtein')]!)).toBe(true);
    expect(sameLineGap(text, tokens[at('said')]!, tokens[at('Governor')]!)).toBe(false);
  });
});

describe('countLetterRuns', () => {
  it('counts runs of letters as /\\p{L}+/ does, with those opening in upper case', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('a', 'B', 'é', 'Ж', 'ж', ' ', '-', '1', '\u0301'), { maxLength: 30 }), fc.integer({ min: 1, max: 5 }), (chars, min) => {
        const text = chars.join('');
        const runs = (text.match(/\p{L}+/gu) ?? []).filter((w) => w.length >= min);
        expect(countLetterRuns(text, 0, text.length, min)).toEqual({ runs: runs.length, upper: runs.filter((w) => /^\p{Lu}/u.test(w)).length });
      }),
    );
  });
});
