import type { Document } from '../../../document/document.js';
import { countBelow, countStartingBelow, lastSpanWithin } from '../../../document/span.js';
import type { Refiner } from '../../framework.js';
import type { DateItem } from '../../../record/types.js';
import { anchorsEvent, articleTime, datesBackground } from '../../setting.js';
import type { CountCandidate } from '../candidate.js';
import { eventAntecedents } from '../event-antecedent.js';
import { alternation } from '../../../language/alternation.js';
import { PARTS_OF_DAY, WEEKDAY_NAMES } from '../../../language/calendar.js';
import { TIME_ADVERBS } from '../../../language/function-words.js';
import { ATTRIBUTION_VERBS } from '../../../language/speech.js';
import { NIGHT_INTO_DAY_COUNTRIES } from '../../../language/places.js';
import { RUNNING_TOTAL_PHRASES, SINCE_COMPARISONS, SINCE_TODAY_WORDS, STANDING_FACT_PHRASES } from '../../../language/counting.js';

const FIRST_WORD_AFTER = /^\s+(?<word>\p{L}+)/u;
const PART_OF_DAY_AFTER = /^\s+(?:last|this|early)\s+(?:night|morning|evening|afternoon)\b/iu;
const TIMELESS = new RegExp(`\\b(?:${alternation([...RUNNING_TOTAL_PHRASES, ...STANDING_FACT_PHRASES])})\\b`, 'i');

/**
 * When the counted things happened or were seen: the date or time nearest the count in its own
 * sentence, else the last one earlier in its paragraph, else the time the article reports on (its
 * opening's day, else the publication day). Dates listed together stand for the period they span;
 * "the night of" the day of the report is the night before it. A running total ("has since
 * killed") or a standing fact ("live in the valley") has none (docs/claims.md).
 */
export const assignWhen: Refiner<CountCandidate> = {
  name: 'assignWhen',
  refine(items, doc, ctx) {
    if (items.length === 0) return items;
    const dates = new DateIndex((ctx.results.dates ?? []).filter(anchorsEvent));
    const intoDay = (ctx.results.regions ?? []).some((r) => NIGHT_INTO_DAY_COUNTRIES.has(r.kind === 'country' ? r.name : r.country ?? ''));
    const nightOn = (d: DateItem) => nightOf(doc.text, d, intoDay || d.value === doc.published?.slice(0, 10));
    const article = articleTime(doc.frame, doc.text, dates.all, doc.published);
    // "On the night of October 16, drones attacked …": the article's day is that night, as its sentence's counts are
    const reported = article?.date ? nightOn(article.date) ?? article.value : article?.value ?? null;
    const cues = (ctx.results.statements ?? []).filter((st) => !st.line).map((st) => st.cue).sort((a, b) => a - b);
    for (const c of items) {
      if (timeless(doc, c)) c.when = null;
      else {
        const own = dateInSentence(doc, dates, cues, c);
        const date = own ?? dateOfEvent(doc, dates, c) ?? dateEarlierInParagraph(doc, dates, c);
        c.when = date ? nightOn(date) ?? (own ? spanOfList(doc.text, dates, own) : date.value) : reported;
      }
    }
    return items;
  },
};

/** The anchored dates in text order, looked up by position in logarithmic time. */
class DateIndex {
  readonly all: readonly DateItem[];

  constructor(dates: readonly DateItem[]) {
    this.all = [...dates].sort((a, b) => a.start - b.start);
  }

  /** The dates that start in [from, to). */
  startingIn(from: number, to: number): readonly DateItem[] {
    return this.all.slice(countStartingBelow(this.all, from), countStartingBelow(this.all, to));
  }

  /** The last date that starts in [from, to) and ends by `to`, or undefined. */
  lastWithin(from: number, to: number): DateItem | undefined {
    return lastSpanWithin(this.all, from, to);
  }

  /** The position of a date in text order. */
  indexOf(d: DateItem): number {
    return countStartingBelow(this.all, d.start);
  }
}

/** How far from a count (UTF-16 units) a date of its sentence is read: keeps a sentence of thousands of dates linear. */
const DATE_REACH = 400;

/**
 * The anchored date nearest the count inside the count's sentence, or undefined. A date right
 * after a reporting verb dates the report ("said on Monday that 14 homes were damaged on Sunday",
 * "…, officials said on Monday"): any other is taken first.
 */
function dateInSentence(doc: Document, dates: DateIndex, cues: readonly number[], c: CountCandidate): DateItem | undefined {
  const s = doc.sentences[c.sentence];
  if (!s) return undefined;
  let best: DateItem | undefined;
  let bestScore = Infinity;
  const dateline = doc.frame.dateline?.date;
  for (const d of dates.startingIn(Math.max(s.start, c.start - DATE_REACH), Math.min(s.end, c.end + DATE_REACH))) {
    if (d.end > s.end || (d.start < c.end && d.end > c.start)) continue;
    // "April 22 (UPI) -- … cases were reported last week": a dateline dates the filing, which the
    // article's day falls back to when the sentence names no other
    if (dateline && d.start >= dateline.start && d.end <= dateline.end) continue;
    // "the highest since 1994": where a comparison's period starts, not when the count happened
    if (AFTER_SINCE.test(doc.text.slice(Math.max(s.start, d.start - SINCE_REACH), d.start))) continue;
    if (d.start > c.end && datesBackground(doc.text, c.end, d)) continue;
    const gap = d.start >= c.end ? d.start - c.end : c.start - d.end;
    const reports = countBelow(cues, d.start) > countBelow(cues, d.start - REPORT_DATE_REACH) || (datesSaying(doc.text, d) && laterThanAnother(dates, s, d));
    // "cases this year, with one patient as of March 1": a comma between puts the date in another clause
    const between = d.start >= c.end ? doc.text.slice(c.end, d.start) : doc.text.slice(d.end, c.start);
    const score = gap + (reports ? s.end - s.start : 0) + (between.includes(',') ? CLAUSE_PENALTY : 0);
    if (score < bestScore) (best = d), (bestScore = score);
  }
  return best;
}

/**
 * "in May, June and July this year": a date listed with others of its unit stands for the period
 * from the first to the last, written as a TIMEX3 interval.
 */
function spanOfList(text: string, dates: DateIndex, d: DateItem): string {
  const all = dates.all;
  const at = dates.indexOf(d);
  const unit = (x: DateItem) => x.value.replace(UNIT_DIGITS, 'D');
  const joined = (a: DateItem, b: DateItem) => unit(a) === unit(b) && LIST_JOIN.test(text.slice(a.end, b.start));
  let first = at;
  let last = at;
  while (first > 0 && joined(all[first - 1]!, all[first]!)) first--;
  while (last < all.length - 1 && joined(all[last]!, all[last + 1]!)) last++;
  return first === last ? d.value : `${all[first]!.value}/${all[last]!.value}`;
}

/**
 * "On the night of August 23": in news from the countries that date a night by its morning, the
 * night into August 23, dated by the evening it starts on (2024-08-22TNI); elsewhere the night that
 * starts on it, unless told that very day. "The night of 7 to 8 October", "the night from
 * Wednesday to Thursday": the night that starts on the first day. "Overnight into Sunday": the
 * night before Sunday. Null when the date is none of these.
 */
function nightOf(text: string, d: DateItem, intoDay: boolean): string | null {
  const before = text.slice(Math.max(0, d.start - NIGHT_OF_REACH), d.start);
  if (MONTH_ONLY.test(d.value)) {
    const first = NIGHT_OF_DAYS.exec(before)?.groups?.first;
    return first ? `${d.value}-${first.padStart(2, '0')}TNI` : null;
  }
  if (!DAY_ONLY.test(d.value)) return null;
  if (NIGHT_OF.test(before)) return RANGE_ON.test(text.slice(d.end, d.end + RANGE_REACH)) || !intoDay ? `${d.value}TNI` : `${dayBefore(d.value)}TNI`;
  return NIGHT_RANGE_END.test(before) || NIGHT_INTO.test(before) ? `${dayBefore(d.value)}TNI` : null;
}

function dayBefore(day: string): string {
  return new Date(Date.parse(day) - DAY_MS).toISOString().slice(0, 10);
}

/** A verb of saying just before a date: "the air force said on Thursday", "reported Wednesday morning". */
// past forms only: "states", "reports" before a date are as often nouns ("primaries in five states Tuesday")
const SAYING_JUST_BEFORE = new RegExp(`\\b(?:${alternation(ATTRIBUTION_VERBS.filter((v) => !v.endsWith('s')))})\\s+(?:(?:on|late|early)\\s+)*$`, 'i');
/** Characters before a date read for the verb of saying it dates. */
const SAYING_REACH = 24;

/** Whether a date dates a saying rather than what is said. */
function datesSaying(text: string, d: DateItem): boolean {
  return SAYING_JUST_BEFORE.test(text.slice(Math.max(0, d.start - SAYING_REACH), d.start));
}

/** Whether the sentence names another date no later than this one: what was said happened before the saying, not after it. */
function laterThanAnother(dates: DateIndex, s: { start: number; end: number }, d: DateItem): boolean {
  // only days of known date compare: "Friday" and "Thursday" with no year may lie either way
  const day = (x: DateItem) => (KNOWN_DAY.test(x.value) ? x.value.slice(0, 10) : null);
  const own = day(d);
  return own !== null && dates.startingIn(s.start, s.end).some((e) => e !== d && (day(e) ?? '~') <= own);
}

/** "destroyed in the attack": the first date of the nearest earlier sentence that told of the attack with one. */
function dateOfEvent(doc: Document, dates: DateIndex, c: CountCandidate): DateItem | undefined {
  for (const k of eventAntecedents(doc, c.sentence)) {
    const t = doc.sentences[k]!;
    const own = dates.startingIn(t.start, t.end).filter((d) => d.end <= t.end);
    // "the air force said on Thursday that it downed 29 drones during an overnight attack": the attack's night
    const first = own.find((d) => !datesSaying(doc.text, d)) ?? own[0];
    if (first) return first;
  }
  return undefined;
}

/** The last anchored date before the count's sentence in its paragraph: the time the paragraph goes on telling of. */
function dateEarlierInParagraph(doc: Document, dates: DateIndex, c: CountCandidate): DateItem | undefined {
  const s = doc.sentences[c.sentence];
  const p = doc.frame.paragraphs[doc.frame.paragraphIndexAt(c.start)];
  return s && p ? dates.lastWithin(p.start, s.start) : undefined;
}

const UNIT_DIGITS = /\d/g;
const LIST_JOIN = /^(?:,\s*|\s+and\s+|,\s*and\s+|\s+or\s+)$/;
const WORDS = /\p{L}+/gu;
// "night", not "tonight" nor "overnight", which name their day themselves
const NIGHT_WORDS = Object.keys(PARTS_OF_DAY).filter((w) => PARTS_OF_DAY[w] === 'NI' && !TIME_ADVERBS.includes(w) && w !== 'overnight');
const NIGHT_OF = new RegExp(`\\b(?:${alternation(NIGHT_WORDS)})\\s+(?:of|from)\\s+$`, 'i');
// "7-8 October", "Wednesday to Thursday": a second day after the first
const RANGE_ON = new RegExp(`^\\s*(?:-|–|to|into)\\s*(?:\\d|${alternation(WEEKDAY_NAMES)})`, 'i');
const RANGE_REACH = 14;
// the second day of such a range: "the night of October 7 to ", "the night from Monday to "
const NIGHT_RANGE_END = new RegExp(`\\b(?:${alternation(NIGHT_WORDS)})\\s+(?:of|from)\\s+[\\p{L}\\d.]+(?:\\s+[\\p{L}\\d.]+)?\\s*(?:-|–|to|into)\\s*$`, 'iu');
const NIGHT_INTO = new RegExp(`\\b(?:overnight|(?:the\\s+)?(?:${alternation(NIGHT_WORDS)}))\\s+(?:into|to)\\s+$`, 'i');
// "the night of 7-8 October": the days before the month, which the dates read as the month alone
const NIGHT_OF_DAYS = new RegExp(`\\b(?:${alternation(NIGHT_WORDS)})\\s+of\\s+(?<first>\\d{1,2})\\s*[-–]\\s*\\d{1,2}\\s+$`, 'i');
const MONTH_ONLY = /^\d{4}-\d{2}$/;
const NIGHT_OF_REACH = 36;
const DAY_ONLY = /^\d{4}-\d{2}-\d{2}$/;
const KNOWN_DAY = /^\d{4}-\d{2}-\d{2}/;
const DAY_MS = 86_400_000;
const AFTER_SINCE = new RegExp(`\\b(?:${alternation(RUNNING_TOTAL_PHRASES)})\\s+$`, 'i');
const SINCE_REACH = 7;
/** How many words before "since" a superlative may stand: "the highest number in the U.S. since". */
const COMPARISON_REACH_WORDS = 6;
/** What a comma between a count and a date adds to their distance (UTF-16 units): a date of its own clause is nearer. */
const CLAUSE_PENALTY = 20;
/** How far after a reporting verb (UTF-16 units) a date still dates the report: "said late on Monday". */
const REPORT_DATE_REACH = 25;
/** How far from a count, in characters, a running-total or standing-fact phrase still speaks of it (about nine words). */
const TIMELESS_REACH = 60;

function timeless(doc: Document, c: CountCandidate): boolean {
  const s = doc.sentences[c.sentence];
  if (!s) return false;
  const before = doc.text.slice(Math.max(s.start, c.start - TIMELESS_REACH), c.start);
  const after = doc.text.slice(c.end, Math.min(s.end, c.end + TIMELESS_REACH));
  return timelessIn(before) || timelessIn(after);
}

/** Whether a stretch holds a running-total or standing-fact phrase that no superlative makes a comparison ("the most since 1994"). */
function timelessIn(stretch: string): boolean {
  const m = TIMELESS.exec(stretch);
  if (!m) return false;
  // "Since yesterday evening and over the past night, 22 drones …": a span within the report's day
  const after = stretch.slice(m.index + m[0].length);
  const next = FIRST_WORD_AFTER.exec(after)?.groups?.word?.toLowerCase();
  if (m[0].toLowerCase() === 'since' && ((next !== undefined && SINCE_TODAY_WORDS.has(next)) || PART_OF_DAY_AFTER.test(after))) return false;
  const words = stretch.slice(0, m.index).toLowerCase().match(WORDS) ?? [];
  return !words.slice(-COMPARISON_REACH_WORDS).some((w) => SINCE_COMPARISONS.has(w));
}
