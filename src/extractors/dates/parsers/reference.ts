// Words that point at the present, past or future as a whole: "now", "currently" (PRESENT_REF),
// "recently", "in past years" (PAST_REF), "the future", "at a later date", "in a year or two"
// (FUTURE_REF). Adjectives ("the current threat", "recent models") and "previously" (which dates
// the verb relative to another event, not to now) name no time, as annotators mostly leave them
// unmarked (docs/extraction-notes.md).
import { candidate, textAfter, textBefore, type Candidate, type DateParser } from '../candidate.js';
import { PAST_AUXILIARY_BEFORE, isPastWord } from '../tense.js';

type P = DateParser;

/** Characters read before and after "now" for "for now", "from now on", "now that". */
const NOW_BEFORE_WINDOW = 5;
const NOW_AFTER_WINDOW = 6;

const present: P = {
  name: 'present',
  pattern: /\b(?<word>now|currently|at present|presently|nowadays|these days|at the moment)\b(?!-)/dgi,
  extract(m) {
    const before = textBefore(m, NOW_BEFORE_WINDOW);
    const after = textAfter(m, NOW_AFTER_WINDOW);
    const word = m.groups!.word!.toLowerCase();
    if (word === 'now') {
      // "from now on", "a year from now" count from now rather than name it. "For now" (the time
      // being) and "now that he is in power" still speak of the present (TimeBank marks 5 of 6).
      if (/from\s+$/i.test(before)) return null;
      // "Now, …" opening a sentence is a discourse marker ("Now, he says, it looks …"), not a time.
      if (m.groups!.word === 'Now' && /^,/.test(after) && (m.index === 0 || /(?:[.!?"'`”’]|^)\s*$|\n\s*$/.test(before))) return null;
    }
    return candidate(m, null, 'present', { literal: { value: 'PRESENT_REF', type: 'date' } });
  },
};

const past: P = {
  name: 'past',
  // "more recently", "the past"
  anchor: { pattern: /\b(?:recent|past)/gi, reach: 1 },
  cues: ['recent', 'past'],
  // each lookbehind follows the word it precedes, read again in it: a pattern that opens with a
  // lookbehind is tried at every character, one that opens with a word is not
  pattern: /\b(?:(?:more\s+|most\s+)?recently|the(?<=\b(?:in|of|over|from)\sthe)\s+past(?!\s+(?:\w+\s+)?(?:days?|weeks?|months?|years?|decades?|quarters?|centur(?:y|ies))\b)|(?:recent|past(?<=\b(?:in|over|during|for)\spast))\s+(?:years|months|weeks|days|decades))\b(?!-)/dgi,
  extract(m) {
    return candidate(m, null, 'past', { literal: { value: 'PAST_REF', type: 'date' } });
  },
};

/** Characters read on either side of "soon" for a past verb. */
const SOON_WINDOW = 16;
const WORD_AFTER = /^\s+(?<word>\p{L}+)/u;

/** Characters before "soon" read for the "as" of "as soon as". */
const AS_WINDOW = 4;

/**
 * "soon", "as soon as possible", "in the near future", "in the future", "in coming months": the
 * future. "as soon as" + clause is a conjunction; "the future of the company" is a thing, not a time.
 */
const future: P = {
  name: 'future',
  // "a day or two", "the foreseeable future"
  anchor: { pattern: /\b(?:soon|future|coming|later|two|term)/gi, reach: 3 },
  // as in `past`, each lookbehind follows the word it precedes ("the", "a", "coming")
  pattern:
    /\b(?:as soon as possible|soon(?!\s+(?:as|after|afterwards?)\b)|the\s+(?:near|distant|foreseeable)\s+future|the(?<=\b(?:in|into|for|about)\sthe)\s+future(?!\s+of\b)|the(?<=\b(?:in|over|during|for)\sthe)\s+(?:coming|future)\s+(?:days|weeks|months|years|quarters)|(?:coming|future)(?<=\b(?:in|over|during|for)\s(?:coming|future))\s+(?:days|weeks|months|years|quarters)|a(?<=\bat\sa)\s+later\s+(?:date|time|stage)|a(?<=\b(?:in|within)\sa)\s+(?:day|week|month|year)\s+or\s+two|the(?<=\b(?:in|over|for|of)\sthe)\s+(?:near|short|long)\s+term(?![\w-]))\b/dgi,
  extract(m) {
    if (/\bas\s+$/i.test(textBefore(m, AS_WINDOW))) return null;
    // "he was soon released", "a trickle that soon became a flood": soon after the story's time, not ahead of now
    if (m[0].toLowerCase() === 'soon' && (PAST_AUXILIARY_BEFORE.test(textBefore(m, SOON_WINDOW)) || isPastWord(WORD_AFTER.exec(textAfter(m, SOON_WINDOW))?.groups?.word ?? ''))) return null;
    return candidate(m, null, 'future', { literal: { value: 'FUTURE_REF', type: 'date' } });
  },
};

export const referenceParsers: P[] = [present, past, future];
