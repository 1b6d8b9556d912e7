import { MONTH_ABBREVIATIONS, MONTH_NAMES } from '../../language/calendar.js';
import type { DomDocument } from './dom.js';
import { articleObjects, ldString, type LdObject } from './jsonld.js';
import type { MetaIndex } from './meta-index.js';
import { inlineText } from './text.js';

/**
 * Meta tags that carry the publication date, most specific first. Matched against the
 * lower-cased `property`, `name` or `itemprop` attribute.
 */
const PUBLISHED_META = [
  'article:published_time', 'og:published_time', 'og:article:published_time', 'datepublished',
  'article.published', 'published_time', 'publishdate', 'publish-date', 'publish_date', 'pubdate',
  'parsely-pub-date', 'sailthru.date', 'dc.date.issued', 'dcterms.issued', 'dc.date.created',
  'dcterms.created', 'date', 'dc.date', 'dcterms.date', 'article_date_original', 'original-publish-date',
  'cxenseparse:recs:publishtime', 'rnews:datepublished', 'displaydate', 'creation_date', 'created',
];

/** Up to 14 hours: a date-only value may already be "today" somewhere east of UTC. */
const TIME_ZONE_SLACK_MS = 14 * 3600 * 1000;
const EARLIEST = Date.UTC(1990, 0, 1);

const ISO_LIKE = /^(?<year>\d{4})-(?<month>\d{1,2})-(?<day>\d{1,2})(?:[T ](?<hour>\d{1,2}):(?<minute>\d{2})(?::(?<second>\d{2})(?:\.\d+)?)?\s*(?<zone>Z|[+-]\d{2}:?\d{2})?)?/;
const COMPACT = /^(?<year>\d{4})(?<month>\d{2})(?<day>\d{2})(?:T?(?<hour>\d{2})(?<minute>\d{2})(?<second>\d{2})?)?$/;

const pad = (n: number | string): string => String(n).padStart(2, '0');

/**
 * Normalises a date as pages write it to ISO 8601: a date-time keeps its own offset (the local
 * calendar day is what the dates extractor needs), a date stays a date. Returns undefined for
 * anything unparseable, before 1990, or in the future of `now`.
 */
export function normalizeDate(raw: string | undefined | null, now: Date): string | undefined {
  if (!raw) return undefined;
  const s = raw.trim();
  if (!s) return undefined;
  let iso: string | undefined;
  let instant: number;
  const m = ISO_LIKE.exec(s) ?? COMPACT.exec(s);
  if (m) {
    const { year: y, month: mo, day: d, hour: h, minute: mi, second: sec, zone } = m.groups!;
    if (+mo! < 1 || +mo! > 12 || +d! < 1 || +d! > 31) return undefined;
    const date = `${y}-${pad(mo!)}-${pad(d!)}`;
    if (h === undefined) {
      iso = date;
      instant = Date.UTC(+y!, +mo! - 1, +d!) - TIME_ZONE_SLACK_MS;
    } else {
      const z = zone === undefined ? '' : zone === 'Z' ? 'Z' : zone.includes(':') ? zone : `${zone.slice(0, 3)}:${zone.slice(3)}`;
      iso = `${date}T${pad(h)}:${mi}:${sec ?? '00'}${z}`;
      instant = Date.parse(iso);
      if (!z) instant -= TIME_ZONE_SLACK_MS;
    }
  } else if (/^\d{10}(?:\d{3})?$/.test(s)) {
    // Unix seconds or milliseconds.
    instant = s.length === 10 ? +s * 1000 : +s;
    iso = new Date(instant).toISOString().replace('.000Z', 'Z');
  } else {
    // RFC 2822 and "November 19, 2019" style: Date.parse knows both.
    instant = Date.parse(s.replace(/\b(?:at|on)\b/gi, ' ').replace(/\s+/g, ' '));
    if (Number.isNaN(instant)) return undefined;
    const hasTime = /\d{1,2}:\d{2}/.test(s);
    const d = new Date(instant);
    iso = hasTime ? d.toISOString().replace('.000Z', 'Z') : `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
    if (!hasTime) {
      // Date.parse read a date-only string as local midnight; re-read it as a calendar day.
      const local = new Date(instant);
      iso = `${local.getFullYear()}-${pad(local.getMonth() + 1)}-${pad(local.getDate())}`;
      instant = Date.UTC(local.getFullYear(), local.getMonth(), local.getDate()) - TIME_ZONE_SLACK_MS;
    }
  }
  if (Number.isNaN(instant) || instant < EARLIEST || instant > now.getTime()) return undefined;
  return iso;
}

/** `<time>` elements marked as the publication time first, then the first one in the page. */
function timeElements(doc: DomDocument): string[] {
  const out: string[] = [];
  const marked = doc.querySelectorAll('[itemprop="datePublished"], time[pubdate], [property="article:published_time"], time.published, time.entry-date, .published time, .date time, .byline time, header time, article time');
  for (let i = 0; i < marked.length; i++) {
    const el = marked[i]!;
    const v = el.getAttribute('datetime') ?? el.getAttribute('content') ?? el.getAttribute('title');
    if (v) out.push(v);
  }
  const times = doc.querySelectorAll('time[datetime]');
  for (let i = 0; i < times.length && i < 3; i++) out.push(times[i]!.getAttribute('datetime')!);
  return out;
}

const MONTHS = MONTH_NAMES.map((m) => m.slice(0, 3));

/** /2019/11/19/, /2019-11-19, /2019/nov/18/, /20191119/ or -20191115/ in the path. */
function dateInUrl(url: string | undefined): string[] {
  if (!url) return [];
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return [];
  }
  const numeric = /(?:^|\D)(?<year>(?:19|20)\d{2})[/_-](?<month>[01]?\d)[/_-](?<day>[0-3]?\d)(?=\D|$)/.exec(path)?.groups;
  if (numeric) return [`${numeric.year}-${pad(numeric.month!)}-${pad(numeric.day!)}`];
  const named = /\/(?<year>(?:19|20)\d{2})\/(?<month>[a-z]{3})[a-z]*\/(?<day>[0-3]?\d)(?=\/|$)/i.exec(path)?.groups;
  const month = named ? MONTHS.indexOf(named.month!.toLowerCase()) : -1;
  if (named && month >= 0) return [`${named.year}-${pad(month + 1)}-${pad(named.day!)}`];
  const compact = /[/_-](?<year>(?:19|20)\d{2})(?<month>[01]\d)(?<day>[0-3]\d)(?=[/_.-]|$)/.exec(path)?.groups;
  if (compact) return [`${compact.year}-${compact.month}-${compact.day}`];
  return [];
}

// longest first, so that "September" is not read as "Sep"
const MONTH_NAME = `(?:${[...MONTH_NAMES, ...MONTH_ABBREVIATIONS].sort((a, b) => b.length - a.length).join('|')})\\.?`;
const WRITTEN_DATE = new RegExp(`\\b(?:${MONTH_NAME}\\s+\\d{1,2},?\\s+\\d{4}|\\d{1,2}\\s+${MONTH_NAME},?\\s+\\d{4}|\\d{4}-\\d{2}-\\d{2})\\b`, 'i');

/** A date written in an element whose class says it is the date ("article_date", "post-date"). */
function visibleDate(doc: DomDocument): string[] {
  const out: string[] = [];
  const els = doc.querySelectorAll('[class*="date"], [class*="Date"], [class*="published"], [class*="timestamp"], [id*="date"]');
  for (let i = 0; i < els.length && out.length < 5; i++) {
    const text = inlineText(els[i]);
    if (text.length > 80) continue;
    const m = WRITTEN_DATE.exec(text);
    if (m) out.push(m[0]);
  }
  return out;
}

/**
 * The publication date, in the order of trust: JSON-LD datePublished, then meta tags,
 * then a <time> element, then a date in the URL, then a date written in an element classed
 * as the date.
 * The first candidate that parses and is not in the future of `now` wins. A modification date
 * is never taken for it: a page updated today would date its events wrongly.
 */
export function findPublished(doc: DomDocument, metas: MetaIndex, ld: LdObject[], url: string | undefined, now: Date): string | undefined {
  const articles = articleObjects(ld);
  const candidates: Array<() => string[]> = [
    () => articles.map((o) => ldString(o, 'datePublished') ?? ldString(o, 'dateCreated') ?? '').filter(Boolean),
    () => metas.all(PUBLISHED_META),
    () => ld.filter((o) => !/WebSite|Organization|Person|Brand|Place/i.test(String(o['@type']))).map((o) => ldString(o, 'datePublished') ?? '').filter(Boolean),
    () => timeElements(doc),
    () => dateInUrl(url),
    () => visibleDate(doc),
  ];
  for (const group of candidates) {
    for (const raw of group()) {
      const iso = normalizeDate(raw, now);
      if (iso) return iso;
    }
  }
  return undefined;
}
