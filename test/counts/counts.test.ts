import fc from 'fast-check';
import { brief, counts } from './helpers.js';

describe('counts: forms of numbers', () => {
  it('reads digits, separators and scale words', () => {
    expect(brief(counts('Crews found 9 bodies, evacuated 1,200 families and warned 420,000 residents; 1.2 million people lost water.'))).toEqual([
      ['9 bodies', 9, 'bodies', null, null],
      ['1,200 families', 1200, 'families', null, null],
      ['420,000 residents', 420000, 'residents', null, null],
      ['1.2 million people', 1200000, 'people', null, null],
    ]);
  });

  it('reads numbers in words, up to large compounds', () => {
    expect(brief(counts('Nine ambulances, twenty-five firefighters and one hundred and twenty volunteers arrived.'))).toEqual([
      ['Nine ambulances', 9, 'ambulances', null, null],
      ['twenty-five firefighters', 25, 'firefighters', null, null],
      ['one hundred and twenty volunteers', 120, 'volunteers', null, null],
    ]);
  });

  it('reads "a dozen", "half a dozen", "two dozen" and "a pair of"', () => {
    expect(brief(counts('A dozen boats, half a dozen tugs, two dozen barges and a pair of cranes were lost.'))).toEqual([
      ['A dozen boats', 12, 'boats', null, null],
      ['half a dozen tugs', 6, 'tugs', null, null],
      ['two dozen barges', 24, 'barges', null, null],
      ['a pair of cranes', 2, 'cranes', null, null],
    ]);
  });

  it('leaves out vague amounts: "dozens of", "hundreds of", "a couple of", "several"', () => {
    expect(counts('Dozens of people fled, hundreds of homes burned, a couple of shops and several cars were hit.')).toEqual([]);
  });

  it('keeps qualifiers apart from the number as written', () => {
    expect(brief(counts('At least 12 miners, more than 300 pupils, nearly forty nurses and up to 5 lorries were counted.'))).toEqual([
      ['12 miners', 12, 'miners', null, 'at least'],
      ['300 pupils', 300, 'pupils', null, 'more than'],
      ['forty nurses', 40, 'nurses', null, 'nearly'],
      ['5 lorries', 5, 'lorries', null, 'up to'],
    ]);
    expect(brief(counts('About 60 workers and over 70 guests, some 80 fans.')).map((c) => c[4])).toEqual(['about', 'over', 'some']);
  });
});

describe('counts: the thing counted', () => {
  it('takes the noun phrase up to its head, across adjectives and a parenthesis after it', () => {
    const [c] = counts('Guards shot down nine unmanned aerial vehicles (UAVs) near the border.');
    expect(c).toMatchObject({ text: 'nine unmanned aerial vehicles', item: 'unmanned aerial vehicles', value: 9 });
  });

  it('keeps the words that make the item specific, and the invariant plural heads', () => {
    expect(brief(counts('Sailors sank four Turkish fishing boats and seized six aircraft.')).map((c) => c[2])).toEqual([
      'Turkish fishing boats',
      'aircraft',
    ]);
  });

  it('stops at the verb after the head', () => {
    expect(brief(counts('Five tractors burned down and one barn was hit, while two armed guards fled.')).map((c) => c[0])).toEqual([
      'Five tractors',
      'one barn',
      'two armed guards',
    ]);
  });

  it('takes the real head after a modifying plural or a name', () => {
    expect(brief(counts('Two police officers and 31 Leopard tanks were seen.')).map((c) => c[2])).toEqual(['police officers', 'Leopard tanks']);
  });

  it('reads partitives, and drops "more" and "other" from the item', () => {
    expect(brief(counts('Three of the lorries overturned; five more trucks and two other vans stalled.')).map((c) => [c[0], c[2]])).toEqual([
      ['Three of the lorries', 'lorries'],
      ['five more trucks', 'trucks'],
      ['two other vans', 'vans'],
    ]);
  });

  it('gives "others" the item of the count before it', () => {
    const out = counts('The blast killed 14 miners and injured 30 others.');
    expect(out.map((c) => [c.text, c.item])).toEqual([
      ['14 miners', 'miners'],
      ['30 others', 'miners'],
    ]);
  });
});

describe('counts: elliptical numbers and totals', () => {
  const text =
    'Guards destroyed eight rafts across three districts: five in the Alder District, two in the Birch District and one in the Cedar District.';
  const regions: [string, 'region', string][] = [
    ['Alder District', 'region', 'Alder District'],
    ['Birch District', 'region', 'Birch District'],
    ['Cedar District', 'region', 'Cedar District'],
  ];

  it('keeps a total and its parts as separate items, the parts counting what the total counts', () => {
    expect(brief(counts(text, regions))).toEqual([
      ['eight rafts', 8, 'rafts', null, null],
      ['three districts', 3, 'districts', null, null],
      ['five', 5, 'rafts', 'Alder District', null],
      ['two', 2, 'rafts', 'Birch District', null],
      ['one', 1, 'rafts', 'Cedar District', null],
    ]);
  });

  it('takes the item from the sibling before it in a list', () => {
    const out = counts('Rangers counted 14 wolves on Monday and 9 on Tuesday, including 4 near the lake.');
    expect(out.map((c) => [c.text, c.item])).toEqual([
      ['14 wolves', 'wolves'],
      ['9', 'wolves'],
      ['4', 'wolves'],
    ]);
  });

  it('drops a bare number with no sibling count', () => {
    expect(counts('The score was 5 in the end, and 7 at half time.')).toEqual([]);
  });
});

describe('counts: regions', () => {
  it('puts a count in the region named after it in its clause', () => {
    const text = 'Five drones were shot down over the Kursk Region, and 3 people were hurt in Lipetsk Oblast.';
    expect(brief(counts(text, [['Kursk Region', 'region', 'Kursk Region'], ['Lipetsk Oblast', 'region', 'Lipetsk Oblast']]))).toEqual([
      ['Five drones', 5, 'drones', 'Kursk Region', null],
      ['3 people', 3, 'people', 'Lipetsk Oblast', null],
    ]);
  });

  it('outputs the canonical region name, whatever the mention says', () => {
    const [c] = counts('Two homes burned in the Tula region.', [['Tula Oblast', 'region', 'Tula region']]);
    expect(c!.region).toBe('Tula Oblast');
  });

  it('follows a place named before the count through a "where" clause, past the country that locates it', () => {
    const text = 'Sirens sounded in the Oryol region of Russia, where gunners (the regional air defence, or AD) downed seven balloons.';
    const [c] = counts(text, [['Oryol Region', 'region', 'Oryol region'], ['Russia', 'country', 'Russia']]);
    expect(c).toMatchObject({ text: 'seven balloons', region: 'Oryol Region' });
  });

  it('takes a fronted place phrase', () => {
    const [c] = counts('In the Tver Region, four bridges were closed.', [['Tver Region', 'region', 'Tver Region']]);
    expect(c!.region).toBe('Tver Region');
  });

  it('reads "over the region" as the region last named', () => {
    const text = 'The Penza Region governor spoke. Overnight, 12 drones were downed over the region.';
    const [c] = counts(text, [['Penza Region', 'region', 'Penza Region']]);
    expect(c).toMatchObject({ text: '12 drones', region: 'Penza Region' });
  });


  it('takes the place of an earlier count whose things its sentence names with "the" ("evacuated from the damaged apartments")', () => {
    const text = 'Debris fell on a block in Lida, where seven apartments were damaged.\n\nAccording to him, 12 people were evacuated from the damaged apartments.';
    const found = counts(text, [['Lida', 'city']]);
    expect(found.map((c) => [c.text, c.region])).toEqual([['seven apartments', 'Lida'], ['12 people', 'Lida']]);
  });

  it('counts the people of a toll ("the death toll rose to 42", "has surpassed 150", "stands at 194")', () => {
    const text = 'The death toll rose to 42 on Sunday. The toll has surpassed 150. The number of people killed has jumped to nearly 200. It stands at 194, the toll road at 40 miles.';
    expect(counts(text).map((c) => [c.value, c.item])).toEqual([[42, 'people'], [150, 'people'], [200, 'people']]);
  });

  it('reads "Two more disappeared" as more of what the sentence before counted', () => {
    expect(brief(counts('Gunners shot down 14 drones. Two more disappeared over the lake.'))).toEqual([
      ['14 drones', 14, 'drones', null, null],
      ['Two', 2, 'drones', null, null],
    ]);
  });

  it('reads a number in words after a label noun used as a verb ("started building two shelters"), and "left 250,000 homeless"', () => {
    expect(brief(counts('The ministry started building two bomb shelters. The quake left 250,000 homeless.'))).toEqual([
      ['two bomb shelters', 2, 'bomb shelters', null, null],
      ['250,000', 250000, 'people', null, null],
    ]);
    expect(counts('The group One Nation met in room 12 and on Building Two.')).toEqual([]);
  });

  it('counts people by a casualty word right after the number ("among 12 dead", "left nine dead")', () => {
    expect(brief(counts('Children were among 12 dead after the storm left nine dead and 14 injured.'))).toEqual([
      ['12', 12, 'people', null, null],
      ['nine', 9, 'people', null, null],
      ['14', 14, 'people', null, null],
    ]);
  });

  it('takes from its paragraph the place a run of places names, not the state that locates it', () => {
    const text = 'The dead included residents of Pike County, Ohio. Four of the fatalities were in one building.';
    const [c] = counts(text, [['Pike County', 'region'], ['Ohio', 'region']]);
    expect(c).toMatchObject({ text: 'Four of the fatalities', region: 'Pike County' });
  });

  it('reads a bare number before "are in" a place as its sibling\'s item, placed there', () => {
    const text = 'Five of the deaths are in Pike County, four are in Lee County and one in Clay County.';
    const found = counts(text, [['Pike County', 'region'], ['Lee County', 'region'], ['Clay County', 'region']]);
    expect(found.map((c) => [c.value, c.item, c.region])).toEqual([
      [5, 'deaths', 'Pike County'], [4, 'deaths', 'Lee County'], [1, 'deaths', 'Clay County'],
    ]);
  });

  it('places a count "reported in" a place there, though "reported" is a verb of saying', () => {
    const text = 'One death was reported in Sussex County, said a county spokesperson.';
    const [c] = counts(text, [['Sussex County', 'region']]);
    expect(c).toMatchObject({ text: 'One death', region: 'Sussex County' });
  });

  it('reads "over the territory of the X region" as X, not as the region named before it', () => {
    const text = 'Crews stopped 5 boats over the territory of the Pskov region, 3 boats over the territory of the Tver region.';
    const found = counts(text, [['Pskov Region', 'region', 'Pskov region'], ['Tver Region', 'region', 'Tver region']]);
    expect(found.map((c) => [c.text, c.region])).toEqual([['5 boats', 'Pskov Region'], ['3 boats', 'Tver Region']]);
  });
  it('does not take a place from another clause', () => {
    const text = 'The alert in Kaluga follows an attack on Monday, when gunners destroyed six drones.';
    const [c] = counts(text, [['Kaluga', 'city', 'Kaluga']]);
    expect(c!.text).toBe('six drones');
    expect(c!.region).toBeUndefined();
  });

  it('counts the places themselves when the count is of regions', () => {
    const [c] = counts('Alerts were raised across four regions.', []);
    expect(c).toMatchObject({ text: 'four regions', item: 'regions', value: 4 });
  });
});

describe('counts: what is not a count', () => {
  const none = (text: string) => expect(counts(text)).toEqual([]);

  it('years', () => {
    none('In 2024 the plant reopened; the 2022 report and the 1990s were forgotten.');
    expect(counts('Some 2000 workers walked out.').map((c) => c.value)).toEqual([2000]);
  });
  it('dates', () => none('It happened on October 8, and again on 12 March and Jan. 3rd.'));
  it('numbers inside a date the dates extractor found', () => {
    const text = 'Five days later, six sheep were stolen.';
    expect(counts(text).map((c) => c.text)).toEqual(['six sheep']);
    const start = text.indexOf('six');
    expect(counts(text, [], [{ text: 'six', value: 'X', type: 'date', start, end: start + 3 }])).toEqual([]);
  });
  it('clock times', () => none('The raid lasted from 2:00 to 5:00 pm; sirens sounded at 5 p.m. and at 7 o’clock.'));
  it('durations', () => none('The siege lasted three weeks, after two days of talks and 48 hours of shelling.'));
  it('money', () => none('The city paid $5 million, €300 and 40 dollars, and 2 million rubles.'));
  it('percentages', () => none('Turnout rose 15% to 62 percent, or 3 per cent more.'));
  it('ages', () => none('A 45-year-old man, aged 42, and his son, 12, and a five-year-old girl were there.'));
  it('ordinals', () => none('It was the first attack and the 3rd alert; the second wave came later.'));
  it('measurements with units', () => none('Winds of 80 mph, 300 tons of grain, 5 km of road and 20 degrees of frost.'));
  it('phone numbers', () => none('Call 555-1234 or +7 495 123-45-67 or (800) 555 1212.'));
  it('phone numbers named by the words around them', () => {
    none('Witnesses should contact Tarnmoor Police on 101 quoting CAD 4417, or ring 101 PSNI now.');
    expect(brief(counts('Lawyers will call 30 witnesses; he called on 12 councils to act.')).map((c) => c[0])).toEqual(['30 witnesses', '12 councils']);
  });
  it('addresses', () => none('He lives at 10 Downing Street and works at 42 Lenin Avenue.'));
  it('model and weapon names', () => none('The S-400 and Pantsir-S1 shot at a Su-34, and an EF4 tornado and a Boeing 737 passed.'));
  it('labels', () => none('Route 66 and Flight 370 and room 101 and No. 5 were named.'));
  it('"one of the", "no one" and the pronoun "one"', () => {
    none('One of the guards left. No one was hurt. One must be careful with the one he chose.');
    none('It was a new kind of war—one where speed decides.');
  });
  it('definite references back to a pair already named', () => none('The two sides met and those two men left.'));
  it('compound modifiers, fractions and scores', () => none('A two-storey house, two-thirds of voters, a 3-1 win and a 52-48 vote.'));
  it('ratios and ranges', () => {
    none('One in five adults smokes, three out of four agree.');
    expect(counts('Between five and ten boats sank.')).toEqual([]);
  });
});

describe('counts: robustness', () => {
  it('always returns items whose text is the slice at their span', () => {
    const pieces = ['five', 'drones', 'in', 'the', 'Kursk Region', ',', 'two', '1,200', 'and', 'one', 'of', '2:00', '-', '(', ')', '$', '.', 'S-400', ' ', '\n'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), (parts) => {
        const text = parts.join(' ');
        const out = counts(text, [['Kursk Region', 'region', 'Kursk Region']]);
        for (const c of out) {
          expect(Number.isSafeInteger(c.value) && c.value > 0).toBe(true);
          expect(c.item.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('gets through pathological text, every count a span of it', () => {
    const inputs = [
      'Alpha Bravo '.repeat(17000),
      '1'.repeat(200000) + ' drones',
      '12 '.repeat(60000) + 'drones',
      'twenty-'.repeat(30000),
      'five' + ' '.repeat(200000) + 'x',
      '"'.repeat(100000),
      'one two three '.repeat(10000) + 'drones',
    ];
    for (const text of inputs) {
      const chars = Array.from(text);
      for (const c of counts(text)) expect(chars.slice(c.start, c.end).join('')).toBe(c.text);
    }
  });
});

describe('counts: lists and headlines', () => {
  it('gives a bare number after a verb the item of the count before it', () => {
    const out = counts('In the Tver Region, shelling killed two people and injured 14, the governor said.', [['Tver Region', 'region', 'Tver Region']]);
    expect(brief(out)).toEqual([
      ['two people', 2, 'people', 'Tver Region', null],
      ['14', 14, 'people', 'Tver Region', null],
    ]);
  });

  it('puts every member of a list in the place named after its last member', () => {
    const out = counts('Three sheds, 2 cars and a fence were damaged in the village of Elm.', [['Elm', 'city', 'Elm']]);
    expect(out.map((c) => [c.text, c.region])).toEqual([
      ['Three sheds', 'Elm'],
      ['2 cars', 'Elm'],
    ]);
  });

  it('reads a count after a title-case verb in a headline, but not a name with a number', () => {
    expect(counts('Army Downs 41 Balloons Near Border').map((c) => [c.text, c.value])).toEqual([['41 Balloons', 41]]);
    expect(counts('Apollo 11 crews and Route 66 fans met.')).toEqual([]);
  });
});

describe('counts: news prose', () => {
  it('reads through abbreviations inside the phrase and after a month or label', () => {
    expect(brief(counts('At least 50,000 U.S. troops arrived under the Feb. 23 accord and No. 5 plan.'))).toEqual([
      ['50,000 U.S. troops', 50000, 'U.S. troops', null, 'at least'],
    ]);
  });

  it('takes a spoken year as a year', () => {
    expect(counts('In nineteen ninety-six a bomb went off; in twenty twenty-four nobody came.')).toEqual([]);
  });

  it('does not count "one" as a manner of speaking, but counts one thing', () => {
    expect(counts('One study found it, one official said, for one reason or another.')).toEqual([]);
    expect(counts('One man in Leeds, responding to the speech, shrugged.')).toEqual([]);
    expect(counts('One person was killed.').map((c) => [c.text, c.item])).toEqual([['One person', 'person']]);
    expect(counts('One house burned down.').map((c) => c.text)).toEqual(['One house']);
    expect(counts('Guards caught one man and three women.').map((c) => c.text)).toEqual(['one man', 'three women']);
  });

  it('treats "eight of 10" and "one of every nine" as ratios', () => {
    expect(counts('Eight of 10 avocados come from there, and one of every nine voters agrees.')).toEqual([]);
    expect(counts('It is a city of 53 million people.').map((c) => c.value)).toEqual([53_000_000]);
  });

  it('stops at contractions and takes the head after a hyphenated compound', () => {
    expect(counts('Five drones fell and at least one drone wasn’t found.').map((c) => c.item)).toEqual(['drones', 'drone']);
    expect(counts('He was shot by four plain-clothes police officers.').map((c) => c.item)).toEqual(['plain-clothes police officers']);
  });

  it('does not give a bare number far from any count an item', () => {
    expect(counts('The chip holds 1.2 million transistors, four times as many as the older model, 80386.').map((c) => c.text)).toEqual([
      '1.2 million transistors',
    ]);
  });

  it('reads years before a plural as years when a cue says so', () => {
    expect(counts('Emissions fell to 32 percent below 2005 levels.')).toEqual([]);
  });
});

describe('counts: regions from the sentence and the paragraph', () => {
  it('gives a count without a place of its own the place of an earlier count of its sentence', () => {
    const text = 'Shelling hit 12 villages in the Tula Region, destroying 48 barns and 35 fences.';
    expect(counts(text, [['Tula Region', 'region', 'Tula Region']]).map((c) => [c.text, c.region])).toEqual([
      ['12 villages', 'Tula Region'],
      ['48 barns', 'Tula Region'],
      ['35 fences', 'Tula Region'],
    ]);
  });

  it('gives a sentence that names no place the last region its paragraph named', () => {
    const text = 'Penza Region Governor Oleg Melnichenko spoke on Friday. Nine people were wounded.\nElsewhere, 4 people were hurt.';
    expect(counts(text, [['Penza Region', 'region', 'Penza Region']]).map((c) => [c.text, c.region ?? null])).toEqual([
      ['Nine people', 'Penza Region'],
      ['4 people', null],
    ]);
  });

  it('takes the place of whoever reports the count', () => {
    const [c] = counts('The Tula Region emergency service said 14 flights were delayed.', [['Tula Region', 'region', 'Tula Region']]);
    expect(c).toMatchObject({ text: '14 flights', region: 'Tula Region' });
  });

  it('keeps a fronted place for the whole sentence', () => {
    const out = counts('In Kaluga, a bomb struck a building, killing two people.', [['Kaluga', 'city', 'Kaluga']]);
    expect(out.map((c) => [c.text, c.region])).toEqual([['two people', 'Kaluga']]);
  });

  it('takes a fronted place with a lower-case place word after the name', () => {
    const [c] = counts('In the Oka district, three barns burned.', [['Oka', 'city', 'Oka']]);
    expect(c).toMatchObject({ text: 'three barns', region: 'Oka' });
  });

  it('reads bare numbers after "-ing" verbs and before "were" with their sibling item', () => {
    const out = counts('The strike killed two people, injuring 17. Crews delayed 14 flights and 6 were cancelled.');
    expect(out.map((c) => [c.text, c.item])).toEqual([
      ['two people', 'people'],
      ['17', 'people'],
      ['14 flights', 'flights'],
      ['6', 'flights'],
    ]);
  });
});

describe('counts: names ending in s', () => {
  it('does not take a name after a lower-case word as a plural head', () => {
    expect(counts('Forty back Clinton, while only 19 support Sanders.')).toEqual([]);
    expect(counts('Guards downed two armed UAVs and five Sanders supporters cheered.').map((c) => c.item)).toEqual(['armed UAVs', 'Sanders supporters']);
    expect(counts('We lost two brave Americans and 400 establishment Democrats.').map((c) => c.item)).toEqual(['brave Americans', 'establishment Democrats']);
  });

  it('takes a plural first word as a noun even when it could be a verb', () => {
    expect(counts('They scored 19 runs and there are two looks.').map((c) => c.item)).toEqual(['runs', 'looks']);
  });
});

describe('counts: casualties and partitive pronouns', () => {
  it('counts people after a casualty verb when no sibling names them', () => {
    expect(brief(counts('The strike killed 3 and wounded 12.'))).toEqual([
      ['3', 3, 'people', null, null],
      ['12', 12, 'people', null, null],
    ]);
    expect(brief(counts('Blast at mine: 1 killed, 4 injured.')).map((c) => [c[0], c[2]])).toEqual([
      ['1', 'people'],
      ['4', 'people'],
    ]);
  });

  it('reads a qualified number after a casualty verb as it reads a bare one', () => {
    const out = counts('Flooding has killed at least 15 people and displaced more than 3,000, the agency said.');
    expect(out.map((c) => [c.text, c.value, c.item, c.qualifier])).toEqual([
      ['15 people', 15, 'people', 'at least'],
      ['3,000', 3000, 'people', 'more than'],
    ]);
    expect(counts('The bombings injured nearly 5,000.').map((c) => [c.value, c.item])).toEqual([[5000, 'people']]);
    // a qualified number alone is a count only where a bare one would be
    expect(counts('The tickets cost more than 20.')).toEqual([]);
  });

  it('takes a people sibling for a casualty number, but not a thing', () => {
    expect(counts('The blast killed 14 miners and injured 30.').map((c) => c.item)).toEqual(['miners', 'miners']);
    expect(counts('Five drones were shot down, injuring 3.').map((c) => c.item)).toEqual(['drones', 'people']);
  });

  it('gives "N of them" the item of its sibling and its own place', () => {
    const text = 'Gunners destroyed 337 drones overnight, 126 of them over the Tver Region.';
    expect(brief(counts(text, [['Tver Region', 'region', 'Tver Region']]))).toEqual([
      ['337 drones', 337, 'drones', null, null],
      ['126', 126, 'drones', 'Tver Region', null],
    ]);
    expect(counts('Three people died, two of them children.').map((c) => [c.text, c.item])).toEqual([
      ['Three people', 'people'],
      ['two', 'people'],
    ]);
  });
});

describe('counts: many places in one sentence', () => {
  it('gives each count of one long sentence its own place', () => {
    const text = 'Gunners downed 5 drones over the Kursk Region, 3 in the Tula Region and two over Oryol and '.repeat(2500) + 'more.';
    const out = counts(text, [
      ['Kursk Region', 'region', 'Kursk Region'],
      ['Tula Region', 'region', 'Tula Region'],
      ['Oryol', 'city', 'Oryol'],
    ]);
    expect(out.length).toBe(7500);
    expect(out.slice(0, 3).map((c) => c.region)).toEqual(['Kursk Region', 'Tula Region', 'Oryol']);
  });
});

describe('counts: a plural written with an apostrophe', () => {
  it('counts "two UAV’s" as the plain plural would, with the acronym as the item', () => {
    const out = counts("Guards downed one UAV over the Alder Region and two UAV's over the Birch Region.", [
      ['Alder Region', 'region'],
      ['Birch Region', 'region'],
    ]);
    expect(brief(out)).toEqual([
      ['one UAV', 1, 'UAV', 'Alder Region', null],
      ["two UAV's", 2, 'UAV', 'Birch Region', null],
    ]);
    expect(out[1]!.item_key).toBe('drone');
  });

  it('counts "five MP’s resigned", but a decade ("the 1990’s", "the 80’s") is no count', () => {
    expect(brief(counts("In the 1990's and the 80's, five MP's resigned from the council.")).map((c) => [c[0], c[1]])).toEqual([["five MP's", 5]]);
  });

  it('counts a plural owner the number agrees with ("1.2 million people’s homes")', () => {
    expect(brief(counts("Floods reached 1.2 million people's homes.")).map((c) => [c[0], c[2]])).toEqual([["1.2 million people's", 'people']]);
  });
});

describe('counts: a possessive that classifies the thing counted', () => {
  it('reads through "sheriff’s" and a named owner to the plural head', () => {
    expect(brief(counts('Two sheriff’s deputies were hurt, and three Marlow County Sheriff’s cruisers were hit.')).map((c) => [c[0], c[1], c[2]])).toEqual([
      ['Two sheriff’s deputies', 2, 'sheriff’s deputies'],
      ['three Marlow County Sheriff’s cruisers', 3, 'Marlow County Sheriff’s cruisers'],
    ]);
  });

  it('counts the whole after the owner in "two of the town’s ferries", but not a lone name’s ("9,000 Brandt’s lawyers")', () => {
    expect(brief(counts('Two of the town’s ferries sank. Aides said 9,000 Brandt’s lawyers had read were gone.')).map((c) => [c[0], c[2]])).toEqual([
      ['Two of the town’s ferries', 'ferries'],
    ]);
  });
});

describe('counts: a lone "one" with a casualty word after it', () => {
  it('counts "left one villager dead" and "one sheriff’s deputy dead"', () => {
    expect(brief(counts('The raid left one villager dead. A siege near Fenwick left one sheriff’s deputy dead and another hurt.')).map((c) => [c[0], c[2]])).toEqual([
      ['one villager', 'villager'],
      ['one sheriff’s deputy', 'sheriff’s deputy'],
    ]);
  });

  it('still reads "dead" before a noun as its adjective', () => {
    expect(brief(counts('Medics found one dead porter and two dead guards.')).map((c) => c[0])).toEqual(['one dead porter', 'two dead guards']);
  });
});

describe('counts: a bare number in a medical condition', () => {
  it('counts people in "with four reported to be in a serious condition and three in a moderate condition"', () => {
    expect(brief(counts('Several riders were hurt on the Kestrel Road, with four reported to be in a serious condition and three in a moderate condition.')).map((c) => [c[0], c[1], c[2]])).toEqual([
      ['four', 4, 'people'],
      ['three', 3, 'people'],
    ]);
  });

  it('takes the people counted in the sentence before ("Four are in a critical condition")', () => {
    expect(brief(counts('Six passengers were hurt. Four are in a critical condition.')).map((c) => [c[0], c[2]])).toEqual([
      ['Six passengers', 'passengers'],
      ['Four', 'passengers'],
    ]);
  });

  it('reads "two critically" as a part of its sibling, and a building "in good condition" as no count of people', () => {
    expect(brief(counts('Nine hikers were injured, two critically.')).map((c) => [c[0], c[2]])).toEqual([
      ['Nine hikers', 'hikers'],
      ['two', 'hikers'],
    ]);
    expect(counts('The barns, with four in good condition, stood.')).toEqual([]);
  });
});

describe('counts: a disease name ending in s before the head', () => {
  it('counts cases in "more than 1,350 measles cases" and "40 mumps infections"', () => {
    expect(brief(counts('There were more than 1,350 measles cases and 40 mumps infections.')).map((c) => [c[0], c[2]])).toEqual([
      ['1,350 measles cases', 'measles cases'],
      ['40 mumps infections', 'mumps infections'],
    ]);
  });
});

describe('counts: a bare number joined by "followed by" or a comparison', () => {
  it('counts "followed by 116 in …" as the list after it is', () => {
    expect(brief(counts('Ostmark was worst hit with 140 deaths, followed by 117 in Nordfeld, 15 in Sudwald and 22 in Westheim.', [
      ['Nordfeld', 'region'], ['Sudwald', 'region'], ['Westheim', 'region'],
    ])).map((c) => [c[0], c[2], c[3]])).toEqual([
      ['140 deaths', 'deaths', null],
      ['117', 'deaths', 'Nordfeld'],
      ['15', 'deaths', 'Sudwald'],
      ['22', 'deaths', 'Westheim'],
    ]);
  });

  it('counts "down from 300,000 at the height of the storm" as its sibling, and "only 64 were without power in …"', () => {
    expect(brief(counts('About 42,000 Lakeshore Energy customers had no power on Tuesday, down from 300,000 at the height of the storm.')).map((c) => [c[0], c[2]])).toEqual([
      ['42,000 Lakeshore Energy customers', 'Lakeshore Energy customers'],
      ['300,000', 'Lakeshore Energy customers'],
    ]);
    expect(brief(counts('Some 9,000 customers were in the dark in Ardmore, while only 64 were without power in Belcourt.')).map((c) => [c[0], c[2]])).toEqual([
      ['9,000 customers', 'customers'],
      ['64', 'customers'],
    ]);
  });
});

describe('counts: a toll with its verb before it', () => {
  it('counts "bringing the local death toll to 312", "takes the road toll to 88" and "the toll reaching 1,104"', () => {
    const text = 'Officials confirmed more deaths, bringing the local death toll to 312. The crash takes the state road toll to 88. Data showed the national road toll reaching 1,104.';
    expect(brief(counts(text)).map((c) => [c[0], c[1], c[2]])).toEqual([
      ['312', 312, 'people'],
      ['88', 88, 'people'],
      ['1,104', 1104, 'people'],
    ]);
  });
});
