import type { Parser } from '../../framework.js';
import { countCandidate, type CountCandidate } from '../candidate.js';
import { NUMBER_WORDS_PATTERN, splitNumberWords } from '../numbers.js';

/** Numbers in words: "nine", "twenty-five", "one hundred and twenty", "a dozen", "half a dozen". */
export const numberWordsParser: Parser<CountCandidate> = {
  name: 'number words',
  pattern: NUMBER_WORDS_PATTERN,
  extract(match, doc) {
    const out: CountCandidate[] = [];
    for (const n of splitNumberWords(match[0])) {
      const c = countCandidate(doc, { start: match.index + n.start, end: match.index + n.end, value: n.value, form: 'words' });
      if (c) out.push(c);
    }
    return out;
  },
};
