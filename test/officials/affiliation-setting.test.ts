import { Document } from '../../src/document/document.js';
import type { Organization, RegionKind } from '../../src/record/types.js';
import { official, officialsOf, regionsIn, run } from './helpers.js';

function withOrgs(text: string, regions: [string, RegionKind][], orgNames: string[]) {
  const organizations: Organization[] = orgNames.map((name) => {
    const at = text.indexOf(name);
    return { name, mentions: [{ start: at, end: at + name.length, text: name }] };
  });
  return officialsOf(new Document(text), regionsIn(text, regions), organizations).officials;
}

/** One official's affiliation in a text, over the regions given. */
const affiliationOf = (text: string, regions: [string, RegionKind][], name: string) => official(run(text, regions).officials, name).affiliation;

describe('affiliation: a portfolio is not a place', () => {
  test.each<[string, string, [string, RegionKind][], string, string | null]>([
    [
      'capitalised portfolio words before a minister; the minister serves the country of the report',
      'Wildfires forced evacuations across Portugal on Sunday.\n\nCivil Protection Minister Ana Costa said crews were on the ground.',
      [['Portugal', 'country']], 'Ana Costa', 'Portugal',
    ],
    [
      'a cabinet secretary serves the country',
      'Floods hit Uganda again this week, and Uganda declared a disaster.\n\nDisaster Cabinet Secretary John Okello said 40 people had died.',
      [['Uganda', 'country']], 'John Okello', 'Uganda',
    ],
    [
      'capitalised common words before a title, which the article also writes in lower case, are its portfolio',
      'The fine was the largest yet, said the bloc\'s competition chief. Competition Commissioner Anna Holm said it was deserved.',
      [], 'Anna Holm', null,
    ],
    ['a press secretary is told no country', 'Floods hit Uganda this week.\n\nPress Secretary Mary Auma said more help was coming.', [['Uganda', 'country']], 'Mary Auma', null],
    ['"of X" made of portfolio words is part of the title', 'Director of Public Works Tom Fry said the roads would reopen.', [], 'Tom Fry', null],
    [
      'a foreign minister is not given the country the article reports on',
      'Talks on Syria resumed in Geneva. Syria said little.\n\nForeign Minister Anna Berg said the talks were useful.',
      [['Syria', 'country'], ['Geneva', 'city']], 'Anna Berg', null,
    ],
  ])('%s', (_rule, text, regions, name, affiliation) => {
    expect(affiliationOf(text, regions, name)).toBe(affiliation);
  });
});

describe('affiliation: local offices serve the place the article reports on', () => {
  test.each<[string, string, [string, RegionKind][], string, string]>([
    ['a chief minister serves the state', 'Heavy rain lashed Odisha on Monday.\n\nChief Minister Ravi Das said schools would close.', [['Odisha', 'region']], 'Ravi Das', 'Odisha'],
    ['a state minister serves the state', 'Heavy rain lashed Odisha on Monday.\n\n"We are ready," said Mina Rao, the state health minister.', [['Odisha', 'region']], 'Mina Rao', 'Odisha'],
    [
      'a sheriff serves the county, not the state',
      'A tornado touched down in Marion County, Iowa, on Friday.\n\nSheriff Dale Hunt said two barns were lost.',
      [['Marion County', 'region'], ['Iowa', 'region']], 'Dale Hunt', 'Marion County',
    ],
    ['a police chief serves the city', 'Two officers were hurt in Tulsa overnight, police Chief Wendell Frank said.', [['Tulsa', 'city']], 'Wendell Frank', 'Tulsa'],
    [
      'a county health officer serves the county',
      'Two new cases were reported in Kern County.\n\n"Stay home if you are sick," said Lena Ortiz, County Health Officer.',
      [['Kern County', 'region']], 'Lena Ortiz', 'Kern County',
    ],
    [
      'a local office serves the place of its level its own sentence names, before the article\'s',
      'The sheriff of Lake County said the toll had grown to nine.\n\nOne death was reported in Marsh County, said county spokesperson Ada Poole.',
      [['Lake County', 'region'], ['Marsh County', 'region']], 'Ada Poole', 'Marsh County',
    ],
  ])('%s', (_rule, text, regions, name, affiliation) => {
    expect(affiliationOf(text, regions, name)).toBe(affiliation);
  });

  test('a police rank serves the police force the article names', () => {
    const text = 'Officers were called to a park in Poole.\n\nDetective Inspector Amy Cole said: "We need witnesses." Anyone with information should call Dorset Police.';
    expect(official(withOrgs(text, [['Poole', 'city']], ['Dorset Police']), 'Amy Cole').affiliation).toBe('Dorset Police');
  });
});

describe('affiliation: what the title and the name say', () => {
  test.each<[string, string, [string, RegionKind][], string, { title?: string; affiliation: string | null }]>([
    [
      'a role of a level of government is an office, serving its state before its department',
      'Measles cases rose in Oklahoma, according to the state Health Department. Mark Reed, state epidemiologist for the state Health Department, said tracing continues in Oklahoma.',
      [['Oklahoma', 'region']], 'Mark Reed', { title: 'state epidemiologist', affiliation: 'Oklahoma' },
    ],
    [
      "a president named with the title gets their own country, not the article's",
      'Missiles hit Kyiv and Kharkiv in Ukraine. President Joe Biden said Ukraine would get more air defence.',
      [['Ukraine', 'country'], ['Kyiv', 'city'], ['Kharkiv', 'city']], 'Joe Biden', { affiliation: 'United States' },
    ],
    ["a minister's portfolio after a country adjective leaves the country", 'Russian Defence Minister Pavel Orlov said the drills were over.', [], 'Pavel Orlov', { affiliation: 'Russia' }],
    ['an office in lower case before a name', 'Lyon mayor Marc Dubreuil said the market would reopen.', [['Lyon', 'city']], 'Marc Dubreuil', { title: 'mayor', affiliation: 'Lyon' }],
    [
      '"newly appointed" inside an apposition; an envoy serves the country that sends them',
      "On Monday, Russia's newly appointed ambassador to Chisinau, Oleg Petrov, arrived at the ministry.",
      [['Russia', 'country'], ['Chisinau', 'city']], 'Oleg Petrov', { title: 'ambassador', affiliation: 'Russia' },
    ],
    ['an office "of" a place before the name', 'Premier of Victoria Jacinta Allan opened the centre.', [['Victoria', 'region']], 'Jacinta Allan', { title: 'Premier', affiliation: 'Victoria' }],
    [
      'a minister "for" a portfolio before the name; the portfolio is no affiliation',
      'Fires burned across Chile on Monday, and Chile asked for help.\n\nMinister for Disaster Management Rosa Vidal said crews were ready.',
      [['Chile', 'country']], 'Rosa Vidal', { affiliation: 'Chile' },
    ],
    [
      '"the governor of that city in X": the city named before',
      'Drones struck Sevastopol overnight, and the governor of that city in Crimea, Ivan Sokol, said three were hurt.',
      [['Sevastopol', 'city'], ['Crimea', 'region']], 'Ivan Sokol', { affiliation: 'Sevastopol' },
    ],
  ])('%s', (_rule, text, regions, name, post) => {
    expect(official(run(text, regions).officials, name)).toMatchObject(post);
  });

  test('a surname alone names a listed leader only with the same office', () => {
    expect(affiliationOf('In Britain, President Johnson was remembered at a lecture in London.', [['London', 'city']], 'Johnson')).not.toBe('United Kingdom');
  });

  test('a country adjective and body words before the head; the same body words later name it again', () => {
    const { officials } = run('Ukrainian Border Police chief Ivan Petrenko said the crossing was closed. Border police spokesman Andriy Demchenko said queues were long.');
    expect([official(officials, 'Ivan Petrenko').affiliation, official(officials, 'Andriy Demchenko').affiliation]).toEqual(['Ukrainian Border Police', 'Ukrainian Border Police']);
  });

});

describe('affiliation: bodies the article names', () => {
  test.each<[string, string, string, string, { title?: string; affiliation: string }]>([
    ['an abbreviated body before lower-case portfolio words', 'EU foreign policy chief Kaja Nurmi called for calm.', 'EU', 'Kaja Nurmi', { title: 'chief', affiliation: 'EU' }],
    [
      'an abbreviated constable serves the police force over the place of a detachment',
      'The highway reopened. Const. Ella Park, of the Huron Hills detachment of the Ontario Provincial Police, said the road was clear.',
      'Ontario Provincial Police', 'Ella Park', { title: 'Constable', affiliation: 'Ontario Provincial Police' },
    ],
    [
      'a director of a portfolio serves the body the article reports on',
      'Kerry County Council is responding to the storm.\n\nDirector of Services Sean Lynch said crews were out.',
      'Kerry County Council', 'Sean Lynch', { affiliation: 'Kerry County Council' },
    ],
    [
      'a controller of an emergency body',
      'Civil Defence North Coast Controller Amy Reid said the declaration would help.',
      'Civil Defence North Coast', 'Amy Reid', { title: 'Controller', affiliation: 'Civil Defence North Coast' },
    ],
  ])('%s', (_rule, text, body, name, post) => {
    expect(official(withOrgs(text, [], [body]), name)).toMatchObject(post);
  });

  test('a bare governor serves the region his own sentence names; "the governor of the region" the one named before', () => {
    const regions: [string, RegionKind][] = [['Oryol region', 'region'], ['Tula region', 'region']];
    expect(affiliationOf('Drones struck the Oryol region twice. Governor Ivan Popov said the Tula region was also hit.', regions, 'Ivan Popov')).toBe('Tula region');
    expect(affiliationOf('Drones struck the Oryol region. The governor of the region, Ivan Popov, said the Tula region was hit too.', regions, 'Ivan Popov')).toBe('Oryol region');
  });
});

describe('affiliation: a state government and its places', () => {
  test("ministers named with a state's chief minister are that state's cabinet", () => {
    const text = 'Floods hit five districts of Goa.\n\nChief Minister Rohan Naik announced relief. He directed Agriculture Minister Suresh Kamat to visit the districts.';
    expect(affiliationOf(text, [['Goa', 'region']], 'Suresh Kamat')).toBe('Goa');
  });

  test('a portfolio in lower case between the level word and the title', () => {
    expect(official(run('State forest minister Anil Rao visited the camps.').officials, 'Anil Rao').title).toBe('State forest minister');
  });

  test('a governor serves the state his sentence names, not a county of it', () => {
    const text = 'Wynne, a city in Kansas\' northern Clay County, was hit hard, Gov. Laura Kelly said.';
    expect(affiliationOf(text, [['Kansas', 'region'], ['Clay County', 'region'], ['Wynne', 'city']], 'Laura Kelly')).toBe('Kansas');
  });
});

describe('affiliation: an electoral area of two places', () => {
  test('"Ennis/Shannon area Councillor X"', () => {
    expect(affiliationOf('Ennis/Shannon area Councillor Mary Daly called for pumps.', [], 'Mary Daly')).toBe('Ennis/Shannon area');
  });
});

describe("affiliation: the article's country", () => {
  test('the country of a leader the article names, over an unnamed country of a place read for another', () => {
    const text = 'Premier Ann Lee met Prime Minister Anthony Albanese in Victoria.\n\nFederal Minister for Emergency Management Kate Ross said help was coming to Victoria.';
    const [victoria] = regionsIn(text, [['Victoria', 'city']]);
    const { officials } = officialsOf(new Document(text), [{ ...victoria!, country: 'Seychelles' }]);
    expect(official(officials, 'Kate Ross').affiliation).toBe('Australia');
  });
});

describe('affiliation: no one governs a valley, and a mayor serves a town', () => {
  test('a mayor in an article naming only a region and a valley gets no affiliation', () => {
    const text = 'Tech executives from the Napa Valley flew to Oregon.\n\nMayor Jo Baird greeted them.';
    expect(affiliationOf(text, [['Napa Valley', 'region'], ['Oregon', 'region']], 'Jo Baird')).toBeNull();
  });
  test('a governor gets the state the article names, not the valley it names more often', () => {
    const text = 'Farms in the Napa Valley flooded. The Napa Valley was hit again in Oregon.\n\nGovernor Jo Baird said help was coming.';
    expect(affiliationOf(text, [['Napa Valley', 'region'], ['Oregon', 'region']], 'Jo Baird')).toBe('Oregon');
  });
});

describe('a body written with its acronym before the name', () => {
  test('"the head of the X Oblast Military Administration (XOMA), Name," holds that office', () => {
    const text = 'The head of the Tavria Oblast Military Administration (OMA), Petro Rudenko, said two people were hurt.';
    const o = official(withOrgs(text, [['Tavria Oblast', 'region']], ['Tavria Oblast Military Administration']), 'Petro Rudenko');
    expect(o.title?.toLowerCase()).toBe('head');
    expect(o.affiliation).toBe('Tavria Oblast Military Administration');
  });
});

describe('a governor the sentence places in no state', () => {
  test('serves the state the article named most up to the title, the one named last on a tie', () => {
    const text =
      'Tornadoes hit Texas and Oklahoma on Friday. A tornado struck Pike County, Oklahoma. Later Texas reported damage too, and Oklahoma counted two deaths.\n\n' +
      'Gov. Ken Hart said crews were sent to the Idabel area. Texas, Texas and Texas again were mentioned after him.';
    expect(affiliationOf(text, [['Texas', 'region'], ['Oklahoma', 'region'], ['Pike County', 'region'], ['Idabel', 'city']], 'Ken Hart')).toBe('Oklahoma');
  });
});

describe('a title in a section of a round-up', () => {
  const regions: [string, RegionKind][] = [['Norland', 'region'], ['Estria', 'region'], ['Kelso County', 'region']];
  const text =
    'Floods in Norland and Estria kill 30\n\nFloods across Norland and Estria have killed 30 people. Norland counted most of them.\n\n' +
    'In Estria, rivers burst their banks in nine districts and 12 people died.\n\n' +
    'Prime Minister Tom Vale spoke to Chief Minister Ravi Dass by phone on Monday.\n\n' +
    'Governor Ada Lind said relief camps were open.\n\n' +
    'Norland\n\nIn Norland, the toll rose to 18. Governor Ola Brun flew over the worst-hit areas.\n\n' +
    'In Kelso County, a dam gave way.\n\nGovernor Per Holm said the repairs would take weeks.';
  test('serves the place the section opens with, "In X," or a heading, over the place the article names most', () => {
    expect(affiliationOf(text, regions, 'Ravi Dass')).toBe('Estria');
    expect(affiliationOf(text, regions, 'Ada Lind')).toBe('Estria');
    expect(affiliationOf(text, regions, 'Ola Brun')).toBe('Norland');
  });

  test("a county's section does not say which state's governor speaks", () => {
    expect(affiliationOf(text, regions, 'Per Holm')).toBe('Norland');
  });
});

describe('a place named inside the words of an affiliation', () => {
  test('the region, not the words around it', () => {
    const text = 'Pavel Orlov, governor of Ruthenia’s Tarsk region, said a school was hit.';
    expect(affiliationOf(text, [['Ruthenia', 'country'], ['Tarsk', 'region']], 'Pavel Orlov')).toBe('Tarsk');
  });

  test('the town of a mayor written with "town"', () => {
    expect(affiliationOf('Lito Ramos, mayor of Banlag town, said roads were cut.', [['Banlag', 'city']], 'Lito Ramos')).toBe('Banlag');
  });

  test('a body of the place stays the body', () => {
    const text = 'Joe Ruiz, a spokesman for the Archdiocese of Calder, said the church would reopen.';
    expect(affiliationOf(text, [['Calder', 'city']], 'Joe Ruiz')).toBe('Archdiocese of Calder');
  });
});
