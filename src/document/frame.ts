import { MONTH_NAMES, MONTH_ABBREVIATIONS, WEEKDAY_NAMES, WEEKDAY_ABBREVIATIONS } from '../language/calendar.js';
import { ARTICLES, COORDINATORS, PREPOSITIONS } from '../language/function-words.js';
import { spanIndexAt, type Span } from './span.js';

/**
 * What a paragraph is in the article's layout: the headline and a standfirst under it, a line that
 * only dates the article, a labelled line ("Source: …", "Kharkiv Oblast: …") or body text.
 */
export type ParagraphRole = 'headline' | 'standfirst' | 'dateline' | 'labelled' | 'body';

export interface ParagraphFrame extends Span {
  role: ParagraphRole;
  /** The label before a colon that opens the paragraph ("Source", "Kharkiv Oblast"), and its span. */
  label: (Span & { text: string }) | null;
  /**
   * The capitalised name a paragraph opens a section of a round-up with: the name after an opening
   * "In" ("In Assam, the deluge spread …") or a heading line of its own ("Bihar"). Whether it names
   * a place is the extractors' to say, from their regions.
   */
  setting: (Span & { heading: boolean }) | null;
}

/**
 * The opening that names where and by whom a report was filed ("MINNEAPOLIS (AP) —", "Rio de
 * Janeiro, May 2, (dpa/GNA) –", "JAKARTA:"): its whole span, and the place and date parts when it has them.
 */
export interface Dateline extends Span {
  place: Span | null;
  date: Span | null;
}

/**
 * The article's layout, read once from the text: each paragraph's role, the headline, the lead (the
 * first body paragraph) and the dateline. Extractors read a fact's context from it (the statement a
 * paragraph continues, the place and day a report is about); what the frame's parts mean in people
 * or places is the extractors' work, on their own results.
 */
export interface ArticleFrame {
  paragraphs: ParagraphFrame[];
  headline: Span | null;
  lead: Span | null;
  dateline: Dateline | null;
  /** Index into `paragraphs` of the paragraph holding a UTF-16 position, or -1. */
  paragraphIndexAt(pos: number): number;
}

const HEADLINE_MAX = 300;
const LABEL_MAX_WORDS = 5;
// A label: a capitalised word, then up to four capitalised words, articles, prepositions or conjunctions ("Quote from
// Terekhov", "Kharkiv Oblast"), a colon and a space; "He added:" and "X said:" are sentences, not labels.
const LABEL = /^(?<label>\p{Lu}[\p{L}\p{M}'’.-]*(?:[ -](?:\p{Lu}[\p{L}\p{M}'’.-]*|\p{Ll}{1,4})){0,4}):[ \t]+\S/u;
// a lead opening with a place in capitals ("JAKARTA: …") is a dateline, not a label
const CAPITALS_WORD = /^\p{Lu}{2,}(?:[ -]\p{Lu}{2,})*$/u;
const SENTENCE_END = /[.!?…]["'”’»)]*$/u;
const LABEL_LOWER_WORDS = new Set([...ARTICLES, ...COORDINATORS, ...PREPOSITIONS]);
const CALENDAR_WORDS = new Set([...MONTH_NAMES, ...MONTH_ABBREVIATIONS, ...WEEKDAY_NAMES, ...WEEKDAY_ABBREVIATIONS]);
const DATE_LINE_WORD = /\p{L}+/gu;
const DATE_LINE_MAX = 60;
// "(Reuters) -", "(MENAFN- UkrinForm)": an agency in brackets opening the lead
const AGENCY_OPENING = /^\((?<agency>[\p{L}\p{N}/&.,' -]{1,40})\)\s*(?:[-–—]{1,2}\s*)?/u;
// "MINNEAPOLIS (AP) —", "Sept. 7 (UPI) --", "Rio de Janeiro, May 2, (dpa/GNA) –": place or date, agency, dash
const AGENCY_DATELINE =
  /^(?<place>\p{Lu}[\p{L}\p{M}'’.-]*(?: (?:\p{Lu}[\p{L}\p{M}'’.-]*|de|da|do|del|la|el)){0,4}?)?(?:,?\s*(?<date>(?:\p{Lu}\p{L}{2,8}\.?\s+\d{1,2})|(?:\d{1,2}\s+\p{Lu}\p{L}{2,8}\.?)),?)?\s*\((?<agency>[\p{L}\p{N}/&.,' -]{1,40})\)\s*[-–—]{1,2}\s*/u;
// "JAKARTA:", "KYIV —", "LONDON, Oct 8 -": a place in capitals opening the lead
const CAPITALS_DATELINE = /^(?<place>\p{Lu}{2,}(?:[ -]\p{Lu}{2,}){0,3})(?:,\s*(?<date>\p{Lu}\p{L}{2,8}\.?\s+\d{1,2}))?\s*(?::|[-–—]{1,2})\s+/u;

export function readFrame(text: string, paragraphs: readonly Span[]): ArticleFrame {
  const frames: ParagraphFrame[] = paragraphs.map((p, i) => ({ start: p.start, end: p.end, role: 'body', label: labelOf(text, p), setting: settingOf(text, p, i) }));
  markHeadline(text, frames);
  for (const f of frames) {
    if (f.role !== 'body') continue;
    if (isDateOnly(text.slice(f.start, f.end))) f.role = 'dateline';
    else if (f.label) f.role = 'labelled';
  }
  const headline = frames.find((f) => f.role === 'headline') ?? null;
  const leadFrame = frames.find((f) => f.role === 'body') ?? null;
  const dateline = leadFrame ? datelineAt(text, leadFrame) : null;
  return {
    paragraphs: frames,
    headline: headline && { start: headline.start, end: headline.end },
    lead: leadFrame && { start: leadFrame.start, end: leadFrame.end },
    dateline,
    paragraphIndexAt: (pos) => spanIndexAt(frames, pos),
  };
}

/** The first paragraph is a headline when a body follows and it is short and ends with no stop; a second such line is its standfirst. */
function markHeadline(text: string, frames: ParagraphFrame[]): void {
  const first = frames[0];
  if (!first || frames.length < 2 || !readsAsHeadline(text, first)) return;
  first.role = 'headline';
  const second = frames[1]!;
  if (frames.length > 2 && readsAsHeadline(text, second) && !isDateOnly(text.slice(second.start, second.end))) second.role = 'standfirst';
}

function readsAsHeadline(text: string, p: Span): boolean {
  const line = text.slice(p.start, p.end);
  return line.length <= HEADLINE_MAX && !SENTENCE_END.test(line) && !line.includes('\n');
}

function labelOf(text: string, p: Span): ParagraphFrame['label'] {
  const m = LABEL.exec(text.slice(p.start, Math.min(p.end, p.start + 80)));
  const label = m?.groups?.label;
  if (!label || CAPITALS_WORD.test(label)) return null;
  const words = label.split(/[ -]/);
  if (words.length > LABEL_MAX_WORDS || words.some((w) => w === w.toLowerCase() && !LABEL_LOWER_WORDS.has(w))) return null;
  return { start: p.start, end: p.start + label.length, text: label };
}

// "In Assam, …", "In Randolph County, Ind., …", "In the Kharkiv region, …": capitalised words after an opening "In", then a comma
const IN_PLACE_OPENING = /^In (?:the )?(?<name>\p{Lu}[\p{L}\p{M}'’.-]*(?: (?:\p{Lu}[\p{L}\p{M}'’.-]*|of|region|oblast|province|state|district)){0,4}),/u;
// a heading line of up to four capitalised words ("Bihar", "Kharkiv Oblast"), nothing else
const HEADING_LINE = /^\p{Lu}[\p{L}\p{M}'’.-]*(?: \p{Lu}[\p{L}\p{M}'’.-]*){0,3}$/u;

function settingOf(text: string, p: Span, index: number): ParagraphFrame['setting'] {
  const opening = text.slice(p.start, Math.min(p.end, p.start + 80));
  const m = IN_PLACE_OPENING.exec(opening);
  if (m) {
    const start = p.start + m[0].length - 1 - m.groups!.name!.length;
    return { start, end: start + m.groups!.name!.length, heading: false };
  }
  // the first line is the headline's, not a section's
  return index > 0 && p.end - p.start <= 60 && HEADING_LINE.test(opening) ? { start: p.start, end: p.end, heading: true } : null;
}

/** A short line of only calendar words, numbers and marks: "Tuesday, 17 September 2024, 19:02", "8/23/2024 3:09:15 AM". */
function isDateOnly(line: string): boolean {
  if (line.length > DATE_LINE_MAX || !/\d/.test(line)) return false;
  const words = line.match(DATE_LINE_WORD) ?? [];
  return words.every((w) => CALENDAR_WORDS.has(w.toLowerCase()) || /^(?<meridiem>am|pm|a|p|m|gmt|utc)$/i.test(w));
}

function datelineAt(text: string, lead: Span): Dateline | null {
  const opening = text.slice(lead.start, Math.min(lead.end, lead.start + 120));
  const m = AGENCY_OPENING.exec(opening) ?? AGENCY_DATELINE.exec(opening) ?? CAPITALS_DATELINE.exec(opening);
  if (!m || m[0].length >= lead.end - lead.start) return null;
  // "The Health Agency (HA) - …" names a body and its acronym, not a dateline
  const firstWord = m.groups?.place?.split(' ')[0]?.toLowerCase();
  if (firstWord && ARTICLES.includes(firstWord)) return null;
  const part = (name: 'place' | 'date'): Span | null => {
    const value = m.groups?.[name];
    if (!value) return null;
    const at = opening.indexOf(value);
    return { start: lead.start + at, end: lead.start + at + value.trimEnd().length };
  };
  return { start: lead.start, end: lead.start + m[0].trimEnd().length, place: part('place'), date: part('date') };
}
