import { Document } from '../../src/document/document.js';
import { regionsExtractor } from '../../src/extractors/regions/index.js';
import type { Region } from '../../src/record/types.js';

// Places the gazetteer does not know, found by the words around them. Every sentence is made up
// for these tests, and so are most of the names in them.
function extract(text: string): Region[] {
  return regionsExtractor.extract(new Document(text), { results: {} });
}
const names = (text: string) => extract(text).map((r) => r.name);
function find(items: Region[], name: string): Region {
  const it = items.find((r) => r.name === name);
  if (!it) throw new Error(`no ${name} in ${JSON.stringify(items.map((r) => r.name))}`);
  return it;
}

describe('a plural of places opens a list', () => {
  test('"the settlements of A, B and C": each is a settlement, in the country of the article', () => {
    const items = extract('In Zaporizhzhia Oblast, Russian forces struck the settlements of Vesele Pole, Ternuvate, and Zarichne overnight.');
    for (const name of ['Vesele Pole', 'Ternuvate', 'Zarichne']) expect(find(items, name)).toMatchObject({ kind: 'city', country: 'Ukraine' });
  });

  test('"the villages of A and B", "the rivers A, B and C"', () => {
    expect(names('Debris landed near the villages of Dorobanti and Sarinasuf.')).toEqual(['Dorobanti', 'Sarinasuf']);
    expect(names('Councillors fear the rivers Blackwater, Moy and Fergus will burst their banks.')).toEqual(['Blackwater', 'Moy', 'Fergus']);
  });

  test('a colon, a dash or "including" opens the list too, also after the place that holds it', () => {
    expect(names('Shelling hit 15 settlements in Tarnow Oblast: Lypivka, Stara Hutka, Vorony, etc.')).toEqual(['Tarnow Region', 'Lypivka', 'Stara Hutka', 'Vorony']);
    expect(names('Water reached the villages – Dovra and Ketz – by noon.')).toEqual(['Dovra', 'Ketz']);
    expect(names('It was felt in several provinces including Kalanga, Bessa Sur and Moraga.')).toEqual(['Kalanga', 'Bessa Sur', 'Moraga']);
  });

  test('the list ends after its "and"; an owner, rivers and areas after a colon, and designators but with "including", open none', () => {
    expect(names('He won several states, including Dovra and Ketz, Murray said, and states including Tolliver’s home state.')).toEqual(['Dovra', 'Ketz']);
    expect(names('Drones flew from the launch areas: Dovra and Ketz. Three big states: Bush and Govs. Christie led them.')).toEqual([]);
  });

  test('a demonym or a person in the list is not a place', () => {
    expect(names('The towns of Polish origin were listed.')).toEqual([]);
  });
});

describe('a settlement or area noun after a name', () => {
  test('"X village", "X settlement", "X township", "the X area", "A/B area"', () => {
    const items = extract('Families moved to a school in Tobelora village. A fire broke out in the Kurovo settlement. The road reopened at Okuru township. Slips hit the Upper Brannock area. Kellsmore/Ardfinan area councillors met near the Dunmarra and Tolvane area.');
    expect(items.map((r) => r.name)).toEqual(['Tobelora', 'Kurovo', 'Okuru', 'Upper Brannock', 'Kellsmore', 'Ardfinan', 'Dunmarra', 'Tolvane']);
    expect(find(items, 'Tobelora').kind).toBe('city');
    expect(find(items, 'Upper Brannock').kind).toBe('region');
  });

  test('the name is after "of" when one follows ("the Neapolitan suburb of Fontanella"); adjectives and dates name nothing', () => {
    expect(names('The roof fell in the Neapolitan suburb of Fontanella.')).toEqual(['Fontanella']);
    expect(names('The Olympic village opened on Monday, and the Sunday area market closed.')).toEqual([]);
  });
});

describe('mountains, rivers and named land', () => {
  test('"Mount X", "Mt. X", "River X", "X Heights", "X Valley", "X First Nation", "the X river"', () => {
    const text = 'Ash from Mount Lokon fell on farms near Mt. Kenya and the River Nzoia. Rockets hit the Israeli-controlled Golan Heights; the Napa Valley, Wasauksing First Nation and the Desna river were spared.';
    expect(names(text)).toEqual(['Mount Lokon', 'Mt. Kenya', 'River Nzoia', 'Golan Heights', 'Napa Valley', 'Wasauksing First Nation', 'Desna River']);
  });

  test('a feature word inside a body\'s name names no place', () => {
    expect(names('Doctors at Mount Sinai Hospital and staff of Platte River Networks met at the River Club.')).toEqual([]);
  });

  test('seas and gulfs: the country or town a sea is named after is not named by it', () => {
    const text = 'Moist air came from the Gulf of Mexico. Ships left the Sea of Azov for the Black Sea; tankers crossed the Persian Gulf and the Strait of Hormuz.';
    expect(names(text)).toEqual(['Gulf of Mexico', 'Sea of Azov', 'Black Sea', 'Persian Gulf', 'Strait of Hormuz']);
  });

  test('a title-case headline names the sea after its last small word; an event named after a bay is no place', () => {
    expect(names('Airliner Crashes Into Mediterranean Sea')).toEqual(['Mediterranean Sea']);
    expect(names('He spoke of the Bay of Pigs Invasion.')).toEqual([]);
  });
});

describe('districts', () => {
  test('"X district" after a comma or a direction, "X urban district", "X sub-district", "X raion"', () => {
    const text = 'Shells hit the village of Kulikovo, Bolshesoldatsky district. Rain lashed the state\'s northern Idukki district. Power failed in the Klintsovsky urban district and in the Tobelo sub-district of Halmahera. The Vyzhnytsia raion was calm.';
    expect(names('Relief camps opened in Tarungpur district and across Boralia district.')).toEqual(['Tarungpur District', 'Boralia District']);
    expect(names(text)).toEqual(['Kulikovo', 'Bolshesoldatsky District', 'Idukki District', 'Klintsovsky Urban District', 'Tobelo Sub-district', 'Vyzhnytsia District']);
  });

  test('an Indonesian regency, alone or in a list; a compass point opens its name', () => {
    expect(names('Floods killed three people in Tamaro Regency and two in North Pelawan regency.')).toEqual(['Tamaro Regency', 'North Pelawan Regency']);
    expect(names('Mudslides buried roads in the Tamaro and South Pelawan regencies.')).toEqual(['Tamaro Regency', 'South Pelawan Regency']);
  });

  test('islands: "the island of X", "X island", "the islands of X and Y"; an adjective before "island" names none', () => {
    expect(names("Fire raged on the country's second-largest island of Tavra.")).toEqual(['Tavra']);
    expect(names('Rain flooded Kemara island and the islands of Lossa and Chiva.')).toEqual(['Kemara', 'Lossa', 'Chiva']);
    expect(names("He worked in the Communist island's tourism industry.")).toEqual([]);
  });

  test('a county named after its designator, as Ireland and Britain write it: "County X", "Co X", "Co. X"', () => {
    expect(names('A crash happened in Carrigan, County Tarra, on Saturday.')).toContain('County Tarra');
    expect(names('Gardai appealed after crashes near Ballyvane, Co Lusk, and in Co. Dromore.')).toEqual(expect.arrayContaining(['County Lusk', 'County Dromore']));
  });

  test('"County" or "Co." after a name, before a title or a building, or as a firm\'s is no county', () => {
    expect(names('County Judge Bran Tolliver spoke at County Hall. Tarra County Mayor Jim Greer agreed.')).toEqual(['Tarra County']);
    expect(names('Underwriters led by Goldman, Sachs & Co. Hertz Corp. said so.')).toEqual([]);
  });

  test('"X city" and "X town" name a town; not in a compound, an adjective or a word the text writes in lower case', () => {
    expect(names('Damage is worst on the edge of the Tarrow city limits. Zaldo Ruiz, officer of Lanmag town, spoke.')).toEqual(['Tarrow', 'Lanmag']);
    expect(names('He spoke at a Hillary town hall in a German-influenced city. “Big city mayors are big winners,” he said.')).toEqual([]);
  });

  test('a business named like a regency is none', () => {
    expect(names('The delegates met at the Hyatt Regency on Friday.')).toEqual([]);
  });

  test.each([
    // a known place or a common word before a plain "district" keeps its own reading
    ["He won his House district and the race in Shuster's western Ohio district.", ['Ohio']],
    // an adjective names a region only with the region's own designator
    ['Netanyahu said the Jewish state would respond.', []],
  ])('%s', (text, expected) => expect(names(text)).toEqual(expected));
});

describe('a name listed with places is one', () => {
  test('three names and one known place, two places and a name', () => {
    expect(names('Drones attacked Stepanky, Kharkiv, Ruska Lozova and Prudianka overnight.')).toEqual(['Stepanky', 'Kharkiv', 'Ruska Lozova', 'Prudianka']);
    expect(names('Tornadoes were seen near Topeka, Wichita and Bucyrus.')).toContain('Bucyrus');
  });

  test('a pair after "between" or "at", once one of them is known', () => {
    const items = extract('The road is shut between Okuru township and Arden. Crews worked at Okuru and Arden on Monday.');
    expect(items.map((r) => r.name)).toEqual(['Okuru', 'Arden']);
    expect(find(items, 'Okuru').mentions.map((m) => m.text)).toEqual(['Okuru', 'Okuru']);
  });

  test('"in X, Y" places an unknown town in the region after it', () => {
    const items = extract('Residents of Suryapet fled from homes in Kodad, Telangana.');
    expect(find(items, 'Kodad')).toMatchObject({ kind: 'city', country: 'India' });
  });

  test('people, bodies, abbreviations and words after a closed list are no places', () => {
    expect(names('"We are safe," the mayor said in Moscow, Sobyanin added.')).toEqual(['Moscow']);
    expect(names('Two judges in Washington, Sri Srinivasan and Merrick B. Garland, were confirmed. Mr. Srinivasan spoke.')).toEqual(['Washington']);
    expect(names('Two members from Florida, Ileana Ros-Lehtinen and Carlos Curbelo, objected. Ros-Lehtinen said so.')).toEqual(['Florida']);
    expect(names('Attacks in Paris and San Bernardino, Calif., followed.')).not.toContain('Calif');
    expect(names('In Texas, Ohio and Iowa, Evangelicals gathered.')).toEqual(['Texas', 'Ohio', 'Iowa']);
    expect(names('Because Twitter, Facebook and YouTube host content, Ohio officials worry.')).toEqual(['Ohio']);
    expect(names('Separately, Kyiv and Lviv reported outages. Aid reached Kenya, Uganda and East Africa.')).toEqual(['Kyiv', 'Lviv', 'Kenya', 'Uganda']);
    expect(names('Trade Representative Carla Hills met officials in Dar es Salaam.')).toEqual(['Dar es Salaam']);
  });
});

describe('a direction between a preposition and a name', () => {
  test('"at central Evia", "in eastern Ghouta", "some areas of South Connell": the name is a region\'s', () => {
    expect(names('Crews fought fires at central Lefkara and in eastern Ghouta; some areas of South Connell flooded.')).toEqual(['Lefkara', 'Ghouta', 'South Connell']);
  });

  test('a continent, a street, a club or a party after the direction is no region', () => {
    expect(names('He toured central Asia, walked along eastern Fifth Avenue and met in northern Iowa Democrats.')).not.toContain('Asia');
    expect(names('They golfed in southern Inverrary Country Club.')).toEqual([]);
  });
});


describe('a state proclaimed over a region', () => {
  it('"the Donetsk People\'s Republic" is named as written and located by its region; spellings of one merge', () => {
    const items = extract('Shelling hit the Lugansk People’s Republic on Monday, and the Luhansk People\'s Republic again on Tuesday.');
    expect(items.map((r) => r.name)).toEqual(["Lugansk People's Republic"]);
    const [lpr] = items;
    expect(lpr!.kind).toBe('region');
    expect(lpr!.country).toBe('Ukraine');
    expect(lpr!.mentions.map((m) => m.text)).toEqual(['Lugansk People’s Republic', "Luhansk People's Republic"]);
  });

  it('an unknown name before "People\'s Republic" is no place', () => {
    expect(names("Delegates of the Harmony People's Republic met.")).toEqual([]);
  });
});
