import { Document } from '../../src/document/document.js';
import { regionsExtractor } from '../../src/extractors/regions/index.js';

// Names that look like places in the gazetteer but are not, in sentences of our own.
const names = (text: string) => regionsExtractor.extract(new Document(text), { results: {} }).map((r) => r.name);

describe('names that are no places', () => {
  test.each([
    // a state's postal code is no town of that spelling (Wa, Ghana)
    ['The start-up moved from Seattle, WA to Austin, TX.', ['Seattle', 'Austin']],
    // a bare name that speaks is a person (Arroyo, Puerto Rico)
    ['"It will pass," Arroyo added. Commissioner Ruiz agreed.', []],
    // a word the article writes in lower case, opening a sentence (Man, Ivory Coast)
    ['A man was detained in Lyon. Man and dog were unhurt.', ['Lyon']],
    // a direction and a designator without evidence (Central Division, Fiji)
    ['The Central Division of the city police took the case.', []],
    // a company's name by compromise's lexicon is a town only where a place would be (Toyota, Japan)
    ['A crash closed the road near Chester. The Toyota travelled down an embankment.', ['Chester']],
    // capitals in brackets are a body's acronym (Néma, Mauritania)
    ['The National Emergency Management Agency (NEMA) said the search went on in Lagos.', ['Lagos']],
  ])('%s', (text, expected) => expect(names(text)).toEqual(expected));

  test('a hyphenated region written with spaces is the same region ("Emilia Romagna"), a city so only with its small words ("Rostov on Don")', () => {
    expect(names('Floods hit Emilia Romagna and Baden Wurttemberg, and then Rostov on Don.')).toEqual(['Emilia-Romagna', 'Baden-Württemberg', 'Rostov-on-Don']);
  });

  test('a state that locates the county before it stays a place, though a verb of saying follows it', () => {
    expect(names('The sheriff of Oak County, Tennessee said the toll had grown to nine.')).toEqual(['Oak County', 'Tennessee']);
  });

  test('a country or a capital still speaks for its government', () => {
    expect(names('Russia said the talks failed, and Kyiv said they never began.')).toEqual(['Russia', 'Kyiv']);
  });
});

describe('what the gazetteer knows of a place', () => {
  test('a city carries its GeoNames id and coordinates, a region and a country their id', () => {
    const [city, region, country] = regionsExtractor.extract(new Document('Drones hit Kharkiv, in the Kharkiv region of Ukraine.'), { results: {} });
    expect(city).toMatchObject({ name: 'Kharkiv', geonames_id: 706483 });
    expect(city!.lat).toBeCloseTo(49.98, 1);
    expect(region).toMatchObject({ name: 'Kharkiv Region', geonames_id: 706482 });
    expect(region).not.toHaveProperty('lat');
    expect(country).toMatchObject({ name: 'Ukraine', geonames_id: 690791 });
    expect(Object.keys(city!)).toEqual(['name', 'kind', 'country', 'geonames_id', 'lat', 'lon', 'mentions']);
  });

  test('spellings of one place are one item, named in the current official English form', () => {
    const items = regionsExtractor.extract(new Document('Shells hit Zaporozhye and Nikolaev. In Zaporizhzhia two died; Mykolaiv and Kharkov were calm, and so was Kharkiv.'), { results: {} });
    expect(items.map((r) => [r.name, r.mentions.map((m) => m.text)])).toEqual([
      ['Zaporizhzhia', ['Zaporozhye', 'Zaporizhzhia']],
      ['Mykolaiv', ['Nikolaev', 'Mykolaiv']],
      ['Kharkiv', ['Kharkov', 'Kharkiv']],
    ]);
  });

  test('a place found by its syntax alone has no id', () => {
    const [village] = regionsExtractor.extract(new Document('Shells fell on the village of Zarichne.'), { results: {} });
    expect(village).toEqual({ name: 'Zarichne', kind: 'city', mentions: [{ start: 30, end: 38, text: 'Zarichne' }] });
  });
});

describe('a country named like its people in the plural', () => {
  test('"the southern Philippines" and "Laos" are places; "Philippine troops" and "Brits" are not', () => {
    expect(names('A quake hit the southern Philippines. Floods hit Laos.')).toEqual(['Philippines', 'Laos']);
    expect(names('Philippine troops met. Brits and Danes travel.')).toEqual([]);
  });
});
