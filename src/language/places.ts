// Country adjectives and place words, general data, for reading affiliations:
// "Russian President X" is Russia's president, "the region's governor" belongs to a region.
import { readEntries } from './word-file.js';

/** Country adjectives (data/language/demonyms.txt) and the country each names. */
export const DEMONYMS: ReadonlyMap<string, string> = new Map(readEntries('demonyms').map(([demonym, country]) => [demonym!, country!]));

/** The countries those adjectives name, lower case: "ukraine", "new zealand". */
export const COUNTRY_NAMES: ReadonlySet<string> = new Set([...DEMONYMS.values()].map((c) => c.toLowerCase()));

/** Generic words for an administrative unit, and the region kind each stands for. */
export const PLACE_WORDS: ReadonlyMap<string, 'region' | 'city' | 'country'> = new Map([
  ['region', 'region'], ['oblast', 'region'], ['province', 'region'], ['krai', 'region'], ['kray', 'region'],
  ['republic', 'region'], ['state', 'region'], ['county', 'region'], ['district', 'region'], ['territory', 'region'],
  ['okrug', 'region'], ['governorate', 'region'], ['prefecture', 'region'], ['area', 'region'],
  ['city', 'city'], ['town', 'city'], ['village', 'city'], ['municipality', 'city'], ['capital', 'city'],
  ['country', 'country'], ['nation', 'country'],
]);

/** A word after a name that makes it a division of government: "Smolensk Region", "Cook County", "Agam Regency". */
export interface Designator {
  /** The word as it ends the place's canonical name: the Russian and Ukrainian units are "Region". */
  readonly canonical: string;
  /** Whether a name the gazetteer does not know is a place by this word alone ("Glushkovsky district"; not "Jewish state"). */
  readonly unknownOk: boolean;
  /** The plural that one list of names shares: "Bryansk, Kursk and Belgorod regions". */
  readonly plural?: string;
  /** Whether the word also ends businesses' names ("the Hyatt Regency"): an unknown name then takes it only without "the". */
  readonly alsoBusiness?: boolean;
}

/** Designators by their lowercase form. */
export const DESIGNATORS: ReadonlyMap<string, Designator> = new Map<string, Designator>([
  ['region', { canonical: 'Region', unknownOk: true, plural: 'regions' }],
  ['oblast', { canonical: 'Region', unknownOk: true, plural: 'oblasts' }],
  ['krai', { canonical: 'Region', unknownOk: true, plural: 'krais' }],
  ['kray', { canonical: 'Region', unknownOk: true }],
  ['territory', { canonical: 'Territory', unknownOk: false }],
  ['province', { canonical: 'Province', unknownOk: true, plural: 'provinces' }],
  ['governorate', { canonical: 'Governorate', unknownOk: true, plural: 'governorates' }],
  ['prefecture', { canonical: 'Prefecture', unknownOk: true, plural: 'prefectures' }],
  ['okrug', { canonical: 'Okrug', unknownOk: true }],
  ['voivodeship', { canonical: 'Voivodeship', unknownOk: true }],
  ['regency', { canonical: 'Regency', unknownOk: true, plural: 'regencies', alsoBusiness: true }],
  ['county', { canonical: 'County', unknownOk: true, plural: 'counties' }],
  ['district', { canonical: 'District', unknownOk: true, plural: 'districts' }],
  ['urban district', { canonical: 'Urban District', unknownOk: true }],
  ['municipal district', { canonical: 'Municipal District', unknownOk: true }],
  ['sub-district', { canonical: 'Sub-district', unknownOk: true }],
  ['subdistrict', { canonical: 'Sub-district', unknownOk: true }],
  ['raion', { canonical: 'District', unknownOk: true }],
  ['rayon', { canonical: 'District', unknownOk: true }],
  ['state', { canonical: 'State', unknownOk: false, plural: 'states' }],
  ['republic', { canonical: 'Republic', unknownOk: false, plural: 'republics' }],
  ["people's republic", { canonical: "People's Republic", unknownOk: false }],
]);

/** Each designator's plural and the canonical word of one place it lists: "counties" → "County", "oblasts" → "Region". */
export const DESIGNATOR_PLURALS: ReadonlyMap<string, string> = new Map(
  [...DESIGNATORS.values()].flatMap((d) => (d.plural ? [[d.plural, d.canonical] as const] : [])),
);

/** Designators written before the name, as Ireland and Britain name counties: "County Cork", "Co Meath", "Co. Durham". */
export const DESIGNATORS_BEFORE_NAME: ReadonlyMap<string, string> = new Map([['County', 'County'], ['Co', 'County'], ['Co.', 'County']]);

/** Adjectives of direction or size that may stand before a place word without naming the place. */
export const PLACE_QUALIFIERS: ReadonlySet<string> = new Set(
  `southwestern southeastern northwestern northeastern southern northern eastern western central border frontline
   front-line neighbouring neighboring nearby same whole entire`.split(/\s+/).filter(Boolean),
);

/** Adjectives of an administrative level, and the place kind a body so qualified governs: "regional administration". */
export const PLACE_ADJECTIVES: ReadonlyMap<string, 'region' | 'city' | 'country'> = new Map([
  ['regional', 'region'], ['provincial', 'region'], ['oblast', 'region'], ['municipal', 'city'], ['city', 'city'],
  ['town', 'city'],
]);

/**
 * Lowercase nouns that make the name before them a settlement or an area: "Kalinovka village", "the
 * Yam settlement", "Kelso township", "the Burren area", "Velyka Oleksandrivka hromada", "the Smithville
 * city limits".
 */
export const PLACE_NOUNS_AFTER_NAME: ReadonlyMap<string, 'region' | 'city'> = new Map([
  ['village', 'city'], ['settlement', 'city'], ['township', 'city'], ['hamlet', 'city'], ['suburb', 'city'],
  ['neighbourhood', 'city'], ['neighborhood', 'city'], ['hromada', 'region'], ['area', 'region'], ['island', 'region'],
  ['city', 'city'], ['town', 'city'],
]);

/**
 * Lowercase nouns before "of" that make the name after them a place, with its kind: "the suburb of
 * Secondigliano", "the hamlet of X". Not "district" nor "hromada": "the Pokrovsk district of Donetsk
 * Oblast" names what holds the district.
 */
export const PLACE_NOUNS_BEFORE_OF: ReadonlyMap<string, 'region' | 'city'> = new Map([
  ['suburb', 'city'], ['neighbourhood', 'city'], ['neighborhood', 'city'], ['hamlet', 'city'], ['commune', 'city'],
  ['municipality', 'city'], ['island', 'region'],
]);

/** Plurals that open a list of places: "the settlements of A, B and C", "the rivers Corrib, Suck and Shannon". */
export const PLACE_PLURALS: ReadonlyMap<string, 'region' | 'city'> = new Map([
  ['settlements', 'city'], ['villages', 'city'], ['towns', 'city'], ['cities', 'city'], ['hamlets', 'city'],
  ['localities', 'city'], ['communities', 'city'], ['territories', 'city'], ['hromadas', 'region'], ['rivers', 'region'],
  ['areas', 'region'], ['islands', 'region'],
]);

/** Words before a name that make it a natural feature: "Mount Merapi", "Mt. Elgon", "River Shannon", "Lake Victoria". */
export const FEATURE_WORDS_BEFORE: readonly string[] = ['Mount', 'Mt.', 'Mt', 'River', 'Lake'];

/**
 * Capitalised words after a name that make it a place of that kind of land, not a town: "Golan
 * Heights", "Rift Valley", "Hudson River", "Curve Lake First Nation". Lowercase "river" after a name
 * names the river too ("the Dnipro river").
 */
export const FEATURE_WORDS_AFTER: readonly string[] = [
  'River', 'Heights', 'Valley', 'Peninsula', 'Island', 'Islands', 'Mountains', 'Hills', 'First Nation', 'Delta',
  'Desert', 'Canyon', 'Strait', 'Plateau', 'Gorge', 'Lake', 'Sea', 'Ocean', 'Gulf',
];

/** Of those, the seas whose adjective belongs to the name: "the Persian Gulf", "the Indian Ocean", "the Black Sea". */
export const WATER_WORDS_AFTER: ReadonlySet<string> = new Set(['Sea', 'Ocean', 'Gulf']);

/** Words that name a body of water by "of" and a name: "the Gulf of Mexico", "the Sea of Azov", "the Bay of Bengal". */
export const FEATURE_WORDS_OF: readonly string[] = ['Gulf', 'Bay', 'Sea', 'Strait', 'Straits'];

/**
 * Prepositions that make a pair of names two places: "between Kelso and Ross", "at Kamianka and
 * Zarichne". Not "in" nor "from", which open pairs of anything ("in California and Europe", "from
 * Wikileaks and Benghazi").
 */
export const PAIR_PREPOSITIONS: readonly string[] = ['at', 'near', 'around', 'between', 'outside', 'toward', 'towards'];

/** Prepositions of place: "in Sleman, Yogyakarta" locates a town in the region after the comma. */
export const PLACE_PREPOSITIONS: readonly string[] = [...PAIR_PREPOSITIONS, 'in', 'from', 'to', 'into', 'across', 'throughout'];

/** Prepositions that seat a body or a person in a place: "the hospital in Safed said", "officials at the plant". */
export const SEAT_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'at', 'near']);

/** Words that make a name a street's, not a place's: "Washington and Broad Streets". */
export const STREET_WORDS: ReadonlySet<string> = new Set(
  'street streets avenue avenues road roads boulevard lane drive square circle highway bridge'.split(' '),
);

/** Words that make a name a building's or grounds', not a place's: "County Hall", "Town Hall", "County Park". */
export const BUILDING_WORDS: ReadonlySet<string> = new Set(
  'hall halls house jail prison courthouse building buildings offices centre center library museum stadium arena park'.split(' '),
);

/** Directions that, before "of", locate a place: "northwest of Topeka", "north of Parry Sound". */
export const DIRECTIONS: readonly string[] = [
  'north', 'south', 'east', 'west', 'northeast', 'northwest', 'southeast', 'southwest',
  'north-east', 'north-west', 'south-east', 'south-west',
];

/** The continents: "East Africa" and "central Asia" are no towns, though GeoNames has towns so named. */
export const CONTINENTS: ReadonlySet<string> = new Set(['asia', 'africa', 'europe', 'america', 'americas', 'oceania', 'antarctica', 'eurasia']);

const FEATURE_PREFIXES = FEATURE_WORDS_BEFORE.map((w) => `${w} `);
const FEATURE_SUFFIXES = FEATURE_WORDS_AFTER.map((w) => ` ${w}`);

/** Whether a place's name makes it a mountain, river, lake or stretch of land ("Mount Merapi", "Golan Heights"), not a settlement or a division. */
export function namesNaturalFeature(name: string): boolean {
  return FEATURE_PREFIXES.some((p) => name.startsWith(p)) || FEATURE_SUFFIXES.some((s) => name.endsWith(s));
}

const COUNTY_NAME = /\bcounty$/iu;

const DISTRICT_NAME = /\b(?:district|sub-district)$/iu;

/** Whether a place's name makes it a district ("Glazunovsky District", "Tobelo Sub-district"): a division inside a region. */
export function namesDistrict(name: string): boolean {
  return DISTRICT_NAME.test(name);
}

/** Whether a place's name makes it a county ("Orange County", "Brown County"): a region of local government. */
export function namesCounty(name: string): boolean {
  return COUNTY_NAME.test(name);
}

/** Lower-case words inside a place's name, in English and the languages of place names: "Rio de Janeiro", "Dar es Salaam", "Stratford-upon-Avon". */
export const PLACE_NAME_CONNECTORS: ReadonlySet<string> = new Set([
  'of', 'and', 'the', 'de', 'del', 'da', 'do', 'dos', 'das', 'du', 'des', 'la', 'le', 'les', 'el', 'al', 'on', 'upon', 'am', 'an', 'der', 'di', 'y', 'e', 'i', 'et', 'en', 'es', 'sur', 'im', 'in',
]);

/**
 * Countries whose press dates "the night of August 23" by the morning it ends on (a calque of
 * "в ночь на"/"у ніч на"): news from or about them means the night into that day. Elsewhere
 * English means the night that starts on it.
 */
export const NIGHT_INTO_DAY_COUNTRIES: ReadonlySet<string> = new Set([
  'Russia', 'Ukraine', 'Belarus', 'Moldova', 'Latvia', 'Lithuania', 'Estonia', 'Georgia', 'Armenia', 'Azerbaijan', 'Kazakhstan',
]);
