// General data for recognising organisations: the head words their names end on, well-known
// names that carry no head word, and capitalised abbreviations that are not organisations.
import { readTaggedWords, words, wordsTagged } from './word-file.js';

const HEADS = readTaggedWords('organization-heads');

/** Words an organisation's name is built on: "Ministry of Defense", "Federal Security Service". */
export const ORG_HEADS: ReadonlySet<string> = new Set(wordsTagged(HEADS, 'name'));

/** Heads that name an organisation only with something before them ("Smolensk Regional Duma", not "Duma"). */
export const WEAK_HEADS: ReadonlySet<string> = new Set(wordsTagged(HEADS, 'weak'));

/** Heads that name a body only after two words or more: "Kentucky Emergency Management", not "Risk Management". */
export const VERY_WEAK_HEADS: ReadonlySet<string> = new Set(wordsTagged(HEADS, 'very-weak'));

/** Heads of a military unit, numbered before them: "the 47th Mechanized Brigade". */
export const UNIT_HEADS: ReadonlySet<string> = new Set(wordsTagged(HEADS, 'unit'));

/** What a utility sells, which ends its name with no head word: "Nova Scotia Power", "Duke Energy", "Tampa Electric". */
export const UTILITY_HEADS: ReadonlySet<string> = new Set(wordsTagged(HEADS, 'utility'));

/** Heads of a company's name ("Inc", "Corp", "Holdings"). */
export const COMPANY_HEADS: ReadonlySet<string> = new Set(wordsTagged(HEADS, 'company'));

/** Bodies named by one word that "and" joins to another: "House and Senate", "White House and Congress". */
export const STANDALONE_BODIES: ReadonlySet<string> = new Set(wordsTagged(HEADS, 'standalone'));

/** Heads of a phrase that, reporting speech, is a body and not a person: every name head ("the ministry said") and a few more ("the embassy said"). */
export const SPEAKING_BODY_HEADS: ReadonlySet<string> = new Set([...wordsTagged(HEADS, 'name'), ...wordsTagged(HEADS, 'speaker')]);

/**
 * Head words that, after "and" in a head's complement, name a field of work and not a body of its
 * own: "Department of Health and Human Services", "Office of Information Programs and Services".
 */
export const FIELD_OF_WORK_HEADS: ReadonlySet<string> = new Set(words('services'));

/**
 * Services a special-purpose district runs, which make "District" a body's head after them: "Waco-McLennan
 * County Public Health District", "Los Angeles Unified School District", "Fire District". A district
 * after anything else is a place ("Graivoronsky Urban District", "Southern District").
 */
export const DISTRICT_SERVICES: ReadonlySet<string> = new Set(words(`
health school fire water hospital sanitation sewer irrigation transit utility park parks library conservation
`));

/** Chambers named as "House of X": "House of Representatives", "House of Commons", "House of Lords". */
export const HOUSE_WORDS: ReadonlySet<string> = new Set(words('house houses chamber'));

/** Parties named by their members in the plural, after a qualifier: "Liberal Democrats", "Christian Democrats". */
export const PARTY_PLURALS: ReadonlySet<string> = new Set(words('democrats republicans conservatives liberals socialists nationalists unionists greens'));
export const PARTY_QUALIFIERS: ReadonlySet<string> = new Set(words(`
liberal social christian free progressive national democratic left young new sweden
`));

/** Prefixes of ships' names: "HMS Somerset", "USS Ford". */
export const SHIP_PREFIXES: ReadonlySet<string> = new Set(words('HMS USS HMAS HMCS HMNZS RFS MV RV'));

/** Well-known organisations, platforms and news agencies whose names have no head word. */
export const KNOWN_ORGS: ReadonlySet<string> = new Set([
  'Telegram', 'Facebook', 'Twitter', 'YouTube', 'Instagram', 'WhatsApp', 'TikTok', 'VKontakte', 'Google', 'Apple',
  'Microsoft', 'Amazon', 'Meta', 'Reuters', 'TASS', 'Interfax', 'RIA Novosti', 'Kremlin', 'Pentagon', 'NATO',
  'Gazprom', 'Rosneft', 'Rosatom', 'Roscosmos', 'Rosgvardia', 'Rosaviatsia', 'Roskomnadzor', 'Aeroflot', 'Hamas', 'Hezbollah', 'Taliban',
  'Ukrenergo', 'Naftogaz', 'Ukrzaliznytsia', 'Breitbart', 'Politifact', 'PolitiFact', 'Bloomberg', 'Interpol', 'Europol',
  'Bundeswehr', 'Bundestag', 'Bundesrat', 'Bundesbank', 'Knesset', 'Mossad', 'Frontex', 'Rostec', 'Transneft', 'Lukoil', 'Sberbank',
  'White House', 'Red Cross', 'Red Crescent', 'United Hatzalah', 'Garda', 'Gardaí', 'Gardai', 'Garda Síochána', 'Wikipedia', 'Netflix', 'Tesla', 'SpaceX', 'Starlink', 'Boeing', 'Airbus',
]);

/**
 * Acronyms of international bodies (and the Israeli army, which world news writes as "IDF") that
 * stand for one body wherever English-language news writes them, and that body's name: an article
 * that writes only "EU" or "IDF" names the European Union or the Israel Defense Forces, as one that
 * spells the name out does. Only acronyms of one reading ("AFP" is a news agency and the Philippines'
 * armed forces, "PTI" an Indian agency and a Pakistani party: not here), and not those better known
 * than their expansion: "NATO", and a country's agencies its readers know by letters ("FBI", "SBU").
 */
export const KNOWN_ACRONYMS: ReadonlyMap<string, string> = new Map([
  ['EU', 'European Union'], ['UN', 'United Nations'], ['IDF', 'Israel Defense Forces'],
  ['IAEA', 'International Atomic Energy Agency'], ['IMF', 'International Monetary Fund'],
  ['OSCE', 'Organization for Security and Co-operation in Europe'], ['ICRC', 'International Committee of the Red Cross'],
  ['WFP', 'World Food Programme'],
]);

/** Names of one body that share no key by their words: the Irish police, "Garda", its officers "Gardaí", "An Garda Síochána". */
export const ONE_BODY_KEYS: ReadonlyMap<string, string> = new Map([
  ['gardaí', 'garda'], ['gardai', 'garda'], ['garda síochána', 'garda'], ['garda siochana', 'garda'],
]);

/** Known names a country opens, one society for each: "Kenya Red Cross", "American Red Cross", "Turkish Red Crescent". */
export const NATIONAL_SOCIETIES: ReadonlySet<string> = new Set(['Red Cross', 'Red Crescent']);

/**
 * Capitalised abbreviations of things, practices, units, times and places ("CPR", "CCTV" footage,
 * "EW" units, an "RV"): never an organisation. With them a press release's footer ("ENDS"), the
 * compass points of a street ("SE Maphet Road") and time zones ("12:35 IST").
 */
export const NON_ORG_ACRONYMS: ReadonlySet<string> = new Set(words(`
US USA UK UAE USSR TV AM PM GMT UTC MSK EST EDT PST CET CEST CEO CFO COO CTO GDP ID OK DNA AI IT PR HQ RPG IED
ATGM MLRS HIMARS ATACMS SAM MANPADS KAB FPV UAV UAVS COVID HIV AIDS SUV VIP ASAP FAQ II III IV VI VII VIII IX XI XII
URL PDF USB GPS SMS LIVE BREAKING UPDATE NEW WATCH VIDEO PHOTO READ MORE MP MPS NB PS RIP LOL OMG DC NY LA SF DJ MC
KM KG MM CM KMH MPH BC AD CE BCE ICBM SLBM BTR BMP APC IFV MBT SCUD S-300 S-400 AWACS NPP TPP HPP ATM PIN VAT IPO ETF
NO NOT YES ALL AND THE OR BUT FOR YOU WE ME MY IS ARE WAS IF SO DO GO UP OUT NOW HOW WHY WHO OF IN ON AT TO BY AS BE IT HE SHE
AKA WWI WWII ER ICU PTSD ACA RSVP TBA TBD ETA DIY PC IP LGBT LGBTQ OPINION EXCLUSIVE ANALYSIS EDITORIAL
ENDS END NE NW SE SW NNE ENE ESE SSE SSW WSW WNW NNW
IST BST WET WEST EET EEST CDT CST MDT MST PDT AKST AKDT HST AST ADT NST NDT AEST AEDT ACST ACDT AWST NZST NZDT
JST KST HKT SGT PHT WIB WITA WIT ICT PKT NPT
CPR CCTV MMR EW SWAT MRI CT DUI DWI ATV EV LNG LPG CNG PPE RV
`));

/** Words that quantify a thing and never a body: "any CCTV footage", "no GPS", "more PPE". */
export const QUANTIFIERS_OF_THINGS: ReadonlySet<string> = new Set(words('any some no more much less enough without'));

/** The second word of a country's formal name: "Russian Federation", "Czech Republic", "United Kingdom". */
export const STATE_FORM_WORDS: ReadonlySet<string> = new Set(words('federation republic kingdom confederation commonwealth emirates'));

/** Members a group known by one name is written with: "Wagner mercenaries" (not "fighters" or "operatives": "Arab fighters", "Washington operatives"). */
export const GROUP_MEMBER_NOUNS: ReadonlySet<string> = new Set(words('mercenaries militiamen mobsters gunmen'));

/** Kinds of body a one-word name is described as in apposition: "the Camorra, a Neapolitan mafia-like group". */
export const GROUP_NOUNS: ReadonlySet<string> = new Set(words(`
group gang clan cartel syndicate militia mafia organization organisation network movement charity outfit
company agency party faction
`));

/** Places and things whose names end on an organisation's head word. */
export const NOT_ORGS: ReadonlySet<string> = new Set([
  'West Bank', 'Left Bank', 'World Trade Center', 'Electoral College', 'Oval Office', 'Ground Zero',
  'Union Station', 'Union Square', 'Trade Center', 'Outer Banks', 'Police Station',
]);
