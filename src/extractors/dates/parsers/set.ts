// Recurring times (TIMEX3 type "set"): "every week" (P1W), "each Monday" (XXXX-WXX-1), "daily" (P1D),
// "twice a month" (P1M), "every morning" (TMO).
import { candidate, type Candidate, type DateParser } from '../candidate.js';
import { WEEKDAYS } from '../../../language/calendar.js';

type P = DateParser;

const PERIOD: Record<string, string> = {
  day: 'P1D', week: 'P1W', month: 'P1M', year: 'P1Y', quarter: 'P3M', hour: 'PT1H',
  daily: 'P1D', weekly: 'P1W', monthly: 'P1M', quarterly: 'P3M', annually: 'P1Y', yearly: 'P1Y', nightly: 'TNI', hourly: 'PT1H',
  morning: 'TMO', afternoon: 'TAF', evening: 'TEV', night: 'TNI', weekend: 'XXXX-WXX-WE',
};

function setValue(word: string): string | undefined {
  const w = word.toLowerCase();
  if (w in WEEKDAYS) return `XXXX-WXX-${WEEKDAYS[w]}`;
  return PERIOD[w];
}

/** "every week", "each Monday", "every other day", "twice a week", "three times a year", "once a month". */
const everyUnit: P = {
  name: 'everyUnit',
  cues: ['every', 'each', 'once', 'twice', 'times'],
  pattern:
    /\b(?<frequency>(?:every|each)\s+(?:other\s+|single\s+)?|(?:once|twice|(?:three|four|five|six|several|many|\d{1,2})\s+times)\s+(?:a|an|per|each|every)\s+)(?<unit>day|week|month|year|quarter|hour|morning|afternoon|evening|night|weekend|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b(?!['’-])/dgi,
  extract(m) {
    const value = setValue(m.groups!.unit!);
    if (!value) return null;
    // "each day of the trial", "every year since 1990" still recur; "each month's figures" is a possessive of one.
    return candidate(m, null, 'everyUnit', { literal: { value: /other/i.test(m.groups!.frequency!) ? value.replace('1', '2') : value, type: 'set' } });
  },
};

/**
 * "daily", "weekly", "annually" as adverbs or adjectives of a recurring event ("rallies held almost
 * daily", "a daily rally"). Before a capitalised word it is a newspaper ("the party daily Granma").
 */
const frequencyWord: P = {
  name: 'frequencyWord',
  cues: ['daily', 'weekly', 'monthly', 'quarterly', 'annually', 'yearly', 'nightly', 'hourly'],
  // the \b holds wherever the lookbehind does, and spares it most characters
  pattern: /\b(?<![\w-])(?<word>[Dd]aily|[Ww]eekly|[Mm]onthly|[Qq]uarterly|[Aa]nnually|[Yy]early|[Nn]ightly|[Hh]ourly)(?![\w-])(?!\s+[A-Z])/dg,
  extract(m) {
    const value = setValue(m.groups!.word!);
    return value ? candidate(m, null, 'frequencyWord', { literal: { value, type: 'set' } }) : null;
  },
};

export const setParsers: P[] = [everyUnit, frequencyWord];
