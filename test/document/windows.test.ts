import fc from 'fast-check';
import { sentenceStartIn, tokensAfter, tokensBefore, windowTokens } from '../../src/document/windows.js';
import { fold } from '../../src/language/fold.js';
import type { Token } from '../../src/document/tokens.js';
import { tokenFields } from '../helpers/token-fields.js';

// The definition the scanner follows by hand on character codes: window words by regular expression.
const WORD = /[\p{L}\p{N}][\p{L}\p{N}\p{M}]*(?:['’\-.][\p{L}\p{N}][\p{L}\p{N}\p{M}]*)*/u;
const KEEP_DOT = new Set(['mr', 'mrs', 'ms', 'dr', 'sen', 'rep', 'gov', 'gen', 'lt', 'col', 'capt', 'sgt', 'adm', 'prof', 'rev', 'st', 'jr',
  'sr', 'hon', 'maj', 'cmdr', 'pres', 'sec', 'dep', 'atty', 'supt', 'insp', 'det', 'brig', 'cpl', 'pvt', 'mt', 'ft']);

interface Bounds {
  text: string;
  start: number;
  end: number;
  isWord: boolean;
}

function keepsDot(word: string): boolean {
  return KEEP_DOT.has(word.toLowerCase()) || /^\p{Lu}$/u.test(word) || word.includes('.') || /^[RDI]-\p{Lu}\p{Ll}{1,4}$/u.test(word);
}

/** The tokens of text[from, to) by the definition; with `dots`, an abbreviation's or initial's dot stays with its word. */
function reference(text: string, from: number, to: number, dots: boolean, max = Infinity): Bounds[] {
  const start = Math.max(0, from);
  const slice = text.slice(start, Math.max(start, Math.min(to, text.length)));
  const token = new RegExp(`\\s*(?:(?<word>${WORD.source}${dots ? '\\.?' : ''})|(?<other>\\S))`, 'uy');
  const out: Bounds[] = [];
  for (let m = token.exec(slice); m && out.length < max; m = token.exec(slice)) {
    const word = m.groups!['word'];
    const t = word ?? m.groups!['other']!;
    const s = start + token.lastIndex - t.length;
    if (word !== undefined && word.length > 1 && word.endsWith('.') && !keepsDot(word.slice(0, -1))) {
      out.push({ text: word.slice(0, -1), start: s, end: s + word.length - 1, isWord: true });
      out.push({ text: '.', start: s + word.length - 1, end: s + word.length, isWord: false });
    } else out.push({ text: t, start: s, end: s + t.length, isWord: word !== undefined });
  }
  return out;
}

const alnum = (ch: string | undefined) => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);

function referenceAfter(text: string, from: number, limit: number, max: number): Bounds[] {
  const end = Math.min(limit, from + 96);
  const out = reference(text, from, end, false, max);
  const last = out[out.length - 1];
  if (last && last.end === end && end < limit && alnum(text[end])) out.pop();
  return out;
}

function referenceBefore(text: string, to: number, limit: number, max: number): Bounds[] {
  const from = Math.max(limit, to - 48);
  const all = referenceAfter(text, from, to, 64);
  if (from > limit && all.length && alnum(text[from - 1]) && all[0]!.start === from) all.shift();
  return all.slice(-max).reverse();
}

const bounds = (tokens: Token[]): Bounds[] => tokens.map((t) => ({ text: t.text, start: t.start, end: t.end, isWord: t.isWord }));

// Letters (Latin, accented, Cyrillic, CJK, one that lower-cases longer), marks, joiners, dots,
// digits (ASCII, Arabic-Indic, a fraction), spaces (incl. no-break), punctuation, a symbol with a
// case mapping (Ⓐ), astral letters, digits and symbols, a lone surrogate; and whole words for the
// abbreviation rules.
const PIECES = [
  'a', 'Z', 'é', 'É', 'ж', 'Ж', '中', 'İ', 'ß', '\u0301', '\u0903', "'", '’', '-', '.', '.', ',', '1', '9', '٣', '½', ' ', ' ', '\n',
  '\u00a0', '\u2009', '$', '(', ':', '!', '?', 'Ⓐ', '😀', '𝐀', '𝟏', '\ud83d',
  'Mr', 'MRS', 'Gen', 'Capt', 'R-Ky', 'D-Calif', 'I-Vtxyz', 'U.S', 'J', 'Sen.', 'said',
];
const BMP_PIECES = PIECES.filter((p) => !/[\ud800-\udfff]/.test(p));
/** Words on either side of every abbreviation rule, often before a dot. */
const ABBREVIATION_PIECES = [
  ' ', ' ', ' ', '.', '.', '.', '(', ',', 'Capt', 'capt', 'CAPT', 'Mr', 'Mrs', 'Mz', 'R-Ky', 'R-KY', 'X-Ky', 'D-Calif', 'I-Vtxyz',
  'I-Vtxyzw', 'D-É', 'J', 'j', 'É', '1', 'U.S', 'Sen', 'said', 'Inc', '𝐀',
];
const texts = (pieces: string[], maxLength = 120) => fc.array(fc.constantFrom(...pieces), { maxLength }).map((cs) => cs.join(''));
/** A text and two bounds in it or just past its end. */
const windows = (pieces: string[], maxLength?: number) =>
  texts(pieces, maxLength).chain((t) => fc.tuple(fc.constant(t), fc.integer({ min: 0, max: t.length + 2 }), fc.integer({ min: 0, max: t.length + 2 })));

describe('windowTokens: the words of a speech-tag window', () => {
  it('splits a final dot off a word unless it is an abbreviation or an initial', () => {
    const t = 'Rep. Gwen Moore (D-Wis.) told J. Smith of the U.S. Army. Done.';
    expect(windowTokens(t, 0, t.length).map((x) => x.text)).toEqual([
      'Rep.', 'Gwen', 'Moore', '(', 'D-Wis.', ')', 'told', 'J.', 'Smith', 'of', 'the', 'U.S.', 'Army', '.', 'Done', '.',
    ]);
    expect(windowTokens(t, 5, 11).map(tokenFields)).toEqual([
      { start: 5, end: 9, text: 'Gwen', lower: 'gwen', isWord: true, cap: true, allCaps: false, poss: false },
      { start: 10, end: 11, text: 'M', lower: 'm', isWord: true, cap: true, allCaps: false, poss: false },
    ]);
  });

  it('keeps a combining mark in its word, as the words around a number do', () => {
    const t = '“We will win,” said Federico de Jesu\u0301s.';
    expect(windowTokens(t, t.indexOf('said'), t.length).map((x) => x.text)).toEqual(['said', 'Federico', 'de', 'Jesu\u0301s', '.']);
  });

  it.each([
    ['any text', PIECES],
    ['text the scanner reads itself (no astral characters)', BMP_PIECES],
    ['abbreviations, initials and party-state tags before a dot', ABBREVIATION_PIECES],
  ])('agrees with the definition on %s', (_name, pieces) => {
    fc.assert(
      fc.property(windows(pieces), ([t, from, to]) => {
        expect(bounds(windowTokens(t, from, to))).toEqual(reference(t, from, to, true));
      }),
      { numRuns: 3000 },
    );
  });

  it('gives tokens whose offsets slice to their text, folded and capitalised as the document tokens are', () => {
    fc.assert(
      fc.property(windows(PIECES), ([t, from, to]) => {
        for (const tok of windowTokens(t, from, to)) {
          expect(t.slice(tok.start, tok.end)).toBe(tok.text);
          expect(tok.lower).toBe(tok.isWord ? fold(tok.text) : tok.text.toLowerCase());
          expect(tok.cap).toBe(tok.isWord && /^\p{Lu}/u.test(tok.text));
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('starts the last sentence of a window after its last sentence end', () => {
    const t = 'Mr. Smith of the U.S. Army left. Why? He said: ';
    expect(sentenceStartIn(t, 0, t.length)).toBe(t.indexOf(' He'));
    expect(sentenceStartIn(t, 0, t.indexOf('Why'))).toBe(t.indexOf(' Why'));
    expect(sentenceStartIn(t, 0, 20)).toBe(0);
  });

  it('gives the tokens of the window after its last sentence end', () => {
    fc.assert(
      fc.property(windows(PIECES.concat(ABBREVIATION_PIECES)), ([t, from, to]) => {
        const tokens = reference(t, from, to, true);
        let s = tokens.length;
        while (s > 0 && !/^[.!?]$/.test(tokens[s - 1]!.text)) s--;
        const start = sentenceStartIn(t, from, to);
        expect(start).toBe(s > 0 ? tokens[s - 1]!.end : from);
        expect(bounds(windowTokens(t, start, to))).toEqual(tokens.slice(s));
      }),
      { numRuns: 3000 },
    );
  });
});

describe('tokensAfter and tokensBefore: the words on either side of a number', () => {
  it('reads words with marks, joiners and digits, and a dot on its own', () => {
    const t = 'shot down 37 Su-34s, the U.S. drone-launched Café\u0301 crew ($5m).';
    expect(tokensAfter(t, 10, t.length, 14).map((x) => x.text)).toEqual(['37', 'Su-34s', ',', 'the', 'U.S', '.', 'drone-launched', 'Café\u0301', 'crew', '(', '$', '5m', ')', '.']);
    expect(tokensBefore(t, 10, 0, 3).map((x) => x.lower)).toEqual(['down', 'shot']);
  });

  const windowWithMax = (pieces: string[], maxLength?: number) =>
    windows(pieces, maxLength).chain(([t, a, b]) => fc.tuple(fc.constant(t), fc.constant(a), fc.constant(b), fc.integer({ min: 0, max: 100 })));

  it.each([
    ['any text', PIECES, 140],
    ['long windows of BMP text, where the window cuts words', BMP_PIECES.slice(0, 26), 300],
  ])('agree with the definition on %s', (_name, pieces, maxLength) => {
    fc.assert(
      fc.property(windowWithMax(pieces, maxLength), ([t, a, b, max]) => {
        expect(bounds(tokensAfter(t, a, b, max))).toEqual(referenceAfter(t, a, b, max));
        expect(bounds(tokensBefore(t, a, b, max))).toEqual(referenceBefore(t, a, b, max));
      }),
      { numRuns: 3000 },
    );
  });
});
