// The timeline: every date and time the articles resolve, with the sentence it dates.
//
// Order: entries whose value carries a year come first, chronologically (TIMEX3 values sort as
// strings: 2025-10-08 < 2025-10-08T14:00, an interval by its start); entries whose year is unknown
// (XXXX-10-08, XXXX-XX-XXTNI) cannot be placed among them and follow, in article order, then in
// text order. Durations (P3D) and sets (every Monday) are not points in time and are left out.
import type { ArticleRecord } from '../record/types.js';
import type { TimelineEntry } from './types.js';

export interface DatedItem extends TimelineEntry {
  order: number;
  start: number;
}

const MAX_SENTENCE = 400;

/** The sentence around [start, end) of a code point array: from the last stop before to the next stop after. */
export function sentenceAround(cps: string[], start: number, end: number): string {
  let from = Math.max(0, Math.min(start, cps.length));
  while (from > 0 && start - from < MAX_SENTENCE) {
    const prev = cps[from - 1]!;
    if (prev === '\n' || (/\s/.test(prev) && from >= 2 && /[.!?]/.test(cps[from - 2]!))) break;
    from--;
  }
  let to = Math.max(from, Math.min(end, cps.length));
  while (to < cps.length && to - end < MAX_SENTENCE) {
    const c = cps[to]!;
    if (c === '\n') break;
    to++;
    if (/[.!?]/.test(c) && (to === cps.length || /\s/.test(cps[to]!))) break;
  }
  return cps.slice(from, to).join('').trim();
}

/** The dates of one record as timeline entries; `order` is the record's place in the input. */
export function timelineEntries(record: ArticleRecord, order: number): DatedItem[] {
  const dates = (record.dates ?? []).filter((d) => typeof d?.value === 'string' && d.type !== 'duration' && d.type !== 'set' && /^(?:\d{4}|XXXX)/.test(d.value));
  if (dates.length === 0) return [];
  const cps = typeof record.text === 'string' ? Array.from(record.text) : undefined;
  return dates.map((d) => ({
    value: d.value,
    type: d.type,
    text: d.text,
    article: record.id,
    sentence: cps ? sentenceAround(cps, d.start, d.end) || d.text : d.text,
    dated: /^\d{4}/.test(d.value),
    order,
    start: d.start,
  }));
}

export function buildTimeline(items: DatedItem[]): TimelineEntry[] {
  return items
    .sort(
      (a, b) =>
        Number(b.dated) - Number(a.dated) ||
        (a.dated ? (a.value < b.value ? -1 : a.value > b.value ? 1 : 0) : 0) ||
        a.order - b.order ||
        a.start - b.start,
    )
    .map(({ order: _o, start: _s, ...entry }) => entry);
}
