// Times of day: "5:56 am Moscow time", "at 4 p.m.", "between 2:00 and 5:00 pm", "noon",
// "4 in the morning", "overnight", "over the night".
import { candidate, candidateAt, leftContext, textAfter, textBefore, timeOfDay, type Candidate, type TimeOfDay, type DateParser } from '../candidate.js';
import { PARTS_OF_DAY } from '../../../language/calendar.js';

type P = DateParser;

/** A meridian or "o'clock", captured as `name` (a pattern may hold two: "2 p.m. to 5 p.m."). */
const meridian = (name: string) => `(?<${name}>a\\.m\\b\\.?|p\\.m\\b\\.?|am\\b|pm\\b|a\\.\\s?m\\.|p\\.\\s?m\\.|o'clock\\b)`;
const ZONE =
  '(?:\\s+\\(?(?:[ECMPA][SD]T|GMT|UTC|BST|CES?T|EES?T|MSK|IST|JST|KST)\\b\\)?|\\s+(?:local|Moscow|Kyiv|Kiev|Eastern|Pacific|Central|Mountain|Greenwich Mean|Beijing|Tokyo|London|Paris|Berlin|Israel|Washington|New York)\\s+time\\b)?';
const APPROX = '(?:(?:around|about|approximately|roughly|shortly after|shortly before|just after|just before)\\s+)';

function clock(h: string, min: string | undefined, mer: string | undefined, sec?: string): TimeOfDay | null {
  let hour = Number(h);
  const minute = min ? Number(min) : 0;
  if (hour > 24 || minute > 59) return null;
  const m = mer?.toLowerCase().replace(/[\s.]/g, '');
  if (m === 'pm' && hour < 12) hour += 12;
  if (m === 'am' && hour === 12) hour = 0;
  if (m === 'am' || m === 'pm') {
    if (Number(h) > 12 || Number(h) === 0) return null;
  }
  return timeOfDay(hour, minute, undefined, sec ? Number(sec) : undefined);
}

/** "10:35 a.m.", "6 a.m", "4 p.m. EST", "5:56 am Moscow time", "9 o'clock", "3:09:15 AM". */
const clockTime: P = {
  name: 'clockTime',
  pattern: new RegExp(`\\b(?<hour>\\d{1,2})(?:[:.](?<minute>[0-5]\\d)(?::(?<second>[0-5]\\d))?)?\\s*${meridian('meridian')}${ZONE}`, 'gdi'),
  extract(m) {
    if (/[:.$£€]$/.test(textBefore(m, 1))) return null; // "3.5 pm"? "$5 am"? no
    const { hour, minute, second, meridian: mer } = m.groups!;
    const t = clock(hour!, minute, /o'clock/i.test(mer!) ? undefined : mer, second);
    if (!t) return null;
    const approx = leftContext(m.input, m.index, APPROX_LEFT);
    return candidateAt(m.index - (approx?.[0].length ?? 0), m.index + m[0].length, 'clockTime', { time: t });
  },
};
const APPROX_LEFT = /\b(?:around|about|approximately|roughly|shortly after|shortly before|just after|just before)\s+$/i;

/** "1815 GMT", "0400 UTC", "2300 hrs": four digits with a zone are a time of day, not a year ("2000 hours" may be a duration). */
const militaryTime: P = {
  name: 'militaryTime',
  pattern: /\b(?<hour>[01]\d|2[0-3])(?<minute>[0-5]\d)\s*(?:GMT|UTC|Z|hrs|local time)\b/dg,
  extract(m) {
    return candidateAt(m.index, m.index + m[0].length, 'militaryTime', { time: timeOfDay(Number(m.groups!.hour), Number(m.groups!.minute)) });
  },
};

// the first end is a time, with room for a zone and a day: "between 20:00 Moscow time on Saturday and 06:30"
const BETWEEN_AND = /\bbetween\s+\d{1,2}\b[^\n]{0,44}\sand\s+$/i;
const BETWEEN_AND_WIDTH = 64;

// a word that introduces a time, or a date with its year and a comma ("17 September 2024, 19:02")
const CLOCK_INTRO = /(?:\b(?:at|from|until|till|by|around|about|since|before|after|to|between)|\b\d{4},)\s+$/i;

/** "14:00", "at 9:30" (24-hour or unmarked): only after a word that introduces a time, or with a zone. */
const bareClock: P = {
  name: 'bareClock',
  pattern: new RegExp(`(?<![\\w:.])(?:(?<hour>[01]?\\d|2[0-3]):(?<minute>[0-5]\\d)(?!\\d|:\\d|\\s*(?:a\\.?m|p\\.?m)\\b)${ZONE}(?:\\s+hours\\b)?)`, 'gdi'),
  extract(m) {
    // "between 23:00 on Tuesday and 07:00": the second time of a "between" takes "and"
    if (!leftContext(m.input, m.index, CLOCK_INTRO) && !leftContext(m.input, m.index, BETWEEN_AND, BETWEEN_AND_WIDTH)) return null;
    return candidate(m, null, 'bareClock', { time: timeOfDay(Number(m.groups!.hour), Number(m.groups!.minute)) });
  },
};

// "at 21.00", "shortly before 21.00": a 24-hour clock written with a stop, only after a word that
// introduces a time and not before a unit or currency ("at 10.50 euros")
const DOTTED_CLOCK_INTRO = /\b(?:at|shortly before|shortly after|just before|just after|until|till|since)\s+$/i;
const DOTTED_CLOCK_AFTER = /^(?:\s*(?:$|[.,;:!?)"”’'])|\s+(?:on|in|at|when|and|as|after|before|local|hours|hrs|the)\b)/i;
/** Characters after a dotted clock read for the word that follows it. */
const DOTTED_CLOCK_AFTER_WINDOW = 12;

const dottedClock: P = {
  name: 'dottedClock',
  pattern: new RegExp(`(?<![\\w:.,])(?<hour>[01]\\d|2[0-3])\\.(?<minute>[0-5]\\d)(?![\\d.,]\\d|\\s*(?:a\\.?m|p\\.?m)\\b)${ZONE}`, 'gdi'),
  extract(m) {
    if (!leftContext(m.input, m.index, DOTTED_CLOCK_INTRO) || !DOTTED_CLOCK_AFTER.test(textAfter(m, DOTTED_CLOCK_AFTER_WINDOW))) return null;
    const approx = leftContext(m.input, m.index, APPROX_LEFT);
    return candidateAt(m.index - (approx?.[0].length ?? 0), m.index + m[0].length, 'dottedClock', { time: timeOfDay(Number(m.groups!.hour), Number(m.groups!.minute)) });
  },
};

/** "between 2:00 and 5:00 pm", "from 9 a.m. to 5 p.m.", "2-4 p.m.": one interval on one day. */
const clockRange: P = {
  name: 'clockRange',
  pattern: new RegExp(
    // "from about 8:00 p.m. (1800 GMT) to 3:30 a.m.": the same time in another zone may stand between
    `\\b(?<startHour>\\d{1,2})(?:[:.](?<startMinute>[0-5]\\d))?\\s*${meridian('startMeridian')}?(?:\\s*\\([^()\\n]{1,16}\\))?\\s*(?<joiner>and|to|until|till|through|-|–|—)\\s*` +
      `(?<endHour>\\d{1,2})(?:[:.](?<endMinute>[0-5]\\d))?(?:\\s*${meridian('endMeridian')})?${ZONE}`,
    'gdi',
  ),
  extract(m) {
    const { startHour: h1, startMinute: m1, startMeridian: mer1, joiner: conj, endHour: h2, endMinute: m2, endMeridian: mer2 } = m.groups!;
    const introMatch = leftContext(m.input, m.index, /\b(?<intro>between|from)\s+$/i);
    const intro = introMatch?.groups?.intro;
    const clockish = Boolean(m1 || m2 || mer1 || mer2);
    if (!clockish) return null;
    if (/and/i.test(conj!) && !/between/i.test(intro ?? '')) return null;
    if (!intro && !mer2) return null;
    if (!mer2 && !(m1 && m2)) return null;
    if (/^(?:a|p)/i.test(mer1 ?? '') === false && mer1 && /o'clock/i.test(mer1)) return null;
    let end = clock(h2!, m2, mer2);
    // The first time takes the second's meridian when that keeps it earlier: "2 to 5 pm", but "11 to 2 pm".
    let startMer = mer1;
    if (!startMer && mer2 && /^[ap]/i.test(mer2)) {
      const a = Number(h1) % 12, b = Number(h2) % 12;
      startMer = a <= b ? mer2 : /^p/i.test(mer2) ? 'am' : 'pm';
    }
    const start = clock(h1!, m1, startMer);
    if (!start || !end) return null;
    // "2:00 and 5:00" without a meridian is afternoon; a 24-hour clock ("23:00 and 05:00") runs past midnight
    const twentyFourHour = !mer1 && !mer2 && (start.hour! > 12 || /^0/.test(h1!) || /^0/.test(h2!));
    if (end.hour! < start.hour! && !mer2 && !twentyFourHour) end = timeOfDay(end.hour! + 12, end.minute);
    // still ending before it starts: it runs past midnight ("23:00 and 05:00", "11 p.m. and 6 a.m.")
    const overnight = end.hour! < start.hour!;
    const s = m.index - (introMatch?.[0].length ?? 0);
    const e = m.index + m[0].length;
    return candidateAt(s, e, 'clockRange', { time: start, until: end, untilNextDay: overnight ? true : undefined });
  },
};

/** "noon", "midnight", "midday", "noon Thursday". */
const namedTime: P = {
  name: 'namedTime',
  cues: ['noon', 'midnight', 'midday'],
  pattern: new RegExp(`\\b(?:${APPROX}?(?<named>noon|midnight|midday))\\b`, 'gdi'),
  extract(m) {
    const w = m.groups!.named!.toLowerCase();
    if (/high\s+$/i.test(textBefore(m, HIGH_WINDOW))) return null; // "High Noon"
    return candidate(m, null, 'namedTime', { time: w === 'midnight' ? timeOfDay(24, 0) : timeOfDay(12, 0) });
  },
};

/** Characters before "noon" read for "High ". */
const HIGH_WINDOW = 5;

/** "4 in the morning", "ten at night". */
const hourInPartOfDay: P = {
  name: 'hourInPartOfDay',
  cues: ['in the morning', 'in the afternoon', 'in the evening', 'at night'],
  pattern: /\b(?:in the (?<partOfDay>morning|afternoon|evening)|at (?<night>night))\b/dgi,
  extract(m) {
    const left = leftContext(m.input, m.index, /\b(?<hour>\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)(?::(?<minute>[0-5]\d))?(?:\s+o'clock)?\s+$/i);
    if (!left) return null;
    const words = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];
    const hour = left.groups!.hour!;
    const h = /^\d/.test(hour) ? Number(hour) : words.indexOf(hour.toLowerCase()) + 1;
    const pod = (m.groups!.partOfDay ?? m.groups!.night)!.toLowerCase();
    const pm = pod === 'afternoon' || pod === 'evening' || (pod === 'night' && h >= 6 && h < 12);
    const t = clock(String(h), left.groups!.minute, pm ? 'pm' : 'am');
    return t ? candidateAt(m.index - left[0].length, m.index + m[0].length, 'hourInPartOfDay', { time: t }) : null;
  },
};

/** Characters after "the past night" read for " of" ("the past night of talks" is no night of the calendar). */
const NIGHT_OF_WINDOW = 4;

/** Characters after "overnight" read for a noun it qualifies (" delivery", " sensation"). */
const OVERNIGHT_NOUN_WINDOW = 12;

/**
 * "overnight", "over the night", "during the morning", "mid-afternoon"; "this night", "the past
 * night", as reports translated from Russian and Ukrainian say "overnight".
 */
const partOfDay: P = {
  name: 'partOfDay',
  cues: ['overnight', 'mid', 'morning', 'afternoon', 'evening', 'night'],
  pattern:
    /(?<![\w-])(?:overnight|mid-?\s?(?:morning|afternoon|day)|the\s+(?:early\s+|late\s+)?(?:night|morning|afternoon|evening)|(?:this|the\s+past)\s+night|(?:early|late)\s+(?:morning|afternoon|evening))(?![\w-])/dgi,
  extract(m) {
    const w = m[0].toLowerCase();
    if (/^the\s+past\s/.test(w) && /^\s+of\b/i.test(textAfter(m, NIGHT_OF_WINDOW))) return null;
    if (/^the\s+(?!past\s)/.test(w) && !leftContext(m.input, m.index, /\b(?:over|during|through|throughout|in|into|at|across|until|till)\s$/i)) return null;
    const pod = w === 'overnight' ? 'NI' : /mid-?\s?day/.test(w) ? 'MI' : PARTS_OF_DAY[w.replace(/.*\s|mid-?/g, '')];
    if (!pod) return null;
    // "overnight" before a noun is an adjective of that thing ("overnight rates"), not a time.
    if (w === 'overnight' && /^\s+(?:rate|rates|loan|loans|stay|stays|bag|flight|delivery|shipping|success|sensation|star)\b/i.test(textAfter(m, OVERNIGHT_NOUN_WINDOW))) return null;
    // "kept the road closed into the night": the night that follows the day told of, not the one before it
    const onward = pod === 'NI' && /^the\s/.test(w) && leftContext(m.input, m.index, /\b(?:into|until|till)\s$/i);
    return candidate(m, null, onward ? 'partOfDayOnward' : 'partOfDay', { time: timeOfDay(undefined, undefined, pod) });
  },
};

export const clockParsers: P[] = [clockRange, clockTime, militaryTime, bareClock, dottedClock, namedTime, hourInPartOfDay, partOfDay];
