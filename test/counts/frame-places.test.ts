import { brief, counts } from './helpers.js';

const placeOf = (text: string, regions: Parameters<typeof counts>[1]) => counts(text, regions).map((c) => [c.text, c.region ?? null]);

describe('counts: the place a sentence governs', () => {
  test('adjectives between the preposition and the place', () => {
    const text = 'Three people were hurt in a strike on northeastern Tula Region.';
    expect(placeOf(text, [['Tula Region', 'region']])).toEqual([['Three people', 'Tula Region']]);
  });
  test('a country\'s possessive gives way to the region it holds', () => {
    const text = 'Five homes burned in shelling on Ruritania\'s Oka region.';
    expect(placeOf(text, [['Ruritania', 'country'], ['Oka Region', 'region', 'Oka region']])).toEqual([['Five homes', 'Oka Region']]);
  });
  test('a village, its district and its region: the village, in a phrase fronted after "reported that"', () => {
    const text = 'Earlier, the governor reported that after the strike on the village of Lipki, Oka District, Tula Region, 12 houses were damaged.';
    const got = placeOf(text, [['Lipki', 'city'], ['Oka District', 'region'], ['Tula Region', 'region']]);
    expect(got).toEqual([['12 houses', 'Lipki']]);
  });
  test('"the X shipyard in Y": the named place, not the one that holds it', () => {
    const text = 'Rebels attacked the Tarnow shipyard in Galicia with six rockets.';
    expect(placeOf(text, [['Tarnow', 'city'], ['Galicia', 'region']])).toEqual([['six rockets', 'Tarnow']]);
  });
  test('a place in the title of whoever confirms the count is not its place', () => {
    const text = 'News of two deaths in Lipki was confirmed on Friday by Head of the Tula Region administration.';
    const got = placeOf('Reports of two deaths were confirmed on Friday by Head of the Tula Region administration.', [['Tula Region', 'region']]);
    expect(got).toEqual([['two deaths', null]]);
    expect(placeOf(text, [['Lipki', 'city'], ['Tula Region', 'region']])).toEqual([['two deaths', 'Lipki']]);
  });
});

describe('counts: the place of the paragraph label and of the article', () => {
  test('a labelled paragraph gives its label\'s place', () => {
    const text = 'Shelling across the south overnight\n\nOdesa Oblast: 14 explosions were recorded after midnight.';
    expect(placeOf(text, [['Odesa Oblast', 'region']])).toContainEqual(['14 explosions', 'Odesa Oblast']);
  });
  test('a round-up under headings of its places: each section gives its heading\'s place', () => {
    const text =
      'Floods in Norland and Estria kill 40\n\nFloods in Norland and Estria have killed 40 people this week.\n\nNorland\n\n' +
      'The worst-hit villages counted 25 deaths, officials said.\n\nEstria\n\nRescuers said 15 people had died there.';
    expect(placeOf(text, [['Norland', 'region'], ['Estria', 'region']])).toEqual([['40', null], ['40 people', null], ['25 deaths', 'Norland'], ['15 people', 'Estria']]);
  });
  test('"In X," opening a paragraph is no section of a round-up for a count: it is as often a turn of an argument', () => {
    const text =
      'Primaries in Norland and Estria\n\nVoters in Norland and Estria went to the polls on Tuesday.\n\nIn Norland, the turnout was high.\n\n' +
      'Some 12 candidates ran for two seats.\n\nIn Estria, the count went on late.';
    expect(placeOf(text, [['Norland', 'region'], ['Estria', 'region']])).toContainEqual(['12 candidates', null]);
  });
  test('a count whose sentence and paragraph name no place takes the place the headline and lead report on', () => {
    const text = 'Drone strike on Tarnow\n\nA drone hit a market in Tarnow on Sunday.\n\n"Four people were hurt," the mayor said.';
    expect(placeOf(text, [['Tarnow', 'city']])).toEqual([['Four people', 'Tarnow']]);
  });
  test('an opening that lists places reports on none of them', () => {
    const text = 'Storms hit Tarnow and Lipki\n\nStorms swept through Tarnow and Lipki on Sunday.\n\nSix homes lost their roofs.';
    expect(placeOf(text, [['Tarnow', 'city'], ['Lipki', 'city']])).toEqual([['Six homes', null]]);
  });
  test('a town and the region after its comma are one place, no list: the article reports on the town', () => {
    const text = 'Villages are shelled. Six bombs fell on them\n\nAuthorities in Lipki, Tula Oblast, say nearby villages are shelled.\n\nA school was damaged.';
    expect(placeOf(text, [['Lipki', 'city'], ['Tula Oblast', 'region']])).toEqual([['Six bombs', 'Lipki']]);
  });
  test('a lead that counts states reports on many places', () => {
    const text = 'Storms kill dozens\n\nStorms in eight states killed people in Ohio over the weekend.\n\nNine homes were destroyed.';
    expect(placeOf(text, [['Ohio', 'region']])).toContainEqual(['Nine homes', null]);
  });
  test('a dateline place the article never names again is where it was filed, not what it reports on', () => {
    const text = 'Storms batter the coast\n\nATLANTA (AP) — Storms battered the coast on Sunday.\n\nNine homes were destroyed.';
    expect(placeOf(text, [['Atlanta', 'city', 'ATLANTA']])).toEqual([['Nine homes', null]]);
  });
  test('"Elsewhere" leaves the article\'s place', () => {
    const text = 'Fire in Tarnow\n\nA fire broke out in Tarnow on Sunday.\n\nElsewhere, two barns burned.';
    expect(placeOf(text, [['Tarnow', 'city']])).toEqual([['two barns', null]]);
  });
  test('a count of states is not placed in a county', () => {
    const text = 'Measles in Oka County\n\nThree cases were confirmed in Oka County.\n\nCases have been reported in 26 states.';
    expect(brief(counts(text, [['Oka County', 'region']])).map((c) => [c[0], c[3]])).toContainEqual(['26 states', null]);
  });
});

describe('counts: lists of places and the paragraph before', () => {
  test('a count spread over a list of places takes none of them, but the frame\'s', () => {
    const text = 'Drone attack on Tula Region\n\nDrones attacked the Tula Region overnight, the governor said.\n\n"Two people died and three were hurt in the Oka District (Lipki village) and Tarnow," he wrote.';
    const got = placeOf(text, [['Tula Region', 'region'], ['Oka District', 'region'], ['Lipki', 'city'], ['Tarnow', 'city']]);
    expect(got).toEqual([['Two people', 'Tula Region'], ['three', 'Tula Region']]);
  });
  test('a place located by its region after a comma is no list', () => {
    const text = 'Seven flats were damaged in Lipki, Tula Region, when debris fell.';
    expect(placeOf(text, [['Lipki', 'city'], ['Tula Region', 'region']])).toEqual([['Seven flats', 'Lipki']]);
  });
  test('a city its paragraph named before the count\'s sentence, not the dateline\'s', () => {
    const text = 'Flooding in the north\n\nTARNOW (AP) — Rivers rose across the north on Monday.\n\nA doctor at the hospital in Lipki spoke to reporters. The ward had taken in 40 patients.';
    expect(placeOf(text, [['Tarnow', 'city', 'TARNOW'], ['Lipki', 'city']])).toEqual([['40 patients', 'Lipki']]);
  });
  test('a count spread over the states counted after it takes no article place', () => {
    const text = 'Measles in Oka County\n\nThree cases were confirmed in Oka County.\n\nThere have been 940 cases reported in 26 states.';
    expect(placeOf(text, [['Oka County', 'region']])).toContainEqual(['940 cases', null]);
  });
});

describe('counts: a place in a list is none of the count\'s', () => {
  test('a city listed in the sentence before is not the place of the next sentence\'s count', () => {
    const text = 'Shells hit the settlements of Lipki, Tarnow, Zelen, Borki. There were 8 reports of damaged houses.';
    const places: Parameters<typeof counts>[1] = [['Lipki', 'city'], ['Tarnow', 'city'], ['Zelen', 'city'], ['Borki', 'city']];
    expect(placeOf(text, places)).toEqual([['8 reports', null]]);
  });
});

describe('counts: the place a count of weapons struck', () => {
  test('"to attack X\'s Y district": the district', () => {
    const text = 'The army used four rockets to attack Tarnow\'s Oka district on Monday.';
    expect(placeOf(text, [['Tarnow', 'city'], ['Oka District', 'region', 'Oka district']])).toEqual([['four rockets', 'Oka District']]);
  });
});

describe('counts: a country frame and the place within it', () => {
  test('an opening that names no place leaves a local report in the one county it names, but not in a lone state', () => {
    const county = 'Health agency reports two possible cases\n\nThe lab confirmed two presumptive positive cases today.\n\n"We expect to see more cases here in Pike County," she said.';
    expect(placeOf(county, [['Pike County', 'region']])).toEqual([['two possible cases', 'Pike County'], ['two presumptive positive cases', 'Pike County']]);
    const state = 'Poll shows a close race\n\nThe survey of 800 likely voters was taken last week.\n\nThe candidates campaigned in Ohio.';
    expect(placeOf(state, [['Ohio', 'region']])).toEqual([['800 likely voters', null]]);
  });

  test('an opening that names only a country takes the one place the next paragraph names', () => {
    const text = 'Two dead as bridge falls at Ruritania\'s oldest port\n\nTwo people were killed when a bridge fell in a Ruritanian port on Monday.\n\nThe bridge crossed the harbour of Tarnow, firefighters said.\n\nMore than 300 people were evacuated.';
    expect(placeOf(text, [['Ruritania', 'country', 'Ruritania'], ['Tarnow', 'city']])).toEqual([['Two', 'Tarnow'], ['Two people', 'Tarnow'], ['300 people', 'Tarnow']]);
  });
  test('"at Ruritania\'s main port": the place inside the country, which the frame names', () => {
    const text = 'Storm at the coast\n\nFive boats sank at Ruritania\'s main port on Monday.\n\nThe port of Tarnow was closed, officials said.';
    expect(placeOf(text, [['Ruritania', 'country'], ['Tarnow', 'city']])).toEqual([['Five boats', 'Tarnow']]);
  });
  test('with two places in that paragraph the country stays', () => {
    const text = 'Drones cross into Ruritania\n\nSix drones crossed into Ruritania overnight.\n\nThe envoy to Tarnow was summoned after one fell in Lipki.\n\nFour more drones were seen later.';
    const got = placeOf(text, [['Ruritania', 'country'], ['Tarnow', 'city'], ['Lipki', 'city']]);
    expect(got).toContainEqual(['Four more drones', 'Ruritania']);
  });
  test('a count of states takes the country its sentence names', () => {
    const text = 'Measles in Oka County\n\nThree cases were confirmed in Oka County.\n\nThere have been 940 cases in 26 states, the most in Ruritania since 1994.';
    const got = placeOf(text, [['Oka County', 'region'], ['Ruritania', 'country']]);
    expect(got).toContainEqual(['940 cases', 'Ruritania']);
    expect(got).toContainEqual(['26 states', 'Ruritania']);
  });
});

describe('counts: the paragraph\'s place for a later sentence', () => {
  test('a region named before beats a city in the same paragraph', () => {
    const text = 'The Tula Region governor said two men were hurt in the town of Lipki. Windows broke in 16 houses.';
    expect(placeOf(text, [['Tula Region', 'region'], ['Lipki', 'city']])).toContainEqual(['16 houses', 'Tula Region']);
  });
  test('but a district inside a city gives way to the city', () => {
    const text = 'Bombs hit the Oka district in the city of Tarnow. So far, seven people are known to be hurt.';
    expect(placeOf(text, [['Oka District', 'region', 'Oka district'], ['Tarnow', 'city']])).toContainEqual(['seven people', 'Tarnow']);
  });
});

describe('counts: countries counted', () => {
  test('"38 countries" and what is spread over them take no place, not even the sentence\'s country', () => {
    const text = 'Voters abroad\n\nRuritanian voters abroad cast ballots.\n\nSome 34,000 votes were cast in 38 countries, Ruritania\'s party said.';
    const got = placeOf(text, [['Ruritania', 'country', 'Ruritania']]);
    expect(got).toContainEqual(['38 countries', null]);
    expect(got).toContainEqual(['34,000 votes', null]);
  });
});

describe('counts: Indian numbering', () => {
  test.each([
    ['lakh and crore after digits', 'Floods damaged over 2.04 lakh houses and hit 1.2 crore people.', [['2.04 lakh houses', 204000], ['1.2 crore people', 12000000]]],
    ['digits in Indian grouping', 'Of the 2,04,348 houses, 5,185 were destroyed.', [['2,04,348 houses', 204348], ['5,185', 5185]]],
    ['lakh as a number word', 'The floods displaced five lakh people.', [['five lakh people', 500000]]],
    ['rupees after "Rs." are money', 'Each family gets Rs. one lakh and Rs. 5,200 more.', []],
  ])('%s', (_name, text, expected) => {
    expect(counts(text).map((c) => [c.text, c.value])).toEqual(expected);
  });
});

describe('counts: a bare number before an auxiliary and a casualty word', () => {
  test.each([
    ['"and more than 20 are missing"', 'At least 10 people have died and more than 20 are missing.', [['10 people', 'people'], ['20', 'people']]],
    ['"though around 10 were already dead"', 'Doctors treated about 100 patients, though around 10 were already dead on arrival.', [['100 patients', 'patients'], ['10', 'patients']]],
    ['a headline\'s present tense: "floods kill more than 40"', 'Floods kill more than 40 in the valley', [['40', 'people']]],
    ['not a bare number before an auxiliary alone', 'Officials counted 40 ballots and 12 were valid.', [['40 ballots', 'ballots']]],
  ])('%s', (_name, text, expected) => {
    expect(counts(text).map((c) => [c.text, c.item])).toEqual(expected);
  });
});

describe('counts: a natural feature is a landmark, not the place things are counted in', () => {
  test('"around Lake X in Y County": the county', () => {
    const text = 'Some 40 families living around Lake Orin in Tarn County were moved to shelters.';
    expect(placeOf(text, [['Lake Orin', 'region'], ['Tarn County', 'region']])).toEqual([['40 families', 'Tarn County']]);
  });
  test('a mountain the article reports on gives its counts the division it lies in', () => {
    const text = 'Volcano erupts again\n\nAsh fell on villages near Mount Kora in Besi District on Monday.\n\n"Nine schools are closed," the mayor said.';
    expect(placeOf(text, [['Mount Kora', 'region'], ['Besi District', 'region']])).toEqual([['Nine schools', 'Besi District']]);
  });
  test('a feature with no division named stays the place', () => {
    const text = 'Two climbers were rescued on Mount Kora on Sunday.';
    expect(placeOf(text, [['Mount Kora', 'region']])).toEqual([['Two climbers', 'Mount Kora']]);
  });
});

describe('counts: a dateline city the article does not name again', () => {
  test('"JAKARTA: … in the province of West Sumatra": the counts are the region\'s the opening names, never a country named in passing', () => {
    const text =
      'JAKARTA: Seven people were killed and 85 others injured as a strong earthquake destroyed over 10,000 buildings, houses and facilities in Ruritania\'s western province of Oka on Friday.\n\n' +
      'The quake struck at 8:39 a.m., officials said.';
    const got = placeOf(text, [['Jakarta', 'city', 'JAKARTA'], ['Ruritania', 'country'], ['Oka', 'region']]);
    expect(got).toEqual([['Seven people', 'Oka'], ['85 others', 'Oka'], ['10,000 buildings', 'Oka']]);
    const national = 'ATLANTA: Seven people were killed as storms crossed Ruritania on Friday.\n\nThe storm struck at 8:39 a.m., officials said.';
    expect(placeOf(national, [['Atlanta', 'city', 'ATLANTA'], ['Ruritania', 'country']])).toEqual([['Seven people', null]]);
  });
});

describe('counts: a place a distance is measured from holds none of them', () => {
  test('"X, about 50 miles (80 km) south of Y": the count is in X; a dateline city named again only so is no article place', () => {
    const text = 'Police searched a shed in Carrow, 50 miles (80 kms) south of Tarnow. They arrested two men.';
    expect(placeOf(text, [['Carrow', 'city'], ['Tarnow', 'city']])).toEqual([['two men', 'Carrow']]);
    const dated = 'Volcano erupts on Halva Island\n\nTARNOW, Dec 4 – A volcano on Halva Island erupted on Sunday.\n\nNearly 2,000 people were moved, the agency said. Quakes struck last month about 640 km (400 miles) east of the capital, Tarnow.';
    expect(placeOf(dated, [['Halva Island', 'region'], ['Tarnow', 'city', 'TARNOW', 'Tarnow']])).toContainEqual(['2,000 people', 'Halva Island']);
  });
});

describe('counts: a fronted place named with its own noun', () => {
  test('"on the village of X in Y hromada, five buildings …": the village', () => {
    const text = 'As a result of a mortar attack on the village of Lypky in Nova Dolyna hromada, five residential buildings were damaged.';
    expect(placeOf(text, [['Lypky', 'city'], ['Nova Dolyna', 'region']])).toEqual([['five residential buildings', 'Lypky']]);
  });
});

describe('counts: "where" after a place, and "in the province" past a river', () => {
  test('"The worst-hit region was X where 32 people died": X, named without a preposition', () => {
    const text = 'The worst-hit region was Tula Oblast where 32 people have died and 26 were injured.';
    expect(placeOf(text, [['Tula Oblast', 'region']])).toEqual([['32 people', 'Tula Oblast'], ['26', 'Tula Oblast']]);
  });
  test('"in the province" is the province named before, not a river named since', () => {
    const text = 'Floods in Tarn province killed 21 people. Rain swelled the Roudo River by the city of Lipki. Flooding hit more than 10 villages in the province, he added.';
    expect(placeOf(text, [['Tarn Province', 'region', 'Tarn province'], ['Roudo River', 'region'], ['Lipki', 'city']])).toContainEqual(['10 villages', 'Tarn Province']);
  });
});

describe('counts: a fronted region against a country named after the count', () => {
  test('"In Tarn, 25 people were hit in 12 districts following rains in neighbouring Ruritania": Tarn', () => {
    const text = 'In Tarn, 25 people were hit in 12 districts of the state following incessant rains in neighbouring country Ruritania.';
    expect(placeOf(text, [['Tarn', 'region'], ['Ruritania', 'country']])).toEqual([['25 people', 'Tarn'], ['12 districts', 'Tarn']]);
  });
});
