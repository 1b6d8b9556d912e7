// "Extending newsfacts: a place" (docs/extending.md): a line of data/language/places.txt is a town the
// regions extractor finds, once `npm run gazetteer -- --index-only` has indexed it.
import fs from 'node:fs';
import { gazetteerFromRows, loadGazetteer, withCuratedPlaces, type GazetteerFile } from '../../src/extractors/regions/gazetteer.js';
import { foldName } from '../../src/language/fold.js';
import { readEntries } from '../../src/language/word-file.js';
import { GAZETTEER_FILE } from '../../src/paths.js';

const rows = (): GazetteerFile => {
  const { index: _index, ...file } = JSON.parse(fs.readFileSync(GAZETTEER_FILE, 'utf8')) as GazetteerFile;
  return file;
};

describe('curated places (data/language/places.txt)', () => {
  test('a line adds a town, with its other spellings, to the gazetteer built from the rows', () => {
    const file = withCuratedPlaces(rows(), [['UA', 'Testivka', 'Testovka, Testiwka']]);
    const gazetteer = gazetteerFromRows(file);
    for (const spelling of ['Testivka', 'Testovka', 'Testiwka']) {
      const options = gazetteer.byName.get(foldName(spelling)) ?? [];
      expect(options.map((o) => [o.place.name, o.place.kind, o.place.cc])).toEqual([['Testivka', 'city', 'UA']]);
    }
  });

  test('a town the rows already have is not added twice', () => {
    const file = rows();
    const kyiv = file.cities.find(([cc, name]) => cc === 'UA' && name === 'Kyiv');
    expect(kyiv).toBeDefined();
    expect(withCuratedPlaces(file, [['UA', 'Kyiv']]).cities).toHaveLength(file.cities.length);
  });

  test('every curated town is in data/gazetteer.json (the index was rebuilt after the last edit)', () => {
    const file = rows();
    expect(withCuratedPlaces(file).cities).toHaveLength(file.cities.length);
    const gazetteer = loadGazetteer();
    for (const [cc, name] of readEntries('places')) {
      expect(gazetteer.byName.get(foldName(name!))?.some((o) => o.place.cc === cc)).toBe(true);
    }
  });
});
