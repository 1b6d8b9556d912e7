import type { Parser } from '../../framework.js';
import { countCandidate, insideDate, type CountCandidate } from '../candidate.js';
import { DIGITS_PATTERN, digitsValue } from '../numbers.js';

/** Numbers in digits: "9 drones", "1,200 households", "1.2 million people". */
export const digitsParser: Parser<CountCandidate> = {
  name: 'digits',
  pattern: DIGITS_PATTERN,
  extract(match, doc, ctx) {
    const end = match.index + match[0].length;
    if (insideDate(ctx, match.index, end)) return null;
    const value = digitsValue(match[0]);
    if (value === null || value <= 0) return null;
    return countCandidate(doc, { start: match.index, end, value, form: 'digits' });
  },
};
