/** Words that tie a quote to its speaker. General English data, nothing article-specific. */
import { MONTH_NAMES, WEEKDAY_NAMES } from './calendar.js';
import { FUNCTION_WORDS } from './function-words.js';
import { speechVerbForms } from './speech.js';

/** Reporting verb forms, lower case. */
export const CUE_VERBS: ReadonlySet<string> = new Set(speechVerbForms('cue'));

/** Verbs whose object or clause may hold a partial quote of their subject: every cue, and "described … as", "called for". */
export const QUOTE_FRAMING_VERBS: ReadonlySet<string> = new Set([...CUE_VERBS, ...speechVerbForms('frames-quote')]);

/** The strongest cues: accepted anywhere, even far from the quote. */
export const CORE_CUES: ReadonlySet<string> = new Set(speechVerbForms('core'));

/** Nouns for what was said: "issued a stark warning:", "in a statement:". */
export const CUE_NOUNS: ReadonlySet<string> = new Set([
  'statement', 'statements', 'warning', 'message', 'post', 'tweet', 'letter', 'interview', 'remarks', 'speech',
  'address', 'appeal', 'comment', 'comments', 'response', 'reply', 'announcement', 'email', 'note', 'words',
  'question', 'answer', 'testimony', 'declaration', 'op-ed', 'essay', 'column', 'blog', 'video', 'telegram',
  'report', 'release', 'communique', 'bulletin', 'posts', 'tweets', 'messages', 'update',
]);

/** Nouns after a platform's name that make it where words were posted, not who spoke: "his Telegram channel". */
export const CHANNEL_NOUNS: ReadonlySet<string> = new Set([
  'channel', 'channels', 'account', 'accounts', 'page', 'pages', 'feed', 'profile', 'handle', 'livestream',
]);

/** Words for any office holder ("the official said"): they point back to the holder named just before. */
export const HOLDER_WORDS: ReadonlySet<string> = new Set(['official', 'officer', 'officials']);

/** Words that make a description someone other than the one named before: "the second official", "another officer". */
export const OTHER_WORDS: ReadonlySet<string> = new Set(['other', 'another', 'second', 'third', 'fourth', 'different', 'new', 'senior', 'second-ranking']);

/** What a body is called by its kind, and the head words of the names it goes by: "the military" is the Defense Forces or the Army. */
export const BODY_KINDS: ReadonlyMap<string, readonly string[]> = new Map([
  ['military', ['forces', 'army', 'military']],
  ['army', ['forces', 'army']],
  ['police', ['police', 'constabulary']],
  // "Cleveland Police … The force added", "the Air Force … the force said"
  ['force', ['police', 'constabulary', 'force']],
]);

/** Labels that open a paragraph of someone's words in press style: "Quote: “…”", "Quote from Terekhov: “…”". */
export const QUOTE_LABELS: ReadonlySet<string> = new Set(['quote', 'quotes', 'statement', 'comment', 'comments']);

/** Labels of the line that names whose words follow: "Source: the governor on Telegram". */
export const SOURCE_LABELS: ReadonlySet<string> = new Set(['source', 'sources']);

/** Words that may stand between a speaker and the reporting verb: "he also said", "Smith has said". */
export const VERB_MODIFIERS: ReadonlySet<string> = new Set([
  'also', 'later', 'then', 'has', 'had', 'have', 'once', 'recently', 'previously', 'earlier', 'again', 'further',
  'simply', 'just', 'first', 'finally', 'only', 'often', 'repeatedly', 'famously', 'publicly', 'privately', 'bluntly',
  'flatly', 'quickly', 'would', 'will', 'did', 'does', 'was', 'is', 'were', 'went', 'goes', 'go', 'on', 'to', 'sarcastically',
  'angrily', 'calmly', 'softly', 'quietly', 'loudly', 'simply', 'frankly', 'tersely', 'cheerfully', 'jokingly',
  'hastily', 'emphatically', 'firmly', 'matter-of-factly', 'reportedly', 'once', 'never', 'not', 'always',
]);

export const PRONOUNS: Readonly<Record<string, 'm' | 'f' | 'n' | 'p'>> = {
  he: 'm', she: 'f', it: 'n', they: 'p', we: 'p', i: 'p',
};

/** Determiners that start a nominal speaker: "the governor", "a spokesman", "his lawyer". */
export const DETERMINERS: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'one', 'another', 'this', 'that', 'some', 'two', 'three',
  'several', 'many', 'both', 'each', 'every',
]);

/** Capitalised words that start sentences or name days and months; never a speaker. */
export const NOT_NAMES: ReadonlySet<string> = new Set([
  ...FUNCTION_WORDS, ...WEEKDAY_NAMES, ...MONTH_NAMES,
  ...speechVerbForms('after-quote', ['past', 'present']), 'in', 'on', 'at', 'no', 'not', 'yes', 'well', 'oh', 'ok', 'okay', 'mr.',
]);

/** Plural nouns for the unnamed people a report cites ("officials said", "according to Israeli authorities"): a source as written. */
export const REPORTING_GROUPS: ReadonlySet<string> = new Set([
  'authorities', 'officials', 'police', 'rescuers', 'doctors', 'investigators', 'prosecutors', 'firefighters', 'medics',
  'paramedics', 'officers', 'witnesses', 'sources', 'residents', 'organizers', 'organisers', 'hospitals',
]);

/** Nouns for the figures a source gives: "according to figures from the UN" names the UN. */
export const DATA_NOUNS: ReadonlySet<string> = new Set(['figures', 'data', 'statistics', 'estimates', 'numbers', 'tallies', 'records']);
/** The prepositions that join such a noun to whose figures they are. */
export const DATA_LINKS: ReadonlySet<string> = new Set(['from', 'of', 'by']);
