import { STOP_WORDS } from '../../src/language/counting.js';
import { FUNCTION_WORDS, POSSESSIVES, SUBJECT_PRONOUNS } from '../../src/language/function-words.js';
import { NON_NAME_WORDS } from '../../src/language/non-names.js';
import { NOT_NAMES } from '../../src/language/quoting.js';

describe('function words (src/language/function-words.ts)', () => {
  test('the groups hold the words that open clauses', () => {
    expect(SUBJECT_PRONOUNS).toEqual(expect.arrayContaining(['he', 'she', 'they']));
    expect(POSSESSIVES).toContain('its');
    expect(new Set(FUNCTION_WORDS).size).toBe(FUNCTION_WORDS.length);
  });

  test.each([
    ['quotes\' NOT_NAMES', NOT_NAMES],
    ['officials\' NON_NAME_WORDS', NON_NAME_WORDS],
    ['counts\' STOP_WORDS', STOP_WORDS],
  ] as const)('%s hold every function word', (_name, list) => {
    for (const w of FUNCTION_WORDS) expect(list.has(w)).toBe(true);
  });
});
