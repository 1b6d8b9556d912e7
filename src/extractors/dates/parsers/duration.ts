// Lengths of time: "three days" (P3D), "24 hours" (PT24H), "a decade" (P10Y), "several weeks" (PXW).
import type { Parser } from '../../framework.js';
import { candidate, type Candidate } from '../candidate.js';
import { COUNT_RE, countValue } from '../lexicon.js';

type P = Parser<Candidate>;

const UNIT_CODE: Record<string, [string, number]> = {
  second: ['S', 1], minute: ['M', 1], hour: ['H', 1], day: ['D', 1], week: ['W', 1], month: ['M', 1], year: ['Y', 1],
  decade: ['Y', 10], century: ['Y', 100],
};

const duration: P = {
  name: 'duration',
  pattern: new RegExp(
    `\\b((?:(?:nearly|almost|about|around|some|more than|less than|over|roughly|at least|up to|another|the (?:past|last|next|first|previous|coming))\\s+)?` +
      `(${COUNT_RE})[- ](seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|century|centuries))\\b(?![- ](?:old|ago|earlier|later)\\b)`,
    'gdi',
  ),
  extract(m) {
    const unitWord = m[3]!.toLowerCase().replace(/ies$/, 'y').replace(/s$/, '');
    const [code, mult] = UNIT_CODE[unitWord] ?? ['D', 1];
    const n = countValue(m[2]!);
    const timeUnit = /^(second|minute|hour)$/.test(unitWord);
    const amount = n == null ? 'X' : String(n * mult);
    if (/^(some|many)$/i.test(m[2]!)) return null; // "some days" is vague and rarely a span
    return candidate(m, 1, 'duration', { literal: { value: `P${timeUnit ? 'T' : ''}${amount}${code}`, type: 'duration' } });
  },
};

export const durationParsers: P[] = [duration];
