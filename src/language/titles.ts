// Offices, roles and honorifics, general data. Every key is lower case without a full stop.
import { foldName } from './fold.js';
import { readEntries, readTaggedWords, words, wordsTagged } from './word-file.js';

const OFFICES = readTaggedWords('offices');
const ROLES = readTaggedWords('roles');

/** Heads of a title naming an office (data/language/offices.txt): whoever holds one is an official. */
export const OFFICE_HEADS: ReadonlySet<string> = new Set(OFFICES.map((o) => o.word));

/** Heads of a role that is not an office (data/language/roles.txt): the person is kept for quotes but is not an official. */
export const ROLE_HEADS: ReadonlySet<string> = new Set(ROLES.map((r) => r.word));

/** Words before a title that qualify the person holding it, never a body: "Acting Police Sergeant", "Detective Constable". */
export const PERSONAL_RANK_WORDS: ReadonlySet<string> = new Set(words('acting interim detective deputy assistant senior junior former retired'));

/** Words that qualify a title head and belong to it: "Deputy Prime Minister", "Defence Minister". */
export const TITLE_MODIFIERS: ReadonlySet<string> = new Set(words(`
deputy vice acting interim first second prime foreign defence defense interior internal home finance health justice
economy economic energy agriculture education culture emergency emergencies trade transport digital chief senior
lieutenant major brigadier attorney state regional district city municipal county federal press presidential
military police fire security national general majority minority assistant principal executive
permanent special top supreme grand lord high provincial campaign communications commanding territorial
foreign-affairs environment labor labour social development industry science sports youth veterans affairs
information intelligence border customs tax treasury nuclear commerce housing family regional-development homeland
cabinet law forest forests revenue tourism fisheries water power welfare mining railways
`));

/**
 * Levels of government a title may name, and the kind of place the holder then serves: a role so
 * qualified is a public office ("state epidemiologist", "county engineer"), and its holder serves the
 * state, county or city the article is about ("County Health Officer", "state health minister").
 */
export const GOVERNMENT_LEVELS: ReadonlyMap<string, 'region' | 'county' | 'city'> = new Map([
  ['state', 'region'], ['regional', 'region'], ['provincial', 'region'], ['county', 'county'], ['city', 'city'],
  ['municipal', 'city'],
]);

/**
 * Portfolios an office is named by: "Secretary of State", "Minister of Foreign Affairs", "Director of
 * Services". Words of a title, never the place or body its holder serves.
 */
export const PORTFOLIO_WORDS: ReadonlySet<string> = new Set(words(`
state defense defence health interior justice foreign internal affairs homeland security energy education
transportation transport agriculture commerce labor labour treasury veterans finance economy culture emergency
situations emergencies trade industry digital transformation services public works planning operations
management disaster disasters recovery resilience civil protection environment climate
`));

/** Words that make a secretary a member of a national government, as a portfolio does: "Cabinet Secretary". */
export const CABINET_WORDS: ReadonlySet<string> = new Set(words('cabinet'));

/** Portfolios of dealings with other countries: their holder's country is not told by the places the article names. */
export const FOREIGN_AFFAIRS_WORDS: ReadonlySet<string> = new Set(words('foreign foreign-affairs'));

/** Abbreviated titles and what they stand for. */
export const TITLE_ABBREVIATIONS: ReadonlyMap<string, string> = new Map([
  ['gov', 'Governor'], ['sen', 'Senator'], ['rep', 'Representative'], ['gen', 'General'], ['lt', 'Lieutenant'],
  ['col', 'Colonel'], ['maj', 'Major'], ['capt', 'Captain'], ['cpt', 'Captain'], ['sgt', 'Sergeant'],
  ['adm', 'Admiral'], ['cmdr', 'Commander'], ['pres', 'President'], ['sec', 'Secretary'], ['dep', 'Deputy'],
  ['cllr', 'Councillor'], ['atty', 'Attorney'], ['insp', 'Inspector'], ['supt', 'Superintendent'],
  ['det', 'Detective'], ['const', 'Constable'], ['brig', 'Brigadier'], ['cpl', 'Corporal'], ['pvt', 'Private'], ['lt-gen', 'Lieutenant General'],
  ['gov-elect', 'Governor-elect'], ['asst', 'Assistant'], ['serg', 'Sergeant'],
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

/** Titles whose holder serves a county ("the sheriff"). */
export const COUNTY_TITLES: ReadonlySet<string> = new Set(wordsTagged(OFFICES, 'county'));

/** Police ranks: the holder serves the police force the article names ("Detective Inspector X"). */
export const POLICE_TITLES: ReadonlySet<string> = new Set(wordsTagged(OFFICES, 'police'));

/** Services a city runs, whose chief serves the city when the text names no other ("police Chief X", "fire chief"). */
export const CITY_SERVICES: ReadonlySet<string> = new Set(words('police fire'));

/** Modifiers that name the body a title belongs to: "Military Intelligence head", "Border Police chief". */
export const BODY_MODIFIERS: ReadonlySet<string> = new Set(words('military intelligence police border customs security'));

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

/** A head of state or government of data/language/heads-of-state.txt: every spelling, folded, and the country. */
interface HeadOfState {
  spellings: string[][];
  country: string;
  /** The office's head word, lower case: "president", "minister". */
  office: string;
}

const HEADS_OF_STATE: readonly HeadOfState[] = readEntries('heads-of-state').map(([name, country, office, ...others]) => ({
  spellings: [name!, ...others].map(nameWords),
  country: country!,
  office: office!.toLowerCase().split(' ').pop()!,
}));

function nameWords(name: string): string[] {
  return words(foldName(name).replace(/[.,]/g, ' '));
}

/**
 * The country whose head of state or government a person is or was, by name: the same surname and
 * the same given name, or an initial of it, or the surname alone when that is all the article gives.
 */
export function countryLedBy(name: string, office: string): string | null {
  const ws = nameWords(name);
  if (!ws.length) return null;
  const surname = ws[ws.length - 1]!;
  for (const h of HEADS_OF_STATE) {
    for (const s of h.spellings) {
      if (s[s.length - 1] !== surname) continue;
      // a surname alone ("President Johnson") only with the same office: many leaders share a surname
      if (ws.length === 1 ? h.office === office : sameGivenName(ws[0]!, s[0]!)) return h.country;
    }
  }
  return null;
}

/**
 * The given names of the listed leaders with this surname and office (folded), none when no leader has
 * them: "Obama", "president" → ["barack"]. "President Obama" names that leader, not a relative the
 * article names in full; "Secretary Clinton" is not Bill Clinton's office.
 */
export function leaderGivenNames(surname: string, office: string): string[] {
  const key = foldName(surname);
  const out: string[] = [];
  for (const h of HEADS_OF_STATE) if (h.office === office) for (const s of h.spellings) if (s.length > 1 && s[s.length - 1] === key) out.push(s[0]!);
  return out;
}

function sameGivenName(a: string, b: string): boolean {
  return a === b || (a.length === 1 && b.startsWith(a)) || (b.length === 1 && a.startsWith(b));
}

/** Party adjectives before a title ("Republican Senator X"): a party, never the place or body served. */
export const PARTY_WORDS: ReadonlySet<string> = new Set(words('republican democratic democrat conservative liberal labour labor independent green gop'));

/** Words that open a title's complement: "Minister of X", "adviser for Y", "ambassador to Z". */
export const TITLE_COMPLEMENTS: ReadonlySet<string> = new Set(words('of for in at to'));
