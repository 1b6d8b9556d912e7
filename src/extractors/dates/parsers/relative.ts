// Dates named relative to the publication day or to the date just mentioned: "yesterday",
// "last week", "two days ago", "a year earlier", "Friday", "the third quarter", "last fall".
import type { Parser } from '../../framework.js';
import { candidate, candidateAt, leftContext, timeOfDay, type Candidate, type DatePoint, type Direction } from '../candidate.js';
import { COUNT_RE, ORDINALS, PARTS_OF_DAY, SEASONS, WEEKDAYS, WEEKDAY_RE, countValue, spokenYear, unitOf } from '../../../language/calendar.js';

type P = Parser<Candidate>;

const POD = '(morning|afternoon|evening|night)';
const FUZZY_EDGE = '(?:(?:early|late|earlier|later|mid|the end of|the beginning of|the start of|the middle of|the rest of|end of)\\s+)';

/** "yesterday", "late yesterday", "tomorrow night", "tonight", "today". */
const dayWord: P = {
  name: 'dayWord',
  pattern: new RegExp(`\\b(today|yesterday|tomorrow|tonight)(?:\\s+${POD}\\b)?(?!['’]s\\s+(?:paper|newspaper)|\\w)`, 'gdi'),
  extract(m) {
    const word = m[1]!.toLowerCase();
    if (word === 'today' && /USA\s*$/.test(m.input.slice(Math.max(0, m.index - 5), m.index))) return null;
    const edge = leftContext(m.input, m.index, FUZZY_EDGE_LEFT);
    const offset = word === 'yesterday' ? -1 : word === 'tomorrow' ? 1 : 0;
    const pod = word === 'tonight' ? 'NI' : m[2] ? PARTS_OF_DAY[m[2].toLowerCase()] : undefined;
    return candidateAt(m.index - (edge?.[0].length ?? 0), m.index + m[0].length, 'dayWord', {
      point: { kind: 'relativeDay', offset }, time: pod ? timeOfDay(undefined, undefined, pod) : undefined,
    });
  },
};
const FUZZY_EDGE_LEFT = /\b(?:early|late|earlier|later|mid|the end of|the beginning of|the start of|the middle of|the rest of|end of)\s+$/i;

/** "last night", "this morning", "earlier this afternoon". */
const thisPartOfDay: P = {
  name: 'thisPartOfDay',
  pattern: new RegExp(`\\b(${FUZZY_EDGE}?(last|this)\\s+${POD})\\b`, 'gdi'),
  extract(m) {
    const last = m[2]!.toLowerCase() === 'last';
    if (last && m[3]!.toLowerCase() !== 'night') return null; // "last morning" is not idiomatic
    return candidate(m, 1, 'thisPartOfDay', {
      point: { kind: 'relativeDay', offset: last ? -1 : 0 },
      time: timeOfDay(undefined, undefined, PARTS_OF_DAY[m[3]!.toLowerCase()]!),
    });
  },
};

/** "last week", "this year", "earlier this month", "the past year", "next quarter", "last fall". */
const relativeUnit: P = {
  name: 'relativeUnit',
  pattern: new RegExp(
    `\\b(${FUZZY_EDGE}?(?:the\\s+)?(last|this|next|this coming|this past|coming|past|previous|following|current)\\s+` +
      `(week(?:end)?|month|year|quarter|decade|century|spring|summer|fall|autumn|winter))\\b(?![- ](?:old|long))`,
    'gdi',
  ),
  extract(m) {
    const dirWord = m[2]!.toLowerCase();
    // "This Week", "Next Year": a capitalised unit is a title (a TV show, a campaign), not a time.
    if (/^[A-Z]/.test(m[3]!)) return null;
    const unitWord = m[3]!.toLowerCase();
    const dir: Direction = /last|past|previous/.test(dirWord) ? 'last' : /next|coming|following/.test(dirWord) ? 'next' : 'this';
    if (unitWord in SEASONS) return candidate(m, 1, 'relativeUnit', { point: { kind: 'season', season: SEASONS[unitWord]!, dir } });
    const unit = unitOf(unitWord)!;
    if (unit === 'quarter' && dirWord === 'current') {
      return candidate(m, 1, 'relativeUnit', { point: { kind: 'quarter', current: true } });
    }
    const offset = dir === 'last' ? -1 : dir === 'next' ? 1 : 0;
    // "the following year", "the previous month" count from the date the story is at, not from today.
    if (/^(?:following|previous)$/.test(dirWord) && (unit === 'year' || unit === 'month')) {
      return candidate(m, 1, 'relativeUnit', { point: { kind: 'anchorUnit', unit, offset } });
    }
    return candidate(m, 1, 'relativeUnit', { point: { kind: 'relative', unit, offset } });
  },
};

/** "that year", "later that year", "that same month", "the year before": the year of the date just told. */
const anchoredUnit: P = {
  name: 'anchoredUnit',
  pattern:
    /\b((?:(?:earlier|later|early|late)\s+(?:in\s+)?)?(?:that(?:\s+same)?|the\s+same)\s+(year|month)|the\s+(year|month)\s+(before|after)(?=\s*[.,;:)!?'"”’]|\s*$))(?![\w-])/dgi,
  extract(m) {
    const unit = (m[2] ?? m[3])!.toLowerCase() as 'year' | 'month';
    const offset = m[4] ? (/before/i.test(m[4]) ? -1 : 1) : 0;
    return candidate(m, 1, 'anchoredUnit', { point: { kind: 'anchorUnit', unit, offset } });
  },
};

/** "two days ago", "a week or so ago", "five months earlier", "a year ago", "several years ago". */
const unitsAgo: P = {
  name: 'unitsAgo',
  pattern: new RegExp(
    `\\b((?:(?:nearly|almost|about|around|some|more than|less than|over|roughly|just|only|barely|exactly)\\s+)?` +
      `(${COUNT_RE})\\s+(days?|weeks?|months?|years?|decades?)(?:\\s+or\\s+(?:so|two|more))?\\s+(ago|earlier|later|from now|hence|before(?=\\s*[.,;:)]|\\s*$)))`,
    'gdi',
  ),
  extract(m) {
    const n = countValue(m[2]!);
    const back = !/later|from now|hence/i.test(m[4]!);
    const unit = unitOf(m[3]!)!;
    if (n == null) return candidate(m, 1, 'unitsAgo', { literal: { value: back ? 'PAST_REF' : 'FUTURE_REF', type: 'date' } });
    const offset = back ? -n : n;
    let point: DatePoint;
    if (unit === 'year' && n === 1 && !/ago/i.test(m[4]!)) point = { kind: 'yearBack', years: 1 };
    else if (unit === 'year' && n === 1) point = { kind: 'yearBack', years: 1 };
    else if (unit === 'day') point = { kind: 'relativeDay', offset };
    else if (unit === 'decade') point = { kind: 'relative', unit: 'year', offset: offset * 10 };
    else point = { kind: 'relative', unit, offset };
    return candidate(m, 1, 'unitsAgo', { point });
  },
};

/** "Friday", "last Friday", "Wednesday night", "the previous Friday", "this coming Sunday". */
const weekday: P = {
  name: 'weekday',
  pattern: new RegExp(
    `\\b((?:([Ll]ast|[Tt]his|[Nn]ext|[Tt]his coming|[Tt]his past|[Cc]oming|[Pp]ast|[Tt]he previous|[Tt]he following|early|late|earlier|later)\\s+)?` +
      `(${WEEKDAY_RE})(?:\\s+${POD}\\b)?)(?!\\w)`,
    'gd',
  ),
  extract(m) {
    const mod = m[2]?.toLowerCase();
    const dir = !mod ? 'auto' : /last|past|previous/.test(mod) ? 'last' : /next|coming|following/.test(mod) ? 'next' : mod === 'this' ? 'this' : 'auto';
    const pod = m[4] ? PARTS_OF_DAY[m[4].toLowerCase()] : undefined;
    return candidate(m, 1, 'weekday', {
      point: { kind: 'weekday', weekday: WEEKDAYS[m[3]!.toLowerCase()]!, dir, pastOnly: /^['’]s\b/.test(m.input.slice(m.index + m[0].length, m.index + m[0].length + 3)), fromAnchor: /^the /.test(mod ?? '') },
      time: pod ? timeOfDay(undefined, undefined, pod) : undefined,
    });
  },
};

/** "year-end", "the end of the year", "the full year", "the fiscal year", "for the year". */
const wholeYear: P = {
  name: 'wholeYear',
  pattern:
    /\b(year[- ]end|year['’]s end|the (?:end of the (?:year|month)|(?:full|current fiscal|fiscal|current) year|year(?!\s+(?:before|after|when|that|in which|of|since|to|and|\d)\b|-)))(?![\w-])/dgi,
  extract(m) {
    const s = m[1]!.toLowerCase();
    if (s === 'the year' && !leftContext(m.input, m.index, /\b(?:for|of|during|in|through)\s+$/i)) return null;
    const around = /^year/.test(s) ? leftContext(m.input, m.index, /\baround\s+$/i) : null;
    const unit = /month/.test(s) ? 'month' : 'year';
    return candidateAt(m.index - (around?.[0].length ?? 0), m.index + m[0].length, 'wholeYear', { point: { kind: 'relative', unit, offset: 0 } });
  },
};

/** "year-earlier results", "year-ago": the same period a year back. */
const yearBackAdjective: P = {
  name: 'yearBackAdjective',
  pattern: /\b(year-(?:earlier|ago))\b(?!\s+(?:quarter|period)\b)/dgi,
  extract: (m) => candidate(m, 1, 'yearBackAdjective', { point: { kind: 'yearBack', years: 1 } }),
};

/** "the weekend". */
const weekend: P = {
  name: 'weekend',
  pattern: /\b(the\s+weekend)\b/dgi,
  extract: (m) => candidate(m, 1, 'weekend', { point: { kind: 'relative', unit: 'weekend', offset: 0 } }),
};

/**
 * Quarters, as financial news writes them: "the third quarter", "third-quarter", "the quarter",
 * "the year-ago quarter", "the 1988 second quarter", "the fourth quarter of 1990".
 */
const quarter: P = {
  name: 'quarter',
  pattern:
    /\b((?:(the|its|this|that|last|next|a|this year's|last year's|next year's)\s+)?((?:(?:latest|current|same|comparable|year-earlier|year-ago|previous|prior|corresponding|fiscal|first|second|third|fourth|1st|2nd|3rd|4th|(?:1[0-9]|20)\d\d)[- ]+){0,4})(quarter|period))(?:\s+of\s+(?:fiscal\s+)?((?:1[0-9]|20)\d\d)\b)?(?!ly|s\b|-to-|[- ](?:mile|century|final|back|inch|pound|point)\b)/dgi,
  extract(m) {
    const det = m[2]?.toLowerCase();
    const modText = (m[3] ?? '').toLowerCase();
    const mods = modText.split(/[- ]+/).filter(Boolean);
    const ordinal = mods.map((w) => ORDINALS[w]).find((q) => q != null);
    const explicitYear = m[5] ? Number(m[5]) : mods.map(Number).find((n) => n > 999);
    if (!det && !mods.length) return null; // a bare "quarter" is usually a fraction or a district
    // "period" is a quarter only in the phrases of financial results: "the latest period", "the year-ago period".
    if (m[4]!.toLowerCase() === 'period' && !/latest|year-(?:earlier|ago)|comparable|corresponding|\d{4}/.test(modText)) return null;
    if (det === 'a' && !ordinal) return null; // "a quarter of the vote"
    const after = m.input.slice(m.index + m[0].length, m.index + m[0].length + 8);
    if (!ordinal && !explicitYear && /^\s+of\b/.test(after)) return null; // "the quarter of…"
    const point: DatePoint = { kind: 'quarter', q: ordinal, y: explicitYear };
    if (mods.some((w) => w === 'current') || det === 'this') point.current = true;
    if (/year-(?:earlier|ago)/.test(modText) || det === "last year's" || det === 'last') point.yearOffset = -1;
    if (det === 'last' && !ordinal) return candidate(m, m[5] ? 0 : 1, 'quarter', { point: { kind: 'relative', unit: 'quarter', offset: -1 } });
    if (det === 'next') return candidate(m, m[5] ? 0 : 1, 'quarter', { point: { kind: 'relative', unit: 'quarter', offset: 1 } });
    if (det === "next year's") point.yearOffset = 1;
    if (det === "this year's") point.yearOffset = 0;
    const end = m[5] ? 0 : 1;
    const c = candidate(m, end, 'quarter', { point });
    // "a third-quarter loss": the hyphenated adjective is the expression, its determiner belongs to the noun after it.
    // A possessive is not part of the time either: "its fourth quarter". (A new candidate rather than a changed
    // start: a candidate's fields are never written after it is made, which keeps V8's code reading them.)
    if (det && (/-$/.test(modText) || det === 'its') && mods.length && m.indices?.[3]) return candidateAt(m.indices[3][0], c.end, c.parser, c);
    return c;
  },
};

/** "the first half of 1990", "the second half of this year". Bare "the first half" is often a match half. */
const half: P = {
  name: 'half',
  pattern: /\b((?:the\s+)?(first|second|last|latter)\s+half\s+of\s+(?:(?:the\s+)?(?:fiscal\s+)?((?:1[0-9]|20)\d\d)|(this|last|next)\s+year|the\s+year))\b/dgi,
  extract(m) {
    const h = m[2]!.toLowerCase() === 'first' ? 1 : 2;
    const rel = m[4]?.toLowerCase();
    const yearOffset = rel === 'last' ? -1 : rel === 'next' ? 1 : 0;
    return candidate(m, 1, 'half', { point: { kind: 'half', h, y: m[3] ? Number(m[3]) : undefined, yearOffset } });
  },
};

/** Seasons after a preposition or with a year: "in the summer", "the winter of 1994", "summer 2025". */
const season: P = {
  name: 'season',
  pattern:
    /(?<=\b(?:in|during|since|until|through|throughout|by|over|for|of|before|after|early|late)\s)((?:the\s+)?(?:(?:early|late|mid)[- ])?(spring|summer|autumn|winter|fall)(?:\s+(?:of\s+)?((?:1[0-9]|20)\d\d|nineteen[- ][a-z]+(?:-[a-z]+)?))?)\b|\b((spring|summer|autumn|winter|fall)\s+(?:of\s+)?((?:1[0-9]|20)\d\d))\b/dgi,
  extract(m) {
    const word = (m[2] ?? m[5])!.toLowerCase();
    const yText = m[3] ?? m[6];
    const y = yText == null ? undefined : /^\d/.test(yText) ? Number(yText) : spokenYear(yText) ?? undefined;
    // "the fall" is too often a drop ("the fall in prices") unless a year comes with it.
    if (word === 'fall' && !y) return null;
    return candidate(m, m[1] ? 1 : 4, 'season', { point: { kind: 'season', season: SEASONS[word]!, y } });
  },
};

/** "the day before", "the next day", "the following morning", "that day", "the same day". */
const anchoredDay: P = {
  name: 'anchoredDay',
  pattern:
    /\b((?:that(?:\s+same)?|the\s+same)\s+(day|night|morning|evening|afternoon)|the\s+(next|following|previous|preceding)\s+(day|night|morning|evening|afternoon)|the\s+day\s+(before|after)(?=\s*[.,;:)!?'"”’]|\s*$))(?!\s+(?:of|when|that|in|to|and|before|after)\b)/dgi,
  extract(m) {
    const s = m[1]!.toLowerCase();
    const pod = PARTS_OF_DAY[(m[2] ?? m[4] ?? 'day').toLowerCase()];
    let offset = 0;
    if (/next|following|day after/.test(s)) offset = 1;
    else if (/previous|preceding|before/.test(s)) offset = -1;
    else if (!/that|same/.test(s)) return null; // "the day", "the night": see the part-of-day parser
    return candidate(m, 1, 'anchoredDay', { point: { kind: 'anchorDay', offset }, time: pod ? timeOfDay(undefined, undefined, pod) : undefined });
  },
};

/** "earlier in the year", "later in the month": the unit the story is at. ("later in the day" is rarely marked.) */
const earlierInThe: P = {
  name: 'earlierInThe',
  pattern: /\b((?:earlier|later)\s+in\s+the\s+(month|year))\b(?!['’-])/dgi,
  extract(m) {
    const unit = m[2]!.toLowerCase() as 'month' | 'year';
    return candidate(m, 1, 'earlierInThe', { point: { kind: 'anchorUnit', unit, offset: 0 } });
  },
};

export const relativeParsers: P[] = [earlierInThe, anchoredUnit, wholeYear, yearBackAdjective, dayWord, thisPartOfDay, relativeUnit, unitsAgo, weekday, weekend, quarter, half, season, anchoredDay];
