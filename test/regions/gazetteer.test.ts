import { foldName } from '../../src/language/fold.js';
import fs from 'node:fs';
import { gazetteerFromRows, loadGazetteer, type GazetteerFile, type NameOption, type Place } from '../../src/extractors/regions/gazetteer.js';

// The generated file (npm run gazetteer) is committed: these check that the generator's rules
// produced what the extractor relies on.
type Row = [string, string, string[], ...unknown[]];
const file = JSON.parse(fs.readFileSync(new URL('../../data/gazetteer.json', import.meta.url), 'utf8')) as {
  countries: Row[];
  regions: [string, string, string[], string[], number, number][];
  cities: Row[];
};
const region = (cc: string, name: string) => {
  const r = file.regions.find((x) => x[0] === cc && x[1] === name);
  if (!r) throw new Error(`no region ${cc} ${name}`);
  return r;
};

describe('generated gazetteer', () => {
  test('is compact', () => {
    // the cities' GeoNames ids and coordinates took it from 0.85 to 1.2 MB; the loader parses only the index
    expect(fs.statSync(new URL('../../data/gazetteer.json', import.meta.url)).size).toBeLessThan(1_300_000);
  });

  test('places carry their GeoNames id, cities their coordinates and first-level region', () => {
    const gaz = loadGazetteer();
    const kharkiv = gaz.byName.get('kharkiv')!.find((o) => o.place.kind === 'city')!.place;
    expect(kharkiv).toMatchObject({ geonameId: 706483, admin: '07' });
    expect(kharkiv.lat).toBeCloseTo(49.98, 1);
    expect(kharkiv.lon).toBeCloseTo(36.25, 1);
    expect(gaz.byName.get('ukraine')![0]!.place.geonameId).toBe(690791);
    const kansas = gaz.byName.get('kansas')!.find((o) => o.place.kind === 'region')!.place;
    expect(kansas).toMatchObject({ geonameId: 4273857, admin: 'KS', lat: undefined });
  });

  test('a direction and a designator ("Central Division") is a weak name', () => {
    expect(gazetteerFromRows(file as unknown as GazetteerFile).byName.get('central division')![0]!.place.weak).toBe(true);
  });

  test('countries carry their common English names', () => {
    const names = new Map(file.countries.map((c) => [c[0], c[1]]));
    expect(names.get('US')).toBe('United States');
    expect(names.get('RU')).toBe('Russia');
    expect(names.get('GB')).toBe('United Kingdom');
    expect(names.get('KR')).toBe('South Korea');
    expect(names.get('SY')).toBe('Syria');
  });

  test('oblasts and krais are named "X Region"; republics by their own name', () => {
    expect(region('RU', 'Smolensk Region')[3]).toContain('Smolensk Oblast');
    expect(region('RU', 'Krasnodar Region')[3]).toContain('Krasnodar Krai');
    expect(region('RU', 'Tatarstan')[4]).toBe(1);
    expect(region('UA', 'Crimea')[4]).toBe(1);
  });

  test('Ukrainian regions carry both transliteration families as bases', () => {
    expect(region('UA', 'Kharkiv Region')[2]).toEqual(expect.arrayContaining(['Kharkiv', 'Kharkov']));
    expect(region('UA', 'Kyiv Region')[2]).toEqual(expect.arrayContaining(['Kyiv', 'Kiev']));
    expect(region('UA', 'Odesa Region')[2]).toEqual(expect.arrayContaining(['Odesa', 'Odessa']));
    expect(region('UA', 'Zaporizhzhia Region')[2]).toEqual(expect.arrayContaining(['Zaporizhzhia', 'Zaporozhye', 'Zaporizhia']));
    expect(region('UA', 'Mykolaiv Region')[2]).toEqual(expect.arrayContaining(['Mykolaiv', 'Nikolaev']));
    expect(region('UA', 'Luhansk Region')[2]).toEqual(expect.arrayContaining(['Luhansk', 'Lugansk']));
  });

  test('US states, DC and the capital are all there, Washington the state apart from Washington the city', () => {
    expect(file.regions.filter((r) => r[0] === 'US').length).toBeGreaterThanOrEqual(51);
    expect(region('US', 'Washington')).toBeDefined();
    expect(file.cities.find((c) => c[0] === 'US' && c[1] === 'Washington')?.[2]).toContain('Washington, D.C.');
  });

  test('a city that is also a first-level region is kept once, as the city', () => {
    expect(file.regions.some((r) => r[0] === 'RU' && r[1] === 'Moscow')).toBe(false);
    expect(file.cities.some((c) => c[0] === 'RU' && c[1] === 'Moscow')).toBe(true);
    expect(region('RU', 'Moscow Region')).toBeDefined();
  });

  test('generic words and demonyms are never bare names', () => {
    const gaz = loadGazetteer();
    for (const w of ['north', 'central', 'eastern', 'capital', 'federal', 'german', 'russian']) expect(gaz.byName.has(w)).toBe(false);
    expect(gaz.byName.get(foldName('Kharkov'))?.map((o) => o.place.name)).toEqual(expect.arrayContaining(['Kharkiv', 'Kharkiv Region']));
  });

  test('the precomputed index answers every lookup as the rows themselves do', () => {
    const rows = JSON.parse(fs.readFileSync(new URL('../../data/gazetteer.json', import.meta.url), 'utf8')) as GazetteerFile;
    delete rows.index;
    const built = gazetteerFromRows(rows) as ReturnType<typeof gazetteerFromRows> & {
      byName: Map<string, NameOption[]>;
      byBase: Map<string, Place[]>;
      prefixes: Set<string>;
      firstWords: Set<string>;
    };
    const indexed = loadGazetteer();
    const option = (o: NameOption) => ({ ...o, place: { ...o.place } });
    for (const [key, options] of built.byName) {
      expect(indexed.byName.has(key)).toBe(true);
      expect(indexed.byName.get(key)!.map(option)).toEqual(options.map(option));
    }
    for (const [key, places] of built.byBase) {
      expect(indexed.byBase.has(key)).toBe(true);
      expect(indexed.byBase.get(key)!.map((p) => ({ ...p }))).toEqual(places.map((p) => ({ ...p })));
    }
    expect(new Set(indexed.firstWords)).toEqual(built.firstWords);
    expect(indexed.firstTrigrams).toEqual(built.firstTrigrams);
    const keys = [...built.byName.keys(), ...built.byBase.keys(), ...built.prefixes, ...built.firstWords, 'nowhere', 'new', 'constructor', ''];
    for (const key of keys) {
      expect([key, indexed.byName.has(key)]).toEqual([key, built.byName.has(key)]);
      expect([key, indexed.byBase.has(key)]).toEqual([key, built.byBase.has(key)]);
      expect([key, indexed.prefixes.has(key)]).toEqual([key, built.prefixes.has(key)]);
      expect([key, indexed.firstWords.has(key)]).toEqual([key, built.firstWords.has(key)]);
    }
    expect(indexed.maxWords).toBe(built.maxWords);
    expect(indexed.demonyms).toEqual(built.demonyms);
    for (const [cc] of rows.countries) expect(indexed.countryName(cc)).toBe(built.countryName(cc));
    expect(indexed.countryName('ZZ')).toBeUndefined();
    // one object per place, one list per key, however often asked
    expect(indexed.byName.get('kharkov')).toBe(indexed.byName.get('kharkov'));
    const region = indexed.byName.get('kharkov')!.find((o) => o.via === 'base')!.place;
    expect(indexed.byBase.get('kharkov')).toContain(region);
  });
});

describe('countries the lexicon files as their people in the plural', () => {
  test('"Philippines" and "Laos" are countries, not demonyms, and need no more evidence than other countries', () => {
    const gaz = loadGazetteer();
    for (const name of ['Philippines', 'Laos']) {
      const options = gaz.byName.get(foldName(name)) ?? [];
      expect(options.some((o) => o.place.kind === 'country' && !o.place.weak)).toBe(true);
    }
    const row = (cc: string) => file.countries.find((c) => c[0] === cc)!;
    expect(row('PH')[3]).toBe(0);
    expect(row('JO')[3]).toBe(1); // Jordan is also a first name
  });
});
