// The language of a record: franc-min's answer as an ISO 639-1 code, `und` for a text too short to
// tell, and which languages a run extracts from (`--lang`).
import fs from 'node:fs';
import path from 'node:path';
import { acceptsLanguage, languageWarning, parseLanguages } from '../../src/language/accepted-languages.js';
import { identifyLanguage, IDENTIFY_MIN_CHARS } from '../../src/language/identify.js';
import { knownLanguageCodes, recordLanguageCode } from '../../src/language/iso-639.js';

const FIXTURES = path.join(process.cwd(), 'test/fixtures/languages');
const text = (code: string) => fs.readFileSync(path.join(FIXTURES, `${code}.txt`), 'utf8');

describe('identifyLanguage', () => {
  it.each(['en', 'pt', 'ru', 'de', 'ja'])('tells a short news text in %s', (code) => {
    expect(identifyLanguage(text(code))).toBe(code);
  });

  it('says und for a Latin-script text too short to tell, and for no letters at all', () => {
    expect(identifyLanguage('Governor Gladkov said two drones were shot down.')).toBe('und');
    expect(identifyLanguage(text('pt').slice(0, IDENTIFY_MIN_CHARS - 1))).toBe('und');
    expect(identifyLanguage('')).toBe('und');
    expect(identifyLanguage('12 345 678 — 2024-10-08 '.repeat(30))).toBe('und');
  });

  it('tells another script from a sentence', () => {
    expect(identifyLanguage('Губернатор сообщил, что беспилотники сбиты над регионом.')).toBe('ru');
  });

  it('looks at the start of a long article only', () => {
    expect(identifyLanguage(text('en') + text('pt').repeat(50))).toBe('en');
  });
});

describe('the table of codes', () => {
  it('gives the ISO 639-1 code, the macrolanguage\'s for an individual language, else the ISO 639-3 code', () => {
    expect(['eng', 'por', 'rus', 'deu', 'jpn', 'swh', 'arb', 'cmn', 'pes', 'zlm', 'ceb', 'und'].map(recordLanguageCode)).toEqual([
      'en', 'pt', 'ru', 'de', 'ja', 'sw', 'ar', 'zh', 'fa', 'ms', 'ceb', 'und',
    ]);
  });

  it('agrees with the canonical form of BCP 47 (Node\'s CLDR) but where CLDR keeps the individual language', () => {
    const codes = knownLanguageCodes();
    expect(codes.length).toBeGreaterThan(70);
    const iso3 = 'spa eng por ind fra deu rus ukr arb cmn jpn kor hin swh pes uzn azj npi plt pbu zyb'.split(' ');
    for (const code of iso3) expect(recordLanguageCode(code)).toBe(Intl.getCanonicalLocales(code)[0]);
    // CLDR keeps these apart from their macrolanguage (or maps Tagalog to Filipino); ISO 639-3 maps them
    expect(['zlm', 'fuv', 'ckb', 'qug', 'koi', 'tgl'].map(recordLanguageCode)).toEqual(['ms', 'ff', 'ku', 'qu', 'kv', 'tl']);
  });
});

describe('--lang', () => {
  it('takes any, or known codes in any case, comma-separated', () => {
    expect(parseLanguages('any')).toBe('any');
    expect(parseLanguages('EN, pt,en')).toEqual(['en', 'pt']);
    expect(() => parseLanguages('xx')).toThrow(/unknown: xx/);
    expect(() => parseLanguages('')).toThrow(RangeError);
    expect(() => parseLanguages('english')).toThrow(/unknown: english/);
  });

  it('extracts the languages asked for, any language with any, and always a text too short to tell', () => {
    expect(acceptsLanguage(['en'], 'en')).toBe(true);
    expect(acceptsLanguage(['en'], 'pt')).toBe(false);
    expect(acceptsLanguage(['en', 'pt'], 'pt')).toBe(true);
    expect(acceptsLanguage('any', 'ru')).toBe(true);
    expect(acceptsLanguage(['en'], 'und')).toBe(true);
    expect(acceptsLanguage(undefined, 'ja')).toBe(true);
  });

  it('says in the warning what the article is in and how to extract it', () => {
    expect(languageWarning('pt', ['en'])).toBe('written in Portuguese (pt), not English (--lang en): no facts extracted; --lang pt or --lang any extracts them');
  });
});
