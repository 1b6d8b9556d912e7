// The day an article talks about (its event day), read from the frame once every date is resolved
// against the publication date, and the dates resolved again against it where it differs.
import type { Document } from '../../document/document.js';
import type { Span } from '../../document/span.js';
import type { DateItem } from '../../record/types.js';
import { MONTH_ABBREVIATIONS, MONTH_NAMES, WEEKDAY_NAMES } from '../../language/calendar.js';
import type { Candidate } from './candidate.js';
import { dayDiff, fmtDay, isValidDay, parseReference, weekdayOf, type Day } from './calendar.js';
import { resolveAll } from './refiners.js';
import { tenseAround } from './tense.js';
import type { FrameDay, Tense } from './resolve.js';

const DAY_VALUE = /^(?<year>\d{4}|XXXX)-(?<month>\d{2})-(?<day>\d{2})/;
const WORD = /\p{L}+/gu;
const WEEKDAYS = new Set(WEEKDAY_NAMES);
const NAMING_WORDS = new Set([...WEEKDAY_NAMES, ...MONTH_NAMES, ...MONTH_ABBREVIATIONS]);
/** Without a publication date, how many paragraphs may pass before the first date that names the day. */
const OPENING_PARAGRAPHS = 3;
/** How many of the article's first dates are read for the frame day (a date line, a dateline, the lead's first day). */
const FRAME_CANDIDATES = 40;
/** How many days before publication the event day may lie and still be the day the article talks about. */
const FRAME_REACH_DAYS = 6;

/**
 * Resolves the article's first dates against the publication date to find the day it talks about,
 * then every date against both. The frame's parts open the article, so its first dates are enough.
 */
export function resolveInFrame(items: Candidate[], doc: Document): DateItem[] {
  // the opening's candidates are resolved twice, their tenses read once
  const tenses = new Map<Candidate, Tense>();
  const opening = resolveAll(items.slice(0, FRAME_CANDIDATES), doc, null, tenses);
  const frame = frameDay(doc, opening);
  // without a frame day, an article of no more candidates than the opening's is resolved already
  if (!frame && items.length <= FRAME_CANDIDATES) return opening;
  return resolveAll(items, doc, frame, tenses);
}

/**
 * The day the article talks about: the date of a date-only line among its first paragraphs, of its
 * dateline, or the first day its lead names; without a publication date, instead of the lead's, the
 * first day its opening paragraphs tell of in the past by its weekday. Null when
 * that is the publication day itself, or none is found, or it lies more than a few days before.
 * Without a publication date, the article's own date (date line, dateline) stands for it.
 */
export function frameDay(doc: Document, dates: readonly DateItem[]): FrameDay | null {
  const ref = parseReference(doc.published);
  const frame = doc.frame;
  // a date line opens the article; one further down dates a correction or an update
  const spans: Span[] = frame.paragraphs.slice(0, OPENING_PARAGRAPHS).filter((p) => p.role === 'dateline');
  if (frame.dateline?.date) spans.push(frame.dateline.date);
  const ownDateSpans = spans.length;
  if (frame.lead && ref) spans.push(frame.lead);
  let found: DateItem | undefined;
  let at = 0;
  while (at < spans.length && !(found = firstDayIn(dates, spans[at]!))) at++;
  const ownDate = found !== undefined && at < ownDateSpans;
  // without a publication date, a day the opening tells of in the past by its weekday ("Addressing
  // the media on Wednesday, May 6th, … said"): not one ahead ("a film set for release on Feb. 5"),
  // nor a day of history ("on Sept. 11, 2001, …"), which is not named by its weekday
  if (!found && !ref) {
    const opening = { start: 0, end: frame.paragraphs[Math.min(OPENING_PARAGRAPHS, frame.paragraphs.length) - 1]?.end ?? 0 };
    const first = firstDayIn(dates, opening);
    const sentence = first ? doc.sentences[doc.sentenceIndexAt(first.start)] : undefined;
    if (first && sentence && namesWeekday(first.text) && tenseAround(doc.text, first.start, first.end, sentence.start, sentence.end) === 'past') found = first;
  }
  // the lead speaks of the publication day ("Rescue operations are ongoing … on Wednesday"): the events
  // are on the first earlier day the paragraphs after it tell of ("landslides hit … in the early hours of Tuesday")
  const eventDay = ref && found && found.value.startsWith(fmtDay(ref)) && frame.lead ? earlierDayAfterLead(doc, dates, ref, frame.lead) : undefined;
  if (eventDay) found = eventDay;
  const g = found ? DAY_VALUE.exec(found.value)!.groups! : null;
  if (!found || !g) return null;
  const candidate: Day = { y: Number(g.year), m: Number(g.month), d: Number(g.day) };
  const day = g.year !== 'XXXX' && isValidDay(candidate) ? candidate : null;
  if (ref && (!day || dayDiff(day, ref) <= 0 || dayDiff(day, ref) > FRAME_REACH_DAYS)) return null;
  const daysBeforeRef = ref && day ? dayDiff(day, ref) : null;
  return {
    day,
    value: found.value.slice(0, 10),
    filedNextDay: daysBeforeRef === 1 && !eventDay && namesTheDay(found.text),
    weekday: day ? weekdayOf(day) : null,
    daysBeforeRef,
    datesArticle: !ref && ownDate,
  };
}

/** How many paragraphs after the lead are read for the day its events happened. */
const EVENT_PARAGRAPHS_AFTER_LEAD = 2;

/** The first day before publication, told in the past, in the paragraphs just after the lead. */
function earlierDayAfterLead(doc: Document, dates: readonly DateItem[], ref: Day, lead: Span): DateItem | undefined {
  const at = doc.frame.paragraphIndexAt(lead.start);
  const last = doc.frame.paragraphs[Math.min(at + EVENT_PARAGRAPHS_AFTER_LEAD, doc.frame.paragraphs.length - 1)];
  if (at < 0 || !last) return undefined;
  return dates.find((d) => {
    if (d.start < lead.end || d.end > last.end) return false;
    const g = DAY_VALUE.exec(d.value)?.groups;
    const day = g && g.year !== 'XXXX' ? { y: Number(g.year), m: Number(g.month), d: Number(g.day) } : null;
    if (!day || !isValidDay(day) || dayDiff(day, ref) <= 0 || dayDiff(day, ref) > FRAME_REACH_DAYS) return false;
    const sentence = doc.sentences[doc.sentenceIndexAt(d.start)];
    return sentence !== undefined && tenseAround(doc.text, d.start, d.end, sentence.start, sentence.end) === 'past';
  });
}

function firstDayIn(dates: readonly DateItem[], span: Span): DateItem | undefined {
  return dates.find((d) => d.start >= span.start && d.end <= span.end && DAY_VALUE.test(d.value));
}

function namesWeekday(text: string): boolean {
  return (text.match(WORD) ?? []).some((w) => WEEKDAYS.has(w.toLowerCase()));
}

/** "Saturday", "July 27": the day named as itself, not counted from publication ("yesterday", "last night"). */
function namesTheDay(text: string): boolean {
  return (text.match(WORD) ?? []).some((w) => NAMING_WORDS.has(w.toLowerCase())) || /\d/.test(text);
}
