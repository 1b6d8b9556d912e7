import type { Parser } from '../../framework.js';
import { countCandidate, insideDate, type CountCandidate } from '../candidate.js';

/**
 * "a pair of drones" is two. "a couple of" and "dozens of", "hundreds of" are left out on purpose:
 * they give no number an analyst could put in a table.
 */
export const pairParser: Parser<CountCandidate> = {
  name: 'a pair of',
  // the letter before is looked at once the phrase is found (a look-behind that opens a pattern is tried at every position)
  pattern: /(?<pair>a\s+pair\s+of)(?<![\p{L}\p{N}]\k<pair>)(?![\p{L}\p{N}])/giu,
  extract(match, doc, ctx) {
    const end = match.index + match[0].length;
    return insideDate(ctx, match.index, end) ? null : countCandidate(doc, { start: match.index, end, value: 2, form: 'words' });
  },
};
