import type { Parser } from '../../framework.js';
import { countCandidate, insideDate, type CountCandidate } from '../candidate.js';
import { TEEN_WORDS, TENS_WORDS } from '../../../language/counting.js';
import { NUMBER_WORDS_PATTERN, splitNumberWords, type NumberSpan } from '../numbers.js';

/** "nineteen ninety-six", "twenty twenty-four", "nineteen hundred": a year read aloud, not two counts. */
function isSpokenYear(run: string, a: NumberSpan, b: NumberSpan | undefined): boolean {
  if (!b || !/^\s+$/.test(run.slice(a.end, b.start))) return false;
  const first = run.slice(a.start, a.end).toLowerCase();
  const second = run.slice(b.start, b.end).toLowerCase().split(/[\s-]+/)[0]!;
  return (TEEN_WORDS.has(first) || TENS_WORDS.has(first)) && (TEEN_WORDS.has(second) || TENS_WORDS.has(second));
}

/** Numbers in words: "nine", "twenty-five", "one hundred and twenty", "a dozen", "half a dozen". */
export const numberWordsParser: Parser<CountCandidate> = {
  name: 'number words',
  pattern: NUMBER_WORDS_PATTERN,
  extract(match, doc, ctx) {
    const out: CountCandidate[] = [];
    const numbers = splitNumberWords(match[0]);
    for (let i = 0; i < numbers.length; i++) {
      const n = numbers[i]!;
      if (isSpokenYear(match[0], n, numbers[i + 1])) {
        i++;
        continue;
      }
      const [start, end] = [match.index + n.start, match.index + n.end];
      const c = insideDate(ctx, start, end) ? null : countCandidate(doc, { start, end, value: n.value, form: 'words' });
      if (c) out.push(c);
    }
    return out;
  },
};
