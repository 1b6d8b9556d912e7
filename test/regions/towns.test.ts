import { Document } from '../../src/document/document.js';
import { regionsExtractor } from '../../src/extractors/regions/index.js';
import { townNameOpensWith, townsNamed } from '../../src/extractors/regions/towns.js';
import type { Region } from '../../src/record/types.js';

// Towns the gazetteer leaves out, from data/towns.tsv (GeoNames places of 1,000 people or more),
// in sentences of our own.
const extract = (text: string): Region[] => regionsExtractor.extract(new Document(text), { results: {} });
const names = (text: string) => extract(text).map((r) => r.name);

describe('the towns file', () => {
  test('finds every town of a name by binary search, and tells names that open none', () => {
    const chesters = townsNamed('chester');
    expect(chesters.length).toBeGreaterThan(5);
    expect(chesters.map((t) => t.place.cc)).toContain('GB');
    expect(townsNamed('parry sound')[0]!.place).toMatchObject({ name: 'Parry Sound', cc: 'CA', admin: '08', kind: 'city' });
    expect(townsNamed('no such town at all')).toEqual([]);
    expect(townNameOpensWith('parry')).toBe(true);
    expect(townNameOpensWith('parr')).toBe(false);
  });
});

describe('towns where a town is expected, with the article behind them', () => {
  test('towns of one region support each other; each carries its GeoNames id and coordinates', () => {
    const items = extract('Councillors said works in Moycullen and near Oughterard were delayed by the rain.');
    expect(items.map((r) => r.name)).toEqual(['Moycullen', 'Oughterard']);
    expect(items[0]).toMatchObject({ kind: 'city', country: 'Ireland', geonames_id: 2962440 });
    expect(items[0]!.lat).toBeCloseTo(53.34, 1);
  });

  test('a town in the region the article names ("north of Parry Sound, Ontario")', () => {
    expect(names('The crash closed the highway north of Parry Sound, Ontario, on Monday.')).toEqual(['Parry Sound', 'Ontario']);
  });

  test('a large town needs no support in an article that names no other place', () => {
    expect(extract('Police in Chester are appealing for witnesses.')[0]).toMatchObject({ name: 'Chester', country: 'United Kingdom' });
  });

  test('a large town that no other town is named after needs no support, though the article names other places', () => {
    expect(names('A man was hurt in a collision in Hartlepool and taken to a hospital in Texas.')).toEqual(['Hartlepool', 'Texas']);
  });

  test('a small town of a country the article does not name is left out', () => {
    expect(names('Protests went on in Kyiv, and rallies were held in Moycullen.')).toEqual(['Kyiv']);
  });

  test('sources, bodies, people and continents are no towns', () => {
    expect(names('Support in Texas is rising, according to Gallup.')).toEqual(['Texas']);
    expect(names('The bill went to Congress, and the senator flew to Asia from Texas.')).toEqual(['Texas']);
    expect(names('Kansas voters met Jim Horton. Later, in Horton, the crowd was small.')).toEqual(['Kansas']);
  });
});

describe('a town name the article shows to be a person', () => {
  test('a surname that speaks where no preposition places it, or follows an initial, is no town', () => {
    const speaks = 'Voters in Iowa got a letter from Blackwell this week. "Turn out," Blackwell wrote, urging Iowa to vote.';
    expect(names(speaks)).not.toContain('Blackwell');
    const initial = 'Robert F. Greenhill of Iowa spoke. Bankers at Greenhill in Iowa were busy.';
    expect(names(initial)).not.toContain('Greenhill');
  });
  test('a town after "of" or "in" that is followed by a verb of saying stays a town', () => {
    const text = 'Leaders in Iowa spoke. The Archdiocese of Dubuque said the rally in Dubuque was peaceful.';
    expect(names(text)).toContain('Dubuque');
  });
});

describe('one town however the article writes it', () => {
  test('"the small town of X", "east of X" and "the X area" are the one town the gazetteer knows', () => {
    const items = extract('A tornado hit McCurtain County, Oklahoma. The small town of Idabel lost its school. There was destruction east of Idabel, and crews went to the Idabel area.');
    const idabel = items.filter((r) => r.name === 'Idabel');
    expect(idabel).toHaveLength(1);
    expect(idabel[0]).toMatchObject({ kind: 'city', country: 'United States' });
    expect(idabel[0]!.geonames_id).toBeDefined();
    expect(idabel[0]!.mentions).toHaveLength(3);
  });

  test('a village named like a state stays apart from it', () => {
    const items = extract('Police in Victoria said the village of Mallow was flooded.');
    expect(items.map((r) => [r.name, r.kind])).toEqual(expect.arrayContaining([['Mallow', 'city']]));
  });
});
