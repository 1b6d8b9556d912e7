import fc from 'fast-check';
import { Document } from '../../src/document/document.js';
import { regionsExtractor } from '../../src/extractors/regions/index.js';
import type { Region } from '../../src/record/types.js';

function extract(text: string): Region[] {
  return regionsExtractor.extract(new Document(text), { results: {} });
}
/** name → kind, for compact assertions. */
function kinds(text: string): Record<string, string> {
  return Object.fromEntries(extract(text).map((r) => [r.name, r.kind]));
}
function find(items: Region[], name: string): Region {
  const it = items.find((r) => r.name === name);
  if (!it) throw new Error(`no ${name} in ${JSON.stringify(items.map((r) => r.name))}`);
  return it;
}
const texts = (r: Region) => r.mentions.map((m) => m.text);

describe('designated regions: "X Region / Oblast / Krai / County …"', () => {
  test('oblast, region and krai forms of Russian regions share one canonical "X Region"', () => {
    const items = extract(
      'Drones were shot down over the Tver Oblast and the Tver region. Krasnodar Krai and the Krasnodar Territory reported damage.',
    );
    expect(texts(find(items, 'Tver Region'))).toEqual(['Tver Oblast', 'Tver region']);
    expect(texts(find(items, 'Krasnodar Region'))).toEqual(['Krasnodar Krai', 'Krasnodar Territory']);
    expect(find(items, 'Tver Region').kind).toBe('region');
    expect(find(items, 'Tver Region').country).toBe('Russia');
  });

  test('the mention is tight: "the Bryansk Region" gives "Bryansk Region", a leading "In" is dropped', () => {
    const text = 'In Bryansk Region a school was hit, officials in the Bryansk Region said.';
    const item = find(extract(text), 'Bryansk Region');
    expect(texts(item)).toEqual(['Bryansk Region', 'Bryansk Region']);
    for (const m of item.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  });

  test('a region unknown to the gazetteer is taken with an unambiguous designator', () => {
    const items = extract("Flooding closed roads in Cook County, in Pennsylvania's Bucks County and the Donbas region.");
    expect(find(items, 'Bucks County').mentions[0]!.text).toBe('Bucks County');
    expect(find(items, 'Pennsylvania').kind).toBe('region');
    expect(find(items, 'Cook County').kind).toBe('region');
    expect(find(items, 'Donbas Region').kind).toBe('region');
  });

  test('adjectives before a designator are not regions', () => {
    const items = extract('Several Russian regions, the Western region border area, the Asia-Pacific region and the Gulf region; the Islamic State claimed it.');
    expect(items.map((r) => r.name)).toEqual([]);
  });

  test('a US state with "State" after it is the state', () => {
    expect(kinds('Fires spread across Washington State and New York state.')).toEqual({ Washington: 'region', 'New York': 'region' });
  });
});

describe('lists sharing one plural designator', () => {
  test('"Bryansk, Kursk and Belgorod regions" gives three regions, one mention each', () => {
    const text = 'Air defences destroyed drones over the Bryansk, Kursk and Belgorod regions overnight.';
    const items = extract(text);
    expect(items.map((r) => r.name)).toEqual(['Bryansk Region', 'Kursk Region', 'Belgorod Region']);
    expect(items.map((r) => texts(r))).toEqual([['Bryansk'], ['Kursk'], ['Belgorod']]);
  });

  test('"the Kharkiv and Sumy oblasts" and unknown counties', () => {
    expect(Object.keys(kinds('Shelling hit the Kharkiv and Sumy oblasts.'))).toEqual(['Kharkiv Region', 'Sumy Region']);
    expect(Object.keys(kinds('Storms hit Cook and DuPage counties.'))).toEqual(['Cook County', 'DuPage County']);
  });

  test('capitalised plural and an Oxford comma', () => {
    expect(Object.keys(kinds("Russia's Kursk, Belgorod, and Bryansk Regions were hit; so were the Kherson and Zaporizhzhia Oblasts."))).toEqual([
      'Russia',
      'Kursk Region',
      'Belgorod Region',
      'Bryansk Region',
      'Kherson Region',
      'Zaporizhzhia Region',
    ]);
  });

  test('adjectives in a list are not regions', () => {
    expect(extract('Drones hit Russian and Belarusian regions near the border.')).toEqual([]);
  });
});

describe('"the region of X", "the city of X"', () => {
  test('a kind word settles what a known name is', () => {
    const items = extract('Shelling hit the city of Kherson, and later the region of Kherson.');
    expect(texts(find(items, 'Kherson'))).toEqual(['Kherson']);
    expect(find(items, 'Kherson').kind).toBe('city');
    expect(find(items, 'Kherson Region').kind).toBe('region');
  });

  test('a place found by pattern takes the country of the place that locates it', () => {
    const items = extract('Fires hit Cook County, Illinois, and the village of Hlyboke in the Kharkiv region.');
    expect(find(items, 'Cook County').country).toBe('United States');
    expect(find(items, 'Hlyboke').country).toBe('Ukraine');
    expect(find(extract('Raids hit the West Bank city of Jenin.'), 'Jenin').country).toBe('Palestine');
    // the country every known town and region of the article lies in
    expect(find(extract('Drones hit Kharkiv and Izium; the village of Hlyboke lost power.'), 'Hlyboke').country).toBe('Ukraine');
    expect(find(extract('Drones hit Kharkiv and Belgorod; the village of Hlyboke lost power.'), 'Hlyboke').country).toBeUndefined();
  });

  test('an unknown town named this way is a city', () => {
    const items = extract('Fighting continued near the town of Chasiv Yar and the city of Pokrovsk.');
    expect(items.map((r) => [r.name, r.kind])).toEqual([
      ['Chasiv Yar', 'city'],
      ['Pokrovsk', 'city'],
    ]);
  });
});

describe('bare names from the gazetteer', () => {
  test('countries by their common English name, acronyms in their own case only', () => {
    const items = extract('The U.S. and the UK backed Ukraine; the United States of America and the U.K. agreed. Tell us more, said the USA.');
    expect(items.map((r) => [r.name, r.kind])).toEqual([
      ['United States', 'country'],
      ['United Kingdom', 'country'],
      ['Ukraine', 'country'],
    ]);
    expect(texts(find(items, 'United States'))).toEqual(['U.S.', 'United States of America', 'USA']);
  });

  test('possessives: "Maine\'s 16 counties" is a mention of Maine', () => {
    const items = extract("Maine's 16 counties reported results.");
    expect(items.map((r) => [r.name, r.kind, texts(r)])).toEqual([['Maine', 'region', ['Maine']]]);
  });

  test('cities: capitals, regional capitals and big cities, with their country', () => {
    const items = extract('Talks moved from Paris to Nairobi, then to Houston and Yekaterinburg.');
    expect(items.map((r) => [r.name, r.kind, r.country])).toEqual([
      ['Paris', 'city', 'France'],
      ['Nairobi', 'city', 'Kenya'],
      ['Houston', 'city', 'United States'],
      ['Yekaterinburg', 'city', 'Russia'],
    ]);
  });

  test('"St." and "Saint" forms are one city', () => {
    expect(texts(find(extract('Flights from St. Petersburg and Saint Petersburg resumed.'), 'Saint Petersburg'))).toEqual([
      'St. Petersburg',
      'Saint Petersburg',
    ]);
  });

  test('a name inside a longer proper name is not a place', () => {
    const items = extract('The Washington Post interviewed Jordan Peterson and George Washington University staff.');
    expect(items).toEqual([]);
  });

  test('a place before a title or institution is still a place', () => {
    expect(kinds('Texas Gov. Greg Abbott and the Ohio Senate disagreed.')).toEqual({ Texas: 'region', Ohio: 'region' });
    expect(kinds('Uttar Pradesh Chief Minister Yogi Adityanath spoke.')).toEqual({ 'Uttar Pradesh': 'region' });
  });

  test('parts of continents are not countries inside them', () => {
    expect(kinds('Trade with South America, Latin America and the Middle East grew, America said.')).toEqual({ 'United States': 'country' });
  });

  test('adjectives are not mentions', () => {
    expect(extract('Russian territory, the Belarusian border and Ukrainian drones were mentioned.')).toEqual([]);
  });

  test('weak names (also a word or a first name) need a place preposition or a supporting place', () => {
    expect(extract('Victoria said the plan was nice. Reading is fun.')).toEqual([]);
    expect(kinds('Bushfires spread in Victoria, Australia.')).toEqual({ Victoria: 'region', Australia: 'country' });
    expect(kinds('Jackson said voters in Texas and Ohio agreed.')).toEqual({ Texas: 'region', Ohio: 'region' });
    expect(kinds('Protests spread in Jackson and Memphis.')).toEqual({ Jackson: 'city', Memphis: 'city' });
    expect(kinds("Jordan's king met leaders of Egypt and Iraq.")).toEqual({ Jordan: 'country', Egypt: 'country', Iraq: 'country' });
  });
});

describe('transliteration families map to one canonical name', () => {
  const families: [string, string[]][] = [
    ['Kharkiv', ['Kharkiv', 'Kharkov']],
    ['Kyiv', ['Kyiv', 'Kiev']],
    ['Odesa', ['Odesa', 'Odessa']],
    ['Zaporizhzhia', ['Zaporizhzhia', 'Zaporozhye', 'Zaporizhia']],
    ['Mykolaiv', ['Mykolaiv', 'Nikolaev', 'Mykolayiv']],
  ];
  test.each(families)('%s', (canonical, spellings) => {
    const text = spellings.map((s) => `Explosions were reported in ${s}.`).join(' ');
    const items = extract(text);
    expect(items.map((r) => r.name)).toEqual([canonical]);
    expect(items[0]!.kind).toBe('city');
    expect(items[0]!.country).toBe('Ukraine');
    expect(texts(items[0]!)).toEqual(spellings);
  });

  test.each(families)('%s region', (canonical, spellings) => {
    const text = spellings.map((s) => `Explosions were reported in the ${s} region and ${s} Oblast.`).join(' ');
    const items = extract(text);
    expect(items.map((r) => r.name)).toEqual([`${canonical} Region`]);
    expect(items[0]!.mentions).toHaveLength(spellings.length * 2);
  });

  test('Russian romanisation variants: Oryol/Orel, Nizhny/Nizhniy', () => {
    expect(Object.keys(kinds('Drones hit the Oryol region and the Orel region.'))).toEqual(['Oryol Region']);
    expect(Object.keys(kinds('Fires in Nizhny Novgorod and Nizhniy Novgorod.'))).toEqual(['Nizhny Novgorod']);
  });
});

describe('ambiguous names resolved from context', () => {
  test('Georgia is the US state among US places or next to "Gov."', () => {
    expect(find(extract('Voters in Georgia and Arizona lined up in Atlanta and Phoenix.'), 'Georgia')).toMatchObject({
      kind: 'region',
      country: 'United States',
    });
    expect(find(extract('Georgia Gov. Brian Kemp signed the bill.'), 'Georgia').kind).toBe('region');
    expect(find(extract('Protests in Atlanta, Georgia continued.'), 'Georgia').kind).toBe('region');
  });

  test('Georgia is the country among Caucasus places, or with nothing else to go on', () => {
    expect(find(extract('Protesters filled Tbilisi as Georgia and Armenia talked.'), 'Georgia').kind).toBe('country');
    expect(find(extract("Georgia's president met U.S. officials."), 'Georgia').kind).toBe('country');
  });

  test('Kherson: the city bare, the oblast with a region cue', () => {
    const items = extract(
      "Russian shelling hit Kherson overnight. Kherson's governor said the Kherson region lost power. The mayor of Kherson spoke.",
    );
    expect(texts(find(items, 'Kherson'))).toEqual(['Kherson', 'Kherson']);
    expect(texts(find(items, 'Kherson Region'))).toEqual(['Kherson', 'Kherson region']);
  });

  test('"X Regional Military Administration" names the region, "X City Military Administration" the city', () => {
    const items = extract('The Kharkiv Regional Military Administration and the Kyiv City Military Administration said.');
    expect(items.map((r) => [r.name, r.kind])).toEqual([
      ['Kharkiv Region', 'region'],
      ['Kyiv', 'city'],
    ]);
  });

  test('Smolensk: the city bare, the region with its designator', () => {
    const items = extract('A drone alert was declared in Smolensk Region. The people of Smolensk waited.');
    expect(find(items, 'Smolensk Region').kind).toBe('region');
    expect(find(items, 'Smolensk').kind).toBe('city');
  });

  test('Washington and New York are the cities bare, the states with "state"', () => {
    const items = extract('Officials in Washington and New York disagreed with Washington state.');
    expect(items.map((r) => [r.name, r.kind])).toEqual([
      ['Washington', 'city'],
      ['New York', 'city'],
      ['Washington', 'region'],
    ]);
  });

  test('a region that is only a region bare (Crimea, Sverdlovsk) stays a region', () => {
    expect(kinds('Blasts were heard in Crimea.')).toEqual({ Crimea: 'region' });
    // Sverdlovsk is also a small Ukrainian town: the first-level region is the likelier reading
    expect(kinds('Blasts were heard in Sverdlovsk.')).toEqual({ 'Sverdlovsk Region': 'region' });
    expect(kinds('Blasts were heard in Tatarstan and Sverdlovsk.')).toEqual({ Tatarstan: 'region', 'Sverdlovsk Region': 'region' });
  });
});

describe('invariants', () => {
  test('every mention is the text at its span, places are unique, mentions do not overlap', () => {
    const words = ['Kyiv', 'Kiev', 'the', 'Kursk', 'region', 'regions', 'and', ',', 'Georgia', 'U.S.', 'city of', 'Oblast', 'Texas', "'s", 'Victoria', 'in', 'New York', 'State', '.', '\n'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...words), { maxLength: 40 }), (parts) => {
        const text = parts.join(' ');
        const items = extract(text);
        const keys = items.map((r) => `${r.kind}|${r.name}|${r.country ?? ''}`);
        expect(new Set(keys).size).toBe(keys.length);
        const spans = items.flatMap((r) => r.mentions).sort((a, b) => a.start - b.start);
        for (const m of spans) expect(text.slice(m.start, m.end)).toBe(m.text);
        for (let i = 1; i < spans.length; i++) expect(spans[i]!.start).toBeGreaterThanOrEqual(spans[i - 1]!.end);
      }),
      { numRuns: 200 },
    );
  });

  test('adversarial inputs get through', () => {
    expect(extract('Alpha '.repeat(40_000))).toEqual([]);
    const kursk = extract('Kursk, '.repeat(20_000) + 'regions');
    expect(kursk.map((r) => [r.name, r.mentions.length])).toEqual([['Kursk', 20_000]]);
    expect(extract('New York '.repeat(20_000)).every((r) => r.name === 'New York')).toBe(true);
    expect(extract('“'.repeat(50_000))).toEqual([]);
    expect(extract('9'.repeat(200_000))).toEqual([]);
  });
});

describe('airports, metropolitan counties, designators that decide the country, districts', () => {
  test('names in apposition to "airports" are airports, not towns; the city they serve stays', () => {
    const after = extract('Flights were halted at two Moscow-area airports, Zhukovsky and Ramenskoye, on Sunday, officials in Moscow said.');
    expect(after.map((r) => r.name)).toEqual(['Moscow']);
    const listed = extract('Departures from the Zhukovsky and Ramenskoye airports resumed, Moscow officials said.');
    expect(listed.map((r) => r.name)).toEqual(['Moscow']);
    // without the airport word they are towns
    expect(kinds('Drones fell near Zhukovsky and Ramenskoye.')).toEqual({ Zhukovsky: 'city', Ramenskoye: 'city' });
  });

  test('"Greater X" is a region of its own that wins over the city inside it, possessive included', () => {
    const text = "Rents rose in Greater Sydney, while Greater London's boroughs froze them; London itself did not.";
    const items = extract(text);
    expect(find(items, 'Greater Sydney')).toMatchObject({ kind: 'region', country: 'Australia' });
    expect(texts(find(items, 'Greater London'))).toEqual(['Greater London']);
    expect(texts(find(items, 'London'))).toEqual(['London']);
    expect(items.map((r) => r.name)).not.toContain('Sydney');
  });

  test('"X County" is a county of the article\'s country unless the article is about the region\'s own', () => {
    const us = extract('Ranchers in Santa Cruz County and Pima County, Arizona, met officials from Tucson.');
    expect(find(us, 'Santa Cruz County')).toMatchObject({ kind: 'region', country: 'United States' });
    expect(us.map((r) => r.name)).not.toContain('Santa Cruz Province');
    const ar = extract('Wind farms in Santa Cruz County worry residents of Buenos Aires, Argentina, and Rosario.');
    expect(find(ar, 'Santa Cruz Province').country).toBe('Argentina');
    // a county named like a state is a county, not the state
    expect(kinds('Floods hit Washington County near Portland, Oregon.')).toMatchObject({ 'Washington County': 'region', Oregon: 'region' });
    expect(kinds('Floods hit Washington County near Portland, Oregon.')).not.toHaveProperty('Washington');
  });

  test('"the X district of Y": a region\'s district is a region, a city\'s district part of the city', () => {
    const items = extract('Shelling hit the Pokrovsk district of Donetsk Oblast and the Shevchenkivskyi district of Lviv.');
    expect(find(items, 'Pokrovsk District')).toMatchObject({ kind: 'region', country: 'Ukraine' });
    expect(texts(find(items, 'Pokrovsk District'))).toEqual(['Pokrovsk district']);
    expect(items.map((r) => r.name)).not.toContain('Pokrovsk');
    expect(find(items, 'Shevchenkivskyi District')).toMatchObject({ kind: 'city', country: 'Ukraine' });
    expect(find(items, 'Lviv').kind).toBe('city');
  });

  test('one district collects the mentions of every pattern that names it', () => {
    const text = 'In the Rylsk district, five drones fell. Later the Rylsk and Lgov districts came under fire.';
    const items = extract(text);
    expect(texts(find(items, 'Rylsk District'))).toEqual(['Rylsk district', 'Rylsk']);
    expect(find(items, 'Lgov District').kind).toBe('region');
    // a sentence's capitalised first word is not part of the first name of the list
    expect(extract('Drones fell. Overnight Rylsk and Lgov districts lost power.').map((r) => r.name)).toEqual(['Rylsk District', 'Lgov District']);
  });

  test('the airport, "Greater" and district patterns get through long adversarial runs', () => {
    const runs = ['airports, Abc and ', 'Greater ', 'the Abc district of ', 'Abc and Def airports '];
    for (const unit of runs) {
      extract(unit.repeat(Math.floor(60_000 / unit.length)));
    }
  });

  test('a lowercase "district" is a place only after "the X" or before "of Y"', () => {
    const items = extract('The Manhattan district attorney spoke in the business district, then flew to Brooklyn district offices.');
    expect(items.map((r) => r.name).filter((n) => n.endsWith('District'))).toEqual([]);
  });
});

describe('time zones named after places', () => {
  it('does not read "Moscow time" or "Kyiv time" as a mention of the city', async () => {
    const { regionsExtractor } = await import('../../src/extractors/regions/index.js');
    const { Document } = await import('../../src/document/document.js');
    const doc = new Document('The drones were downed at 6:15 am Moscow time, or 6:15 Kyiv time, over the Kursk Region. Moscow said nothing.');
    const regions = regionsExtractor.extract(doc, { results: {} });
    const moscow = regions.find((r) => r.name === 'Moscow');
    expect(moscow?.mentions.map((m) => m.start)).toEqual([doc.text.lastIndexOf('Moscow')]);
    expect(regions.find((r) => r.name === 'Kyiv')).toBeUndefined();
    expect(regions.map((r) => r.name)).toContain('Kursk Region');
  });
});

describe('a person’s surname that a town also bears', () => {
  test('"Governor Alexander Gusev … Gusev wrote" names no town Gusev', () => {
    const names = extract('Governor Alexander Gusev said on Telegram that 14 drones were destroyed. "There is no threat," Gusev wrote.').map((r) => r.name);
    expect(names).not.toContain('Gusev');
  });
  test('after a preposition the place stays: "George Washington … in Washington"', () => {
    const items = extract('A statue of George Washington stands in the park. Lawmakers met in Washington on Monday.');
    expect(texts(find(items, 'Washington'))).toEqual(['Washington']);
  });
});
