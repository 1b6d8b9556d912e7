// The timeline: the claims (figures as one source reported them) by day, stacked by region, one
// bar a day; and the dated events (every date the articles resolve to a day), one bar a day as
// high as the mentions of that day. Both share one time axis.
import * as Plot from '@observablehq/plot';
import { dayOf } from '../summary/claim-day.js';
import type { SummaryClaim, TimelineEntry } from '../summary/types.js';
import { OKABE_ITO, OTHER_GREY, plotMarkup } from './plot-svg.js';
import { counted } from './wording.js';

const FULL_DAY = /^\d{4}-\d{2}-\d{2}$/;
const DAY_MS = 86_400_000;
/** How far before the first and after the last publication day dates are drawn; the rest are counted. */
const BEFORE_PUBLISHED = 60 * DAY_MS;
const AFTER_PUBLISHED = 30 * DAY_MS;
const NO_REGION = '(no region)';
const OTHER_REGIONS = 'other regions';
const TITLED_EVENTS = 4;

export interface TimelineCharts {
  claims: string;
  events: string;
  /** What the charts leave out: claims with no day or only a month or year, dates outside the window. */
  notes: string[];
}

interface ClaimBar {
  day: Date;
  region: string;
  claims: number;
  lines: string[];
}

interface EventDay {
  day: Date;
  n: number;
  lines: string[];
}

/** The least and greatest of the numbers (a loop: a spread of 100,000 arguments would overflow the stack). */
function extent(values: readonly number[]): [number, number] | undefined {
  if (values.length === 0) return undefined;
  let [lo, hi] = [Infinity, -Infinity];
  for (const v of values) [lo, hi] = [Math.min(lo, v), Math.max(hi, v)];
  return [lo, hi];
}

const dayOfValue = (value: string | null): Date | undefined => {
  const day = dayOf(value);
  return day && FULL_DAY.test(day) ? new Date(`${day}T00:00:00Z`) : undefined;
};

/**
 * The days dates are drawn in: around the publication days when articles give them; else the days
 * between the 2nd and 98th percentile of the dates, so that one mention of 1945 does not squeeze the rest.
 */
function windowOf(published: readonly string[], dates: readonly Date[]): (d: Date) => boolean {
  const range = extent(published.map((p) => dayOfValue(p)?.getTime()).filter((t): t is number => t !== undefined));
  if (range) return within(range[0] - BEFORE_PUBLISHED, range[1] + AFTER_PUBLISHED);
  if (dates.length === 0) return () => true;
  const times = dates.map((d) => d.getTime()).sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!;
  return within(at(0.02) - 7 * DAY_MS, at(0.98) + 7 * DAY_MS);
}

const within = (from: number, to: number) => (d: Date) => d.getTime() >= from && d.getTime() <= to;

function claimBars(claims: readonly SummaryClaim[], inWindow: (d: Date) => boolean): { bars: ClaimBar[]; regions: string[]; left: number } {
  const byRegion = new Map<string, number>();
  const dated: Array<{ day: Date; claim: SummaryClaim }> = [];
  for (const claim of claims) {
    const day = dayOfValue(claim.day);
    if (!day || !inWindow(day)) continue;
    dated.push({ day, claim });
    const region = claim.region ?? NO_REGION;
    byRegion.set(region, (byRegion.get(region) ?? 0) + 1);
  }
  const regions = [...byRegion.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([r]) => r);
  const shown = new Set(regions.slice(0, regions.length > OKABE_ITO.length ? OKABE_ITO.length - 1 : OKABE_ITO.length));
  const bars = new Map<string, ClaimBar>();
  for (const { day, claim } of dated) {
    const region = shown.has(claim.region ?? NO_REGION) ? (claim.region ?? NO_REGION) : OTHER_REGIONS;
    const key = `${day.getTime()} ${region}`;
    let bar = bars.get(key);
    if (!bar) bars.set(key, (bar = { day, region, claims: 0, lines: [] }));
    bar.claims++;
    bar.lines.push(`${claim.value} ${claim.item}${claim.region ? ` in ${claim.region}` : ''}${claim.source ? `, per ${claim.source}` : ''}`);
  }
  const legend = [...shown, ...(shown.size < regions.length ? [OTHER_REGIONS] : [])];
  return { bars: [...bars.values()], regions: legend, left: claims.length - dated.length };
}

function eventsByDay(timeline: readonly TimelineEntry[], inWindow: (d: Date) => boolean): { days: EventDay[]; left: number } {
  const byDay = new Map<number, EventDay>();
  let left = 0;
  for (const entry of timeline) {
    const day = entry.dated ? dayOfValue(entry.value) : undefined;
    if (!day || !inWindow(day)) {
      left++;
      continue;
    }
    let events = byDay.get(day.getTime());
    if (!events) byDay.set(day.getTime(), (events = { day, n: 0, lines: [] }));
    events.n++;
    if (events.lines.length < TITLED_EVENTS) events.lines.push(`“${entry.text}”: ${entry.sentence.length > 140 ? `${entry.sentence.slice(0, 139)}…` : entry.sentence}`);
  }
  return { days: [...byDay.values()], left };
}

/** Ticks a reader can name: days over a few weeks, weeks over a few months, then months or years. */
function timeTicks(domain: Date[] | undefined): { ticks?: string; tickFormat?: string } {
  if (!domain) return {};
  const days = (domain[1]!.getTime() - domain[0]!.getTime()) / DAY_MS;
  if (days <= 21) return { ticks: 'day', tickFormat: '%b %-d' };
  if (days <= 120) return { ticks: 'week', tickFormat: '%b %-d' };
  if (days <= 400) return { ticks: 'month', tickFormat: '%b %Y' };
  if (days <= 1100) return { ticks: '3 months', tickFormat: '%b %Y' };
  return {};
}

const isoDay = (d: Date) => d.toISOString().slice(0, 10);

/** The most claims on one day, all regions stacked. */
function highestStack(bars: readonly ClaimBar[]): number {
  const byDay = new Map<number, number>();
  for (const b of bars) byDay.set(b.day.getTime(), (byDay.get(b.day.getTime()) ?? 0) + b.claims);
  return Math.max(...byDay.values());
}

type TimeAxis = NonNullable<Plot.PlotOptions['x']>;

function claimsMarkup(bars: ClaimBar[], regions: string[], x: TimeAxis): string {
  const title = (b: ClaimBar) => `${isoDay(b.day)}, ${b.region}: ${counted(b.claims, 'claim')}\n${b.lines.slice(0, 8).join('\n')}${b.lines.length > 8 ? `\n… ${b.lines.length - 8} more` : ''}`;
  return plotMarkup({
    width: 1100,
    height: 260,
    marginLeft: 44,
    x,
    // whole numbers only: no tick between 0 and 1 claim
    y: { label: 'claims', grid: true, ticks: Math.min(5, highestStack(bars)) },
    color: { domain: regions, range: [...OKABE_ITO.slice(0, regions.length - (regions.includes(OTHER_REGIONS) ? 1 : 0)), OTHER_GREY], legend: true },
    marks: [Plot.rectY(bars, { x: 'day', interval: 'day', y: 'claims', fill: 'region', inset: 0.5, title }), Plot.ruleY([0])],
  });
}

function eventsMarkup(days: EventDay[], x: TimeAxis): string {
  const title = (d: EventDay) => `${isoDay(d.day)}: ${counted(d.n, 'dated mention')}\n${d.lines.join('\n')}${d.n > d.lines.length ? `\n… ${d.n - d.lines.length} more` : ''}`;
  return plotMarkup({
    width: 1100,
    height: 130,
    marginLeft: 44,
    x,
    y: { label: 'mentions', ticks: Math.min(3, Math.max(...days.map((d) => d.n))) },
    marks: [Plot.rectY(days, { x: 'day', interval: 'day', y: 'n', fill: '#0072B2', inset: 0.5, title }), Plot.ruleY([0])],
  });
}

/** The two charts over the claims and dates of the dossier; `published` gives the window of days. */
export function timelineCharts(claims: readonly SummaryClaim[], timeline: readonly TimelineEntry[], published: readonly string[]): TimelineCharts {
  const candidates = [...claims.map((c) => dayOfValue(c.day)), ...timeline.map((t) => (t.dated ? dayOfValue(t.value) : undefined))];
  const inWindow = windowOf(published, candidates.filter((d): d is Date => d !== undefined));
  const { bars, regions, left: claimsLeft } = claimBars(claims, inWindow);
  const { days: eventDays, left: eventsLeft } = eventsByDay(timeline, inWindow);
  const span = extent([...bars.map((b) => b.day.getTime()), ...eventDays.map((d) => d.day.getTime())]);
  const domain = span && [new Date(span[0] - DAY_MS), new Date(span[1] + 2 * DAY_MS)];
  const x: TimeAxis = { type: 'utc', domain, label: null, ...timeTicks(domain) };
  const claimsChart = bars.length === 0 ? '' : claimsMarkup(bars, regions, x);
  const eventsChart = eventDays.length === 0 ? '' : eventsMarkup(eventDays, x);
  const notes: string[] = [];
  if (claimsLeft) notes.push(`${counted(claimsLeft, 'claim')} without a day, or outside the articles’ dates, not drawn.`);
  if (eventsLeft) notes.push(`${counted(eventsLeft, 'date')} without a day or year, or outside the articles’ dates, not drawn.`);
  return { claims: claimsChart, events: eventsChart, notes };
}
