// Lengths of time: "three days" (P3D), "24 hours" (PT24H), "a decade" (P10Y), "several weeks" (PXW).
import { candidateAt, leftContext, textAfter, type Candidate, type DateParser } from '../candidate.js';
import { COUNT_RE, countValue } from '../../../language/calendar.js';
import { MODAL_BEFORE } from '../tense.js';

type P = DateParser;

const UNIT_CODE: Record<string, [string, number]> = {
  second: ['S', 1], minute: ['M', 1], hour: ['H', 1], day: ['D', 1], week: ['W', 1], month: ['M', 1], year: ['Y', 1],
  quarter: ['M', 3], decade: ['Y', 10], century: ['Y', 100],
};

const COUNT_LEFT = new RegExp(
  `(?:\\b(?:nearly|almost|about|around|some|more than|less than|over|roughly|at least|up to|another|the (?:past|last|next|first|previous|coming))\\s+)?\\b(?<count>${COUNT_RE})$`,
  'i',
);

/** After "a second", a word that the time span cannot take: a noun or adjective it qualifies. */
const ORDINAL_SECOND_FOLLOWS = /^,?\s+(?!(?:later|ago|earlier|before|after|or|and|of|in|to|too|longer|more|less|then|when|that|the|a|for|on|at|is|was|he|she|they|we|it)\b)\p{L}/iu;

/** Characters after "a second" read for the word it qualifies. */
const ORDINAL_SECOND_WINDOW = 30;

/** Characters before "one day" read for its modal. */
const MODAL_WINDOW = 8;

/** Found by its unit word, the rarer part, then the count before it is read leftwards. */
const duration: P = {
  name: 'duration',
  pattern: /[- ](?<unit>seconds?|minutes?|hours?|days?|weeks?|months?|quarters|years?|decades?|century|centuries)\b(?![- ](?:old|ago|earlier|later)\b)/dgi,
  extract(m) {
    const left = leftContext(m.input, m.index, COUNT_LEFT);
    if (!left) return null;
    const count = left.groups!.count!;
    const unitWord = m.groups!.unit!.toLowerCase().replace(/ies$/, 'y').replace(/s$/, '');
    // "three quarters of the vote" is a fraction: quarters count time only as "the past/next N quarters".
    if (unitWord === 'quarter' && !/^the (?:past|last|next|coming|previous)\s/i.test(left[0])) return null;
    // "a second attack", "a second time": the ordinal, not a length of time.
    if (m.groups!.unit!.toLowerCase() === 'second' && ORDINAL_SECOND_FOLLOWS.test(textAfter(m, ORDINAL_SECOND_WINDOW))) return null;
    const [code, mult] = UNIT_CODE[unitWord] ?? ['D', 1];
    const n = countValue(count);
    const timeUnit = /^(?:second|minute|hour)$/.test(unitWord);
    const amount = n == null ? 'X' : String(n * mult);
    if (/^(?:some|many)$/i.test(count)) return null; // "some days" is vague and rarely a span
    // "Islam will one day be …", "could one day replace": someday, not a length of time
    if (unitWord === 'day' && /^one$/i.test(left[0]) && MODAL_BEFORE.test(m.input.slice(Math.max(0, m.index - left[0].length - MODAL_WINDOW), m.index - left[0].length))) {
      return candidateAt(m.index - left[0].length, m.index + m[0].length, 'duration', { literal: { value: 'FUTURE_REF', type: 'date' } });
    }
    // "the last few months", "the next several years": no length, only a side of now.
    const side = /^the (?<side>past|last|previous|next|coming)\s/i.exec(left[0]);
    if (n == null && side && !timeUnit) {
      const value = /next|coming/i.test(side.groups!.side!) ? 'FUTURE_REF' : 'PAST_REF';
      return candidateAt(m.index - left[0].length, m.index + m[0].length, 'duration', { literal: { value, type: 'date' } });
    }
    return candidateAt(m.index - left[0].length, m.index + m[0].length, 'duration', {
      literal: { value: `P${timeUnit ? 'T' : ''}${amount}${code}`, type: 'duration' },
    });
  },
};

export const durationParsers: P[] = [duration];
