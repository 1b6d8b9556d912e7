// Offices, roles and honorifics, general data. Every key is lower case without a full stop.
import { readTaggedWords, words, wordsTagged } from './word-file.js';

const OFFICES = readTaggedWords('offices');
const ROLES = readTaggedWords('roles');

/** Heads of a title naming an office (data/language/offices.txt): whoever holds one is an official. */
export const OFFICE_HEADS: ReadonlySet<string> = new Set(OFFICES.map((o) => o.word));

/** Heads of a role that is not an office (data/language/roles.txt): the person is kept for quotes but is not an official. */
export const ROLE_HEADS: ReadonlySet<string> = new Set(ROLES.map((r) => r.word));

/** Words that qualify a title head and belong to it: "Deputy Prime Minister", "Defence Minister". */
export const TITLE_MODIFIERS: ReadonlySet<string> = new Set(words(`
deputy vice acting interim first second prime foreign defence defense interior internal home finance health justice
economy economic energy agriculture education culture emergency emergencies trade transport digital chief senior
lieutenant major brigadier attorney state regional district city municipal county federal press presidential
military police fire security national general majority minority assistant principal executive
permanent special top supreme grand lord high provincial campaign communications commanding territorial
foreign-affairs environment labor labour social development industry science sports youth veterans affairs
information intelligence border customs tax treasury nuclear commerce housing family regional-development homeland
`));

/** Abbreviated titles and what they stand for. */
export const TITLE_ABBREVIATIONS: ReadonlyMap<string, string> = new Map([
  ['gov', 'Governor'], ['sen', 'Senator'], ['rep', 'Representative'], ['gen', 'General'], ['lt', 'Lieutenant'],
  ['col', 'Colonel'], ['maj', 'Major'], ['capt', 'Captain'], ['cpt', 'Captain'], ['sgt', 'Sergeant'],
  ['adm', 'Admiral'], ['cmdr', 'Commander'], ['pres', 'President'], ['sec', 'Secretary'], ['dep', 'Deputy'],
  ['cllr', 'Councillor'], ['atty', 'Attorney'], ['insp', 'Inspector'], ['supt', 'Superintendent'],
  ['det', 'Detective'], ['brig', 'Brigadier'], ['cpl', 'Corporal'], ['pvt', 'Private'], ['lt-gen', 'Lieutenant General'],
  ['gov-elect', 'Governor-elect'],
]);

/** Honorifics that mark a name without being a title, with the gender they tell. */
export const HONORIFICS: ReadonlyMap<string, 'm' | 'f' | null> = new Map([
  ['mr', 'm'], ['mrs', 'f'], ['ms', 'f'], ['miss', 'f'], ['dr', null], ['prof', null], ['sir', 'm'], ['dame', 'f'],
  ['lord', 'm'], ['lady', 'f'], ['rev', null], ['mme', 'f'], ['mx', null], ['messrs', null],
]);

/** Titles and roles that tell the holder's gender (tagged m or f). */
export const GENDERED_TITLES: ReadonlyMap<string, 'm' | 'f'> = new Map(
  [...OFFICES, ...ROLES].flatMap((t): [string, 'm' | 'f'][] => (t.tags.has('m') ? [[t.word, 'm']] : t.tags.has('f') ? [[t.word, 'f']] : [])),
);

/** Titles whose affiliation is a region (or a city) when the article does not say which. */
export const REGIONAL_TITLES: ReadonlySet<string> = new Set(wordsTagged(OFFICES, 'region'));
export const CITY_TITLES: ReadonlySet<string> = new Set(wordsTagged(OFFICES, 'city'));

/** Titles whose holder heads a country. */
export const NATIONAL_TITLES: ReadonlySet<string> = new Set(wordsTagged(OFFICES, 'national'));

/** Titles whose first words name a portfolio, not a body: "Armed Forces Minister", "Veterans Affairs Secretary". */
export const PORTFOLIO_TITLES: ReadonlySet<string> = new Set(wordsTagged(OFFICES, 'portfolio'));

/** Other capitalised words that stand before a name without being part of it: "former", "GOP", "Pope". */
const BEFORE_A_NAME = words(`
vice prime press acting interim first major presidential assistant senior state federal national regional city county
defense foreign interior health pope reverend st hon former republican democratic democrat gop associate house senate
white u.s us emperor archbishop cardinal officials gubernatorial
`);

/** Words that are capitalised but never a name on their own; stripped from speaker names (quotes). */
export const TITLE_WORDS: ReadonlySet<string> = new Set([
  ...OFFICE_HEADS, ...TITLE_ABBREVIATIONS.keys(), ...HONORIFICS.keys(), ...wordsTagged(ROLES, 'title'), ...BEFORE_A_NAME,
]);

export function isTitleHead(lower: string): boolean {
  return OFFICE_HEADS.has(lower) || ROLE_HEADS.has(lower);
}

/** The title word a (possibly abbreviated) token stands for, lower case; null when it is none. */
export function titleWord(lower: string): string | null {
  const abbr = TITLE_ABBREVIATIONS.get(lower);
  if (abbr) return abbr.toLowerCase();
  if (OFFICE_HEADS.has(lower) || ROLE_HEADS.has(lower) || TITLE_MODIFIERS.has(lower)) return lower;
  return null;
}

/** Words of a military or police rank: a rank says how senior a person is, not which post they hold. */
const RANK_WORDS: ReadonlySet<string> = new Set(words(`
colonel lieutenant captain major general brigadier sergeant corporal private admiral rear vice marshal commodore
ensign staff first second field air chief master warrant
`));

/** "Colonel", "Lt. Gen.", "Rear Admiral": every word a rank word and the head a rank ("Attorney General" is a post). */
export function isRankTitle(title: string): boolean {
  const ws = title.toLowerCase().split(/[\s.]+/).filter(Boolean);
  if (!ws.length) return false;
  const head = ws[ws.length - 1]!;
  return ['colonel', 'lieutenant', 'captain', 'major', 'general', 'brigadier', 'sergeant', 'corporal', 'private', 'admiral', 'marshal', 'commodore', 'ensign'].includes(head) && ws.every((w) => RANK_WORDS.has(w));
}
