// "Extending newsfacts: an office title" (docs/extending.md): every line of data/language/offices.txt
// drives the officials, quotes and organizations extractors, with nothing else to edit.
import { readTaggedWords, wordsTagged } from '../../src/language/word-file.js';
import { OFFICE_HEADS, TITLE_WORDS } from '../../src/language/titles.js';
import { capitalised, recordOf } from './helpers.js';

const OFFICES = readTaggedWords('offices').map((o) => o.word);
const PORTFOLIO = new Set(wordsTagged(readTaggedWords('offices'), 'portfolio'));

describe('an office in data/language/offices.txt', () => {
  test('the file is the office list', () => {
    expect(OFFICES.length).toBeGreaterThan(90);
    expect([...OFFICE_HEADS]).toEqual(OFFICES);
  });

  test.each(OFFICES)('officials: "%s" before a name makes its holder an official with that title', (office) => {
    const { officials } = recordOf(`The bridge reopened on Tuesday. ${capitalised(office)} Marina Kovalenko said the repairs were finished.`);
    const holder = officials?.find((o) => o.name === 'Marina Kovalenko');
    expect(holder?.title?.toLowerCase()).toBe(office);
  });

  test.each(OFFICES)('quotes: "%s" is stripped from the speaker\'s name', (office) => {
    expect(TITLE_WORDS.has(office)).toBe(true);
    const { quotes } = recordOf(`The bridge reopened on Tuesday. "We will rebuild every house," said ${capitalised(office)} Marina Kovalenko.`);
    expect(quotes?.map((q) => q.speaker)).toEqual(['Marina Kovalenko']);
  });

  test.each(OFFICES.filter((o) => !PORTFOLIO.has(o)))('organizations: a body\'s name ends before "%s"', (office) => {
    const { organizations } = recordOf(`The bridge reopened on Tuesday. Kharkiv Regional Council ${capitalised(office)} Marina Kovalenko said the repairs were finished.`);
    expect(organizations?.map((o) => o.name)).toContain('Kharkiv Regional Council');
  });

  test.each([...PORTFOLIO])('organizations: the words before "%s" (tagged portfolio) name a portfolio, not a body', (office) => {
    const { organizations } = recordOf(`The bridge reopened on Tuesday. Armed Forces ${capitalised(office)} Marina Kovalenko said the repairs were finished.`);
    expect(organizations?.map((o) => o.name) ?? []).not.toContain('Armed Forces');
  });
});
