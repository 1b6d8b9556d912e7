// Offices, roles and honorifics, general data. Every key is lower case without a full stop.

const words = (s: string) => s.split(/\s+/).filter(Boolean);

/** Heads of a title naming an office: whoever holds one is an official. */
export const OFFICE_HEADS: ReadonlySet<string> = new Set(words(`
governor governor-general mayor minister premier president vice-president chancellor secretary secretary-general
undersecretary spokesman spokeswoman spokesperson spokespeople senator congressman congresswoman representative
lawmaker legislator councillor councilor councilman councilwoman alderman deputy ambassador envoy consul general
colonel lieutenant captain commander admiral marshal sergeant brigadier commandant chief head director chairman
chairwoman chairperson speaker leader prosecutor prosecutor-general judge justice sheriff commissioner inspector
superintendent constable detective officer official administrator ombudsman king queen prince princess emir sheikh
ayatollah sultan monarch mp mep governorate-head prefect magistrate attorney-general comptroller treasurer clerk
registrar coroner marshall regent viceroy deputy-head vice-governor vice-mayor supervisor assemblyman
assemblywoman assemblymember selectman selectwoman alderwoman freeholder recorder assessor auditor chair
`));

/** Heads of a role that is not an office: the person is kept for quotes but is not an official. */
export const ROLE_HEADS: ReadonlySet<string> = new Set(words(`
analyst expert professor researcher scientist economist historian resident witness survivor victim reporter
correspondent journalist editor columnist commentator blogger host anchor author writer lawyer attorney candidate
nominee challenger adviser advisor aide strategist pollster consultant manager ceo cfo founder co-founder executive
activist campaigner organizer organiser volunteer student teacher doctor physician nurse surgeon pastor priest bishop
rabbi imam businessman businesswoman entrepreneur billionaire investor owner partner fellow scholar lecturer soldier
veteran fighter pilot driver farmer worker engineer coach player actor actress singer rapper musician artist
photographer producer director-general surrogate supporter donor fundraiser operative staffer volunteer
father mother wife husband son daughter brother sister uncle aunt grandson granddaughter widow friend neighbour
neighbor spokesperson-elect president-elect
`));

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

/** Titles and roles that tell the holder's gender. */
export const GENDERED_TITLES: ReadonlyMap<string, 'm' | 'f'> = new Map([
  ['spokesman', 'm'], ['spokeswoman', 'f'], ['chairman', 'm'], ['chairwoman', 'f'], ['congressman', 'm'],
  ['congresswoman', 'f'], ['councilman', 'm'], ['councilwoman', 'f'], ['businessman', 'm'], ['businesswoman', 'f'],
  ['king', 'm'], ['queen', 'f'], ['prince', 'm'], ['princess', 'f'], ['actor', 'm'], ['actress', 'f'],
  ['father', 'm'], ['mother', 'f'], ['wife', 'f'], ['husband', 'm'], ['son', 'm'], ['daughter', 'f'],
  ['brother', 'm'], ['sister', 'f'], ['uncle', 'm'], ['aunt', 'f'], ['widow', 'f'], ['sheikh', 'm'], ['emir', 'm'],
  ['sultan', 'm'], ['grandson', 'm'], ['granddaughter', 'f'],
]);

/** Titles whose affiliation is a region (or a city) when the article does not say which. */
export const REGIONAL_TITLES: ReadonlySet<string> = new Set(words('governor vice-governor governor-general'));
export const CITY_TITLES: ReadonlySet<string> = new Set(words('mayor vice-mayor'));

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
