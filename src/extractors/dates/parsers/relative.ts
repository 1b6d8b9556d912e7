// Dates named relative to the publication day or to the date just mentioned: "yesterday",
// "last week", "two days ago", "a year earlier", "Friday", "the third quarter", "last fall".
import { candidate, candidateAt, leftContext, textAfter, textBefore, timeOfDay, type Candidate, type DatePoint, type Direction, type DateParser } from '../candidate.js';
import { COUNT_RE, DAY_ORDINAL_RE, MONTH_RE, ORDINALS, PARTS_OF_DAY, PRESENT_AGE_NOUNS, QUARTER_RESULT_NOUNS, SEASONS, WEEKDAYS, WEEKDAY_RE, countValue, monthNumber, spokenYear, unitOf } from '../../../language/calendar.js';

type P = DateParser;

const POD = '(?<pod>morning|afternoon|evening|night)';
const FUZZY_EDGE = '(?:(?:early|late|earlier|later|mid|the end of|the beginning of|the start of|the middle of|the rest of|end of)\\s+)';

/** "yesterday", "late yesterday", "tomorrow night", "tonight", "today". */
const dayWord: P = {
  name: 'dayWord',
  cues: ['today', 'yesterday', 'tomorrow', 'tonight'],
  pattern: new RegExp(`\\b(?<day>today|yesterday|tomorrow|tonight)(?:\\s+${POD}\\b)?(?!['’]s\\s+(?:paper|newspaper)|\\w)`, 'gdi'),
  extract(m) {
    const word = m.groups!.day!.toLowerCase();
    if (word === 'today' && /USA\s*$/.test(textBefore(m, USA_WINDOW))) return null;
    if (word === 'today' && !m.groups!.pod && PRESENT_AGE_AFTER.test(textAfter(m, PRESENT_AGE_WINDOW))) return null;
    const edge = leftContext(m.input, m.index, FUZZY_EDGE_LEFT);
    const offset = word === 'yesterday' ? -1 : word === 'tomorrow' ? 1 : 0;
    const podWord = m.groups!.pod;
    const pod = word === 'tonight' ? 'NI' : podWord ? PARTS_OF_DAY[podWord.toLowerCase()] : undefined;
    return candidateAt(m.index - (edge?.[0].length ?? 0), m.index + m[0].length, 'dayWord', {
      point: { kind: 'relativeDay', offset }, time: pod ? timeOfDay(undefined, undefined, pod) : undefined,
    });
  },
};
/** "today's youth", "today's personal computers": the present age, no day. */
const PRESENT_AGE_AFTER = new RegExp(`^['’]s\\s+(?:[\\w-]+\\s+)?(?:${PRESENT_AGE_NOUNS.join('|')})\\b`, 'i');
const PRESENT_AGE_WINDOW = 40;
/** "Today is the eighth day of the operation", "It's the second day of an offensive": the day of the report. */
const countedDayToday: P = {
  name: 'countedDayToday',
  pattern: new RegExp(`\\b(?:today|it)(?:\\s+is|['’]s|\\s+marks)\\s+(?<date>the\\s+${DAY_ORDINAL_RE}\\s+day)(?=\\s+(?:of|since)\\b)`, 'dgi'),
  extract(m) {
    return candidate(m, 'date', 'countedDayToday', { point: { kind: 'relativeDay', offset: 0 } });
  },
};

/** Characters before "today" read for the newspaper "USA Today". */
const USA_WINDOW = 5;
/** A fuzzy edge at the start of an expression ("early the past week" is no English, but "late last week" is). */
const FUZZY_EDGE_LEFT_START = new RegExp(`^${FUZZY_EDGE}`, 'i');
const FUZZY_EDGE_LEFT = /\b(?:early|late|earlier|later|mid|the end of|the beginning of|the start of|the middle of|the rest of|end of)\s+$/i;

/** "last night", "this morning", "earlier this afternoon". */
const thisPartOfDay: P = {
  name: 'thisPartOfDay',
  cues: ['morning', 'afternoon', 'evening', 'night'],
  pattern: new RegExp(`\\b(?<date>${FUZZY_EDGE}?(?<direction>last|this)\\s+${POD})\\b`, 'gdi'),
  extract(m) {
    const g = m.groups!;
    const last = g.direction!.toLowerCase() === 'last';
    if (last && g.pod!.toLowerCase() !== 'night') return null; // "last morning" is not idiomatic
    if (!last && g.pod!.toLowerCase() === 'night') return null; // "this night" is the clock parsers' "overnight"
    return candidate(m, 'date', 'thisPartOfDay', {
      point: { kind: 'relativeDay', offset: last ? -1 : 0 },
      time: timeOfDay(undefined, undefined, PARTS_OF_DAY[g.pod!.toLowerCase()]!),
    });
  },
};

/** "last week", "this year", "earlier this month", "the past year", "next quarter", "last fall". */
const relativeUnit: P = {
  name: 'relativeUnit',
  pattern: new RegExp(
    `\\b(?<date>${FUZZY_EDGE}?(?:the\\s+)?(?<direction>last|this|next|this coming|this past|coming|past|previous|following|current)\\s+` +
      `(?<unit>week(?:end)?|month|year|quarter|decade|century|spring|summer|fall|autumn|winter))\\b(?![- ](?:old|long))`,
    'gdi',
  ),
  extract(m) {
    const dirWord = m.groups!.direction!.toLowerCase();
    // "This Week", "Next Year": a capitalised unit is a title (a TV show, a campaign), not a time.
    if (/^[A-Z]/.test(m.groups!.unit!)) return null;
    const unitWord = m.groups!.unit!.toLowerCase();
    const dir: Direction = /last|past|previous/.test(dirWord) ? 'last' : /next|coming|following/.test(dirWord) ? 'next' : 'this';
    if (unitWord in SEASONS) return candidate(m, 'date', 'relativeUnit', { point: { kind: 'season', season: SEASONS[unitWord]!, dir } });
    const unit = unitOf(unitWord)!;
    // "over the past week", "for the last week": the seven days before now, not the calendar week before
    // this one ("last week")
    if (unit === 'week' && /^the\s+(?:past|last)\s/i.test(m.groups!.date!.replace(FUZZY_EDGE_LEFT_START, ''))) {
      return candidate(m, 'date', 'relativeUnit', { literal: { value: 'P1W', type: 'duration' } });
    }
    if (unit === 'quarter' && dirWord === 'this' && QUARTER_RESULTS_AFTER.test(textAfter(m, QUARTER_RESULTS_WINDOW))) {
      return candidate(m, 'date', 'relativeUnit', { point: { kind: 'quarter' } });
    }
    if (unit === 'quarter' && dirWord === 'current') {
      return candidate(m, 'date', 'relativeUnit', { point: { kind: 'quarter', current: true } });
    }
    const offset = dir === 'last' ? -1 : dir === 'next' ? 1 : 0;
    // "the following year", "the previous month" count from the date the story is at, not from today.
    if (/^(?:following|previous)$/.test(dirWord) && (unit === 'year' || unit === 'month')) {
      return candidate(m, 'date', 'relativeUnit', { point: { kind: 'anchorUnit', unit, offset } });
    }
    return candidate(m, 'date', 'relativeUnit', { point: { kind: 'relative', unit, offset } });
  },
};

/** "this quarter's loss", "this quarter's net income". */
const QUARTER_RESULTS_AFTER = new RegExp(`^['’]s\\s+(?:[\\w-]+\\s+)?(?:${QUARTER_RESULT_NOUNS.join('|')})\\b`, 'i');
const QUARTER_RESULTS_WINDOW = 30;

/** "that year", "later that year", "that same month", "the year before": the year of the date just told. */
const anchoredUnit: P = {
  name: 'anchoredUnit',
  pattern:
    /\b(?<date>(?:(?:earlier|later|early|late)\s+(?:in\s+)?)?(?:that(?:\s+same)?|the\s+same)\s+(?<thatUnit>year|month)|the\s+(?<unit>year|month)\s+(?<side>before|after)(?=\s*[.,;:)!?'"”’]|\s*$))(?![\w-])/dgi,
  extract(m) {
    const g = m.groups!;
    const unit = (g.thatUnit ?? g.unit)!.toLowerCase() as 'year' | 'month';
    const offset = g.side ? (/before/i.test(g.side) ? -1 : 1) : 0;
    return candidate(m, 'date', 'anchoredUnit', { point: { kind: 'anchorUnit', unit, offset } });
  },
};

/** "two days ago", "a week or so ago", "five months earlier", "a year ago", "several years ago". */
const unitsAgo: P = {
  name: 'unitsAgo',
  cues: ['ago', 'earlier', 'later', 'from now', 'hence', 'before'],
  pattern: new RegExp(
    `\\b(?<date>(?:(?:nearly|almost|about|around|some|more than|less than|over|roughly|just|only|barely|exactly)\\s+)?` +
      `(?<count>${COUNT_RE})\\s+(?<unit>days?|weeks?|months?|years?|decades?)(?:\\s+or\\s+(?:so|two|more))?\\s+(?<side>ago|earlier|later|from now|hence|before(?=\\s*[.,;:)]|\\s*$)))`,
    'gdi',
  ),
  extract(m) {
    const g = m.groups!;
    const n = countValue(g.count!);
    const back = !/later|from now|hence/i.test(g.side!);
    const unit = unitOf(g.unit!)!;
    if (n == null) return candidate(m, 'date', 'unitsAgo', { literal: { value: back ? 'PAST_REF' : 'FUTURE_REF', type: 'date' } });
    const offset = back ? -n : n;
    let point: DatePoint;
    if (unit === 'year' && n === 1 && !/ago/i.test(g.side!)) point = { kind: 'yearBack', years: 1 };
    else if (unit === 'year' && n === 1) point = { kind: 'yearBack', years: 1 };
    else if (unit === 'day') point = { kind: 'relativeDay', offset };
    else if (unit === 'decade') point = { kind: 'relative', unit: 'year', offset: offset * 10 };
    else point = { kind: 'relative', unit, offset };
    return candidate(m, 'date', 'unitsAgo', { point });
  },
};

/** "Friday", "last Friday", "Wednesday night", "the previous Friday", "this coming Sunday". */
const weekday: P = {
  name: 'weekday',
  // "the following Friday"
  anchor: { pattern: new RegExp(WEEKDAY_RE, 'g'), reach: 2 },
  pattern: new RegExp(
    `\\b(?<date>(?:(?<modifier>[Ll]ast|[Tt]his|[Nn]ext|[Tt]his coming|[Tt]his past|[Cc]oming|[Pp]ast|[Tt]he previous|[Tt]he following|early|late|earlier|later)\\s+)?` +
      `(?<weekday>${WEEKDAY_RE})(?:\\s+${POD}\\b)?)(?!\\w)`,
    'gd',
  ),
  extract(m) {
    const g = m.groups!;
    const mod = g.modifier?.toLowerCase();
    const dir = !mod ? 'auto' : /last|past|previous/.test(mod) ? 'last' : /next|coming|following/.test(mod) ? 'next' : mod === 'this' ? 'this' : 'auto';
    const pod = g.pod ? PARTS_OF_DAY[g.pod.toLowerCase()] : undefined;
    return candidate(m, 'date', 'weekday', {
      point: { kind: 'weekday', weekday: WEEKDAYS[g.weekday!.toLowerCase()]!, dir, pastOnly: /^['’]s\b/.test(textAfter(m, POSSESSIVE_WINDOW)), fromAnchor: /^the /.test(mod ?? '') },
      time: pod ? timeOfDay(undefined, undefined, pod) : undefined,
    });
  },
};

/** Characters after a weekday read for a possessive "'s" and the word break after it. */
const POSSESSIVE_WINDOW = 3;

/** "year-end", "the end of the year", "the full year", "the fiscal year", "for the year". */
const wholeYear: P = {
  name: 'wholeYear',
  pattern:
    /\b(?<date>year[- ]end|year['’]s end|the (?:end of the (?:year|month)|(?:full|current fiscal|fiscal|current) year|year(?!\s+(?:before|after|when|that|in which|of(?!\s+[$£€\d])|since|to|and|\d)\b|-)))(?![\w-])/dgi,
  extract(m) {
    const s = m.groups!.date!.toLowerCase();
    if (s === 'the year' && !leftContext(m.input, m.index, /\b(?:for|of|during|in|through)\s+$/i)) return null;
    const around = /^year/.test(s) ? leftContext(m.input, m.index, /\baround\s+$/i) : null;
    const unit = /month/.test(s) ? 'month' : 'year';
    return candidateAt(m.index - (around?.[0].length ?? 0), m.index + m[0].length, 'wholeYear', { point: { kind: 'relative', unit, offset: 0 } });
  },
};

/** "year-earlier results", "year-ago": the same period a year back. */
const yearBackAdjective: P = {
  name: 'yearBackAdjective',
  cues: ['year-earlier', 'year-ago'],
  pattern: /\b(?:year-(?:earlier|ago))\b(?!\s+(?:quarter|period)\b)/dgi,
  extract: (m) => candidate(m, null, 'yearBackAdjective', { point: { kind: 'yearBack', years: 1 } }),
};

/** "the weekend": the one just past, or under way (as "last weekend"). */
const weekend: P = {
  name: 'weekend',
  cues: ['weekend'],
  pattern: /\b(?:the\s+weekend)\b/dgi,
  extract: (m) => candidate(m, null, 'weekend', { point: { kind: 'relative', unit: 'weekend', offset: -1 } }),
};

/**
 * Quarters, as financial news writes them: "the third quarter", "third-quarter", "the quarter",
 * "the year-ago quarter", "the 1988 second quarter", "the fourth quarter of 1990".
 */
const quarter: P = {
  name: 'quarter',
  cues: ['quarter', 'period'],
  pattern:
    /\b(?<date>(?:(?<determiner>the|its|this|that|last|next|a|this year's|last year's|next year's)\s+)?(?<modifiers>(?:(?:latest|current|same|comparable|year-earlier|year-ago|previous|prior|corresponding|fiscal|first|second|third|fourth|1st|2nd|3rd|4th|(?:1[0-9]|20)\d\d)[- ]+){0,4})(?<noun>quarter|period))(?:\s+of\s+(?:fiscal\s+)?(?<year>(?:1[0-9]|20)\d\d)\b|\s+(?<yearBack>a\s+year\s+(?:ago|earlier)|last\s+year)\b)?(?!ly|s\b|-to-|[- ](?:mile|century|final|back|inch|pound|point)\b)/dgi,
  extract(m) {
    const g = m.groups!;
    const det = g.determiner?.toLowerCase();
    const modText = (g.modifiers ?? '').toLowerCase();
    const mods = modText.split(/[- ]+/).filter(Boolean);
    const ordinal = mods.map((w) => ORDINALS[w]).find((q) => q != null);
    const explicitYear = g.year ? Number(g.year) : mods.map(Number).find((n) => n > 999);
    if (!det && !mods.length) return null; // a bare "quarter" is usually a fraction or a district
    // "period" is a quarter only in the phrases of financial results: "the latest period", "the year-ago period".
    // "the same period" too when a year back follows it ("the same period last year").
    if (g.noun!.toLowerCase() === 'period' && !/latest|year-(?:earlier|ago)|comparable|corresponding|\d{4}/.test(modText) && !(g.yearBack && /same/.test(modText))) return null;
    if (det === 'a' && !ordinal) return null; // "a quarter of the vote"
    const after = textAfter(m, QUARTER_OF_WINDOW);
    if (!ordinal && !explicitYear && /^\s+of\b/.test(after)) return null; // "the quarter of…"
    const point: DatePoint = { kind: 'quarter', q: ordinal ?? quarterEnded(m), y: explicitYear, period: g.noun!.toLowerCase() === 'period' && !ordinal };
    if (mods.some((w) => w === 'current') || det === 'this') point.current = true;
    // "the year-ago quarter", "the quarter a year ago", "the corresponding period last year"
    if (/year-(?:earlier|ago)/.test(modText) || g.yearBack || det === "last year's" || det === 'last') point.yearOffset = -1;
    const span = g.year || g.yearBack ? null : 'date';
    if (det === 'last' && !ordinal) return candidate(m, span, 'quarter', { point: { kind: 'relative', unit: 'quarter', offset: -1 } });
    if (det === 'next') return candidate(m, span, 'quarter', { point: { kind: 'relative', unit: 'quarter', offset: 1 } });
    if (det === "next year's") point.yearOffset = 1;
    if (det === "this year's") point.yearOffset = 0;
    const c = candidate(m, span, 'quarter', { point });
    // "a third-quarter loss": the hyphenated adjective is the expression, its determiner belongs to the noun after it.
    // A possessive is not part of the time either: "its fourth quarter". (A new candidate rather than a changed
    // start: candidates are never written after they are made, see candidateAt.)
    if (det && (/-$/.test(modText) || det === 'its') && mods.length && m.indices?.groups?.modifiers) return candidateAt(m.indices.groups.modifiers[0], c.end, c.parser, c);
    return c;
  },
};

/**
 * "the quarter ended July 31" (a company's own quarter, May to July): the calendar quarter it
 * mostly covers, the one of its middle month. An ordinal ("the second quarter ended Oct. 31") is
 * the company's count and wins.
 */
function quarterEnded(m: RegExpExecArray): number | undefined {
  const month = QUARTER_ENDED.exec(textAfter(m, QUARTER_ENDED_WINDOW))?.groups?.month;
  const end = month ? monthNumber(month) : 0;
  // one ended in January mostly covers the year before, which the quarter's year cannot tell here
  if (end < 2) return undefined;
  return Math.floor((end - 2) / 3) + 1;
}
const QUARTER_ENDED = new RegExp(`^,?\\s+(?:ended|ending)\\s+(?<month>${MONTH_RE})`);
/** Characters after "the quarter" read for " ended September". */
const QUARTER_ENDED_WINDOW = 24;

/** Characters after "the quarter" read for " of". */
const QUARTER_OF_WINDOW = 8;

/** "the first half of 1990", "the second half of this year", "the first two quarters of 1990". Bare "the first half" is often a match half. */
const half: P = {
  name: 'half',
  cues: ['half', 'quarters'],
  pattern:
    /\b(?<date>(?:the\s+)?(?:(?<which>first|second|last|latter)\s+half|(?<quarters>first|last)\s+two\s+quarters)\s+of\s+(?:(?:the\s+)?(?:fiscal\s+)?(?<year>(?:1[0-9]|20)\d\d)|(?<relativeYear>this|last|next)\s+year|the\s+year))\b/dgi,
  extract(m) {
    const g = m.groups!;
    const h = (g.which ?? g.quarters)!.toLowerCase() === 'first' ? 1 : 2;
    const rel = g.relativeYear?.toLowerCase();
    const yearOffset = rel === 'last' ? -1 : rel === 'next' ? 1 : 0;
    return candidate(m, 'date', 'half', { point: { kind: 'half', h, y: g.year ? Number(g.year) : undefined, yearOffset } });
  },
};

/** Seasons after a preposition or with a year: "in the summer", "the winter of 1994", "summer 2025". */
const season: P = {
  name: 'season',
  // "the early summer"
  anchor: { pattern: /\b(?:spring|summer|autumn|winter|fall)/gi, reach: 2 },
  cues: ['spring', 'summer', 'autumn', 'winter', 'fall'],
  pattern:
    // the \b before the lookbehind holds wherever the lookbehind does, and spares it most characters
    /\b(?<=\b(?:in|into|during|since|until|through|throughout|by|over|for|of|before|after|early|late)\s)(?<afterPreposition>(?:the\s+)?(?:(?:early|late|mid)[- ])?(?<season>spring|summer|autumn|winter|fall)(?:\s+(?:of\s+)?(?<year>(?:1[0-9]|20)\d\d|nineteen[- ][a-z]+(?:-[a-z]+)?))?)\b|\b(?<withYear>(?<yearSeason>spring|summer|autumn|winter|fall)\s+(?:of\s+)?(?<seasonYear>(?:1[0-9]|20)\d\d))\b/dgi,
  extract(m) {
    const g = m.groups!;
    const word = (g.season ?? g.yearSeason)!.toLowerCase();
    const yText = g.year ?? g.seasonYear;
    const y = yText == null ? undefined : /^\d/.test(yText) ? Number(yText) : spokenYear(yText) ?? undefined;
    // "the fall" is too often a drop ("the fall in prices") unless a year comes with it.
    if (word === 'fall' && !y) return null;
    // "the Summer Hill area", "Spring Valley", "Fall River": a capitalised season before a capitalised word is a name
    if (!y && /^\p{Lu}/u.test(g.season ?? '') && NAME_WORD_AFTER.test(textAfter(m, NAME_WORD_WINDOW))) return null;
    return candidate(m, g.afterPreposition ? 'afterPreposition' : 'withYear', 'season', { point: { kind: 'season', season: SEASONS[word]!, y } });
  },
};

/** A capitalised word after a season, going on with its name. */
const NAME_WORD_AFTER = /^\s+\p{Lu}\p{Ll}/u;
/** Characters after a season read for the next word of a name. */
const NAME_WORD_WINDOW = 4;

/** "the day before", "the next day", "the following morning", "that day", "the same day"; "the day before and crashed" (a verb coordinated after it). */
const anchoredDay: P = {
  name: 'anchoredDay',
  pattern:
    /\b(?<date>(?:that(?:\s+same)?|the\s+same)\s+(?<thatPart>day|night|morning|evening|afternoon)|the\s+(?:next|following|previous|preceding)\s+(?<nextPart>day|night|morning|evening|afternoon)|the\s+day\s+(?:before|after)(?=\s*[.,;:)!?'"”’]|\s*$|\s+and\s+[a-z]+ed\b))(?!\s+(?:of|when|that|in|to|before|after)\b|\s+and\s+(?![a-z]+ed\b))/dgi,
  extract(m) {
    const g = m.groups!;
    const s = g.date!.toLowerCase();
    const pod = PARTS_OF_DAY[(g.thatPart ?? g.nextPart ?? 'day').toLowerCase()];
    let offset = 0;
    if (/next|following|day after/.test(s)) offset = 1;
    else if (/previous|preceding|before/.test(s)) offset = -1;
    else if (!/that|same/.test(s)) return null; // "the day", "the night": see the part-of-day parser
    return candidate(m, 'date', 'anchoredDay', { point: { kind: 'anchorDay', offset }, time: pod ? timeOfDay(undefined, undefined, pod) : undefined });
  },
};

/** "earlier in the year", "later in the month": the unit the story is at. ("later in the day" is rarely marked.) */
const earlierInThe: P = {
  name: 'earlierInThe',
  cues: ['earlier', 'later'],
  pattern: /\b(?:(?:earlier|later)\s+in\s+the\s+(?<unit>month|year))\b(?!['’-])/dgi,
  extract(m) {
    const unit = m.groups!.unit!.toLowerCase() as 'month' | 'year';
    return candidate(m, null, 'earlierInThe', { point: { kind: 'anchorUnit', unit, offset: 0 } });
  },
};

export const relativeParsers: P[] = [earlierInThe, anchoredUnit, wholeYear, yearBackAdjective, dayWord, thisPartOfDay, relativeUnit, unitsAgo, weekday, weekend, quarter, half, season, anchoredDay, countedDayToday];
