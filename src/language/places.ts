// Country adjectives and place words, general data, for reading affiliations:
// "Russian President X" is Russia's president, "the region's governor" belongs to a region.

const DEMONYM_LIST: [string, string][] = [
  ['american', 'United States'], ['u.s', 'United States'], ['us', 'United States'], ['russian', 'Russia'],
  ['ukrainian', 'Ukraine'], ['belarusian', 'Belarus'], ['british', 'United Kingdom'], ['uk', 'United Kingdom'],
  ['french', 'France'], ['german', 'Germany'], ['italian', 'Italy'], ['spanish', 'Spain'], ['polish', 'Poland'],
  ['chinese', 'China'], ['japanese', 'Japan'], ['korean', 'Korea'], ['north korean', 'North Korea'],
  ['south korean', 'South Korea'], ['indian', 'India'], ['pakistani', 'Pakistan'], ['iranian', 'Iran'],
  ['iraqi', 'Iraq'], ['syrian', 'Syria'], ['israeli', 'Israel'], ['palestinian', 'Palestine'], ['turkish', 'Turkey'],
  ['egyptian', 'Egypt'], ['saudi', 'Saudi Arabia'], ['canadian', 'Canada'], ['mexican', 'Mexico'],
  ['brazilian', 'Brazil'], ['argentine', 'Argentina'], ['australian', 'Australia'], ['dutch', 'Netherlands'],
  ['belgian', 'Belgium'], ['swiss', 'Switzerland'], ['austrian', 'Austria'], ['swedish', 'Sweden'],
  ['norwegian', 'Norway'], ['danish', 'Denmark'], ['finnish', 'Finland'], ['estonian', 'Estonia'],
  ['latvian', 'Latvia'], ['lithuanian', 'Lithuania'], ['moldovan', 'Moldova'], ['romanian', 'Romania'],
  ['hungarian', 'Hungary'], ['czech', 'Czech Republic'], ['slovak', 'Slovakia'], ['serbian', 'Serbia'],
  ['croatian', 'Croatia'], ['bulgarian', 'Bulgaria'], ['greek', 'Greece'], ['georgian', 'Georgia'],
  ['armenian', 'Armenia'], ['azerbaijani', 'Azerbaijan'], ['kazakh', 'Kazakhstan'], ['uzbek', 'Uzbekistan'],
  ['afghan', 'Afghanistan'], ['irish', 'Ireland'], ['scottish', 'Scotland'], ['welsh', 'Wales'],
  ['portuguese', 'Portugal'], ['nigerian', 'Nigeria'], ['south african', 'South Africa'], ['kenyan', 'Kenya'],
  ['ethiopian', 'Ethiopia'], ['lebanese', 'Lebanon'], ['jordanian', 'Jordan'], ['qatari', 'Qatar'],
  ['emirati', 'United Arab Emirates'], ['yemeni', 'Yemen'], ['libyan', 'Libya'], ['venezuelan', 'Venezuela'],
  ['colombian', 'Colombia'], ['cuban', 'Cuba'], ['chilean', 'Chile'], ['peruvian', 'Peru'], ['thai', 'Thailand'],
  ['vietnamese', 'Vietnam'], ['indonesian', 'Indonesia'], ['filipino', 'Philippines'], ['philippine', 'Philippines'],
  ['malaysian', 'Malaysia'], ['taiwanese', 'Taiwan'], ['soviet', 'Soviet Union'], ['european', 'European Union'],
  ['chechen', 'Chechnya'], ['crimean', 'Crimea'], ['new zealand', 'New Zealand'],
];

export const DEMONYMS: ReadonlyMap<string, string> = new Map(DEMONYM_LIST);

/** Generic words for an administrative unit, and the region kind each stands for. */
export const PLACE_WORDS: ReadonlyMap<string, 'region' | 'city' | 'country'> = new Map([
  ['region', 'region'], ['oblast', 'region'], ['province', 'region'], ['krai', 'region'], ['kray', 'region'],
  ['republic', 'region'], ['state', 'region'], ['county', 'region'], ['district', 'region'], ['territory', 'region'],
  ['okrug', 'region'], ['governorate', 'region'], ['prefecture', 'region'], ['area', 'region'],
  ['city', 'city'], ['town', 'city'], ['village', 'city'], ['municipality', 'city'], ['capital', 'city'],
  ['country', 'country'], ['nation', 'country'],
]);

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
