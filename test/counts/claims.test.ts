// Each count as a claim: when it happened, who reported it, its item key and its role among the
// article's counts. The articles are invented; they copy the shapes of real reports.
import { extractRecord } from '../../src/pipeline.js';
import type { CountItem } from '../../src/record/types.js';

function claims(text: string, published?: string): CountItem[] {
  const record = extractRecord({ id: 't', source: { kind: 'file', path: 't.txt' }, text, ...(published ? { published } : {}) });
  if (!('counts' in record)) throw new Error('no counts');
  return record.counts ?? [];
}

const byText = (items: CountItem[], text: string) => {
  const found = items.find((c) => c.text === text);
  if (!found) throw new Error(`no count "${text}" in ${JSON.stringify(items.map((c) => c.text))}`);
  return found;
};

describe('claims: when', () => {
  test('a date in the count\'s own sentence', () => {
    const items = claims('Officials said on Monday that 14 homes were damaged in Tula Region on Sunday.', '2025-03-04');
    expect(byText(items, '14 homes').when).toBe('2025-03-02');
  });

  test('the last date earlier in the paragraph, then the day the opening names, then publication', () => {
    const text = [
      'Drones hit Tula Region',
      'Air defences downed drones over Tula Region on Saturday, the governor said.',
      'A fire broke out at a depot on Friday. Three workers were hurt.',
      'Repairs will take weeks. Two roads stay closed.',
    ].join('\n\n');
    const items = claims(text, '2025-03-03');
    expect(byText(items, 'Three workers').when).toBe('2025-02-28');
    expect(byText(items, 'Two roads').when).toBe('2025-03-01');
  });

  test('where the opening names no day, the first recent day the article names, never one ahead', () => {
    const text = [
      'Police appeal for witnesses after a disturbance',
      'Detectives are appealing for witnesses following reports of a disturbance in Chester.',
      'Officers were called to a park.',
      'The incident happened at around 7.40pm on Friday. Three men fled the scene.',
      'A public meeting will be held on Monday. Two officers will attend.',
    ].join('\n\n');
    const items = claims(text, '2020-08-08');
    expect(byText(items, 'Three men').when).toMatch(/^2020-08-07/);
    expect(byText(items, 'Two officers').when).toBe('2020-08-10');
    expect(claims('Police appeal for witnesses.\n\nThe inquiry goes on.\n\nA meeting will be held on Monday.\n\nFour people will speak.', '2020-08-08')[0]!.when).toBe('2020-08-08');
  });

  test('with no date anywhere, the publication day; with no publication date either, none', () => {
    const text = 'Rescuers found two people under the rubble.\n\nThe search goes on.';
    expect(byText(claims(text, '2025-03-03'), 'two people').when).toBe('2025-03-03');
    expect(byText(claims(text), 'two people').when).toBeNull();
  });

  test('a night told of in the past is the one that ended on the day of the report', () => {
    const items = claims('Air defences shot down 12 drones overnight, the ministry said.', '2025-03-03');
    expect(byText(items, '12 drones').when).toBe('2025-03-02TNI');
  });

  test('"the night of" the day of the report is the night that ended that morning; told later elsewhere, the night that starts on it', () => {
    const text = 'On the night of August 23, vandals damaged 16 cars in Leeds.';
    expect(byText(claims(text, '2024-08-23'), '16 cars').when).toBe('2024-08-22TNI');
    expect(byText(claims(text, '2024-08-25'), '16 cars').when).toBe('2024-08-23TNI');
  });

  test('"the night of" a day, in news of the countries that date a night by its morning, is the night into that day', () => {
    const text = 'On the night of 7 September, 12 drones flew from Belarus into Latvia.';
    expect(byText(claims(text, '2024-09-09'), '12 drones').when).toBe('2024-09-06TNI');
  });

  test('counts of later paragraphs told of the night the opening names take that night, not its morning', () => {
    const text = [
      'On the night of 12 May, drones struck the Zorivka district of Ukraine. Blasts were heard near the depot.',
      'According to the district head, a shed burned down.',
      'Four people were injured and taken to hospital.',
    ].join('\n\n');
    expect(byText(claims(text, '2025-05-12'), 'Four people').when).toBe('2025-05-11TNI');
  });

  test('a wire dateline dates the filing: a count\'s own day in its sentence comes first', () => {
    const text = 'Flu rises in Tarvel\n\nMarch 9 (UPI) -- Forty new flu cases were confirmed in Tarvel County last week, health officials said.';
    expect(byText(claims(text, '2025-03-09'), 'Forty new flu cases').when).toBe('2025-W09');
  });

  test('a line of only the publication date does not date the events: the day the body names does', () => {
    const text = [
      'Tue, 14 May, 2024 - 10:05',
      'Police seek witnesses after Dunmere crash',
      'The crash involved three vans on Mill Road in Dunmere.',
      'Police were called to the scene at about 9pm on Friday, May 10.',
    ].join('\n\n');
    expect(byText(claims(text, '2024-05-14'), 'three vans').when?.slice(0, 10)).toBe('2024-05-10');
  });

  test('a date in the count\'s own clause wins over one as near across a comma', () => {
    const text = 'Norland joins 9 other provinces with flu cases this year, with two patients as of May 6.';
    expect(byText(claims(text, '2025-05-12'), 'two patients').when).toBe('2025-05-06');
  });

  test('a day right after a verb of saying dates the saying: the attack\'s own night wins, in its sentence and in one that refers back to it', () => {
    const text = [
      'Drones downed over Varnia',
      'The army said on Friday that it shot down all 17 drones over Varnia during an overnight attack.',
      'Russia also fired two missiles during the attack, the army said.',
    ].join('\n\n');
    const items = claims(text, '2025-06-06');
    expect(byText(items, '17 drones').when).toBe('2025-06-05TNI');
    expect(byText(items, 'two missiles').when).toBe('2025-06-05TNI');
  });

  test('a night between two days starts on the first; "overnight into Sunday" is the night before Sunday', () => {
    const text = [
      'On the night of 7-8 October, air defences shot down ten drones over the Kursk region.',
      'During the night from Wednesday to Thursday, six drones were downed near Oryol.',
      'On the night of October 3 to 4, two drones fell.',
      'Overnight into Sunday, four drones were downed.',
    ].join('\n\n');
    const items = claims(text, '2024-10-10');
    expect(['ten drones', 'six drones', 'two drones', 'four drones'].map((t) => byText(items, t).when)).toEqual([
      '2024-10-07TNI', '2024-10-09TNI', '2024-10-03TNI', '2024-10-05TNI',
    ]);
  });

  test('a state told as of the report ("have relocated … after the alert was raised on Monday") is of the report, not of the "after" clause', () => {
    const text = [
      'About 300 villagers have voluntarily moved to a school in Tanjung after the alert level was raised on Monday.',
      'The agency said on Tuesday that the villagers include 80 families.',
      'Officials have opened four shelters near the coast.',
    ].join('\n\n');
    const items = claims(text, '2025-01-14');
    expect(['300 villagers', '80 families', 'four shelters'].map((t) => byText(items, t).when)).toEqual(['2025-01-14', '2025-01-14', '2025-01-14']);
    // a count inside the "after" clause is of its own day
    const inside = claims('The toll has passed 40, officials said, after two mudslides hit the valley on Monday.', '2025-01-14');
    expect(byText(inside, 'two mudslides').when).toBe('2025-01-13');
  });

  test('"in the attack" takes the day and place of the earlier sentence that told of the attack', () => {
    const text = [
      'Drones were shot down over Kursk on Thursday, the governor said.',
      'On Aug. 30, several planes were destroyed in a drone attack on an airbase in Pskov.',
      'A spokesman said four transport aircraft were destroyed in the attack.',
    ].join('\n\n');
    const count = byText(claims(text, '2023-09-07'), 'four transport aircraft');
    expect([count.when, count.region]).toEqual(['2023-08-30', 'Pskov']);
  });

  test('dates listed together stand for the period they span', () => {
    const items = claims('Floods and landslides killed 199 people in May, June and July this year.', '2022-08-20');
    expect(byText(items, '199 people').when).toBe('2022-05/2022-07');
  });

  test('a headline or lead naming no day but the year it reports in frames the report by it', () => {
    const text = 'The flood this year damaged 2,000 houses in the state.\n\nThe minister said on Saturday that aid would go to 500 families.\n\n"We will rebuild 300 schools," he said.';
    const items = claims(text, '2022-08-20');
    expect(byText(items, '300 schools').when).toBe('2022');
  });

  test('running totals and standing facts have no time', () => {
    const items = claims(
      'The shelling has since killed 310 civilians, the ministry said. About 20,000 people live in the valley. The estate consisted of four towers. On Monday, four shells hit the town.',
      '2025-03-04',
    );
    expect(byText(items, '310 civilians').when).toBeNull();
    expect(byText(items, '20,000 people').when).toBeNull();
    expect(byText(items, 'four towers').when).toBeNull();
    // a comparison is no running total, and the year it looks back to is not the count's
    const compared = claims('As of May 24, 940 cases were reported in 26 states, the highest number since 1994.', '2019-05-30');
    expect(byText(compared, '26 states').when).toBe('2019-05-24');
    expect(byText(items, 'four shells').when).toBe('2025-03-03');
  });
});

describe('claims: source', () => {
  test('"X said", inverted tags and "according to", each count taking the cue nearest it', () => {
    const text =
      'The Defence Ministry said eight drones were destroyed over Tula Region, while Governor Jane Roe said nine drones were downed.\n\n' +
      'Two people were injured, Roe added.\n\n' +
      'According to the Emergencies Ministry, 40 rescuers are at work.';
    const items = claims(text, '2025-03-04');
    expect(byText(items, 'eight drones').source).toBe('Defence Ministry');
    expect(byText(items, 'nine drones').source).toBe('Jane Roe');
    expect(byText(items, 'Two people').source).toBe('Jane Roe');
    expect(byText(items, '40 rescuers').source).toBe('Emergencies Ministry');
  });

  test('a figure inside a quote is its speaker\'s; "according to him" is the person quoted last', () => {
    const text =
      'Governor Jane Roe spoke to reporters in Tula.\n\n' +
      '"Five houses burned down overnight," Roe said.\n\n' +
      'According to him, 12 people were evacuated.';
    const items = claims(text, '2025-03-04');
    expect(byText(items, 'Five houses').source).toBe('Jane Roe');
    expect(byText(items, '12 people').source).toBe('Jane Roe');
  });

  test('a sentence goes on with the source an earlier sentence of its paragraph named', () => {
    const text = 'Mayor Ivan Petrov said the strike hit a school. Six children were taken to hospital.\n\nThe school is closed.';
    expect(byText(claims(text, '2025-03-04'), 'Six children').source).toBe('Ivan Petrov');
  });

  test('a headline and lead state the figures first and say whose they are after', () => {
    const text =
      'Three killed in missile strike on Tula\n\n' +
      'Three people were killed in a missile strike on Tula.\n\n' +
      'Mayor Ivan Petrov reported this on Telegram, Tula News reports.\n\n' +
      'On Monday night, the attackers launched two missiles at the city.';
    const items = claims(text, '2025-03-04');
    for (const c of items) expect([c.text, c.source]).toEqual([c.text, 'Ivan Petrov']);
  });

  test('a lead\'s figure restated with its source below takes that source', () => {
    const text =
      '13 dead in tornado\n\n' +
      'A tornado tore through the county on Friday night, killing at least 13 people.\n\n' +
      'The weather service confirmed a tornado caused damage near the town.\n\n' +
      'County Coroner Jane Roe said that 13 people were killed by the tornado.';
    const items = claims(text, '2023-03-25');
    expect(items.filter((c) => c.value === 13).map((c) => [c.text, c.source])).toEqual([
      ['13', 'Jane Roe'],
      ['13 people', 'Jane Roe'],
      ['13 people', 'Jane Roe'],
    ]);
  });

  test('a lead\'s figures are not the words of someone quoted after it', () => {
    const text =
      'At least 10 people have died in floods in the state of Oka.\n\n' +
      'Governor Jane Roe asked the federal government for help.\n\n' +
      '"Find safe places," she wrote on X.';
    expect(byText(claims(text, '2025-03-04'), '10 people').source).toBeNull();
  });

  test('figures from a body are its own; a part of a body speaks for it', () => {
    const text =
      'Nearly 2 million people have been displaced, according to figures from the Relief Agency.\n\n' +
      'Up to 1,000 people have been rescued so far, the Oka Army\'s southern command said.';
    const items = claims(text, '2025-03-04');
    expect(byText(items, '2 million people').source).toBe('Relief Agency');
    expect(byText(items, '1,000 people').source).toBe('Oka Army');
  });

  test('a translated inverted report, and a description opening the sentence', () => {
    const text =
      'Drones were intercepted over the Oka region. About it reported Governor of the region Ivan Petrov on Telegram.\n\n' +
      'He said that air defences shot down two drones over the Lipki district.\n\n' +
      'The governor of Ruritania\'s Oka region said on Wednesday that three drones attempted to attack a depot.';
    const items = claims(text, '2025-03-06');
    expect(byText(items, 'two drones').source).toBe('Ivan Petrov');
    expect(byText(items, 'three drones').source).toBe('Ivan Petrov');
  });

  test('"spoke about the fact that", and a subject with an adverb before its verb', () => {
    const text =
      'The governor of the region, Ivan Petrov, spoke about the fact that the town was shelled twice. As a result, two shells were shot down.\n\n' +
      'The Oka Health Agency\'s laboratory today confirmed two positive cases.';
    const items = claims(text, '2025-03-04');
    expect(byText(items, 'two shells').source).toBe('Ivan Petrov');
    expect(byText(items, 'two positive cases').source).toBe('Oka Health Agency');
  });

  test('an outlet citing someone relays them', () => {
    const text = 'Drones struck the city center. Four people were injured, Tula News reports, citing the head of the regional administration, Ivan Petrov.';
    expect(byText(claims(text, '2025-03-04'), 'Four people').source).toBe('Ivan Petrov');
  });

  test('"the statement said" is the author of the statement', () => {
    const text = 'A missile hit the depot, according to a statement from the Oka Defence Forces. Twelve people were killed in the strike, the statement said.';
    expect(byText(claims(text, '2025-03-04'), 'Twelve people').source).toBe('Oka Defence Forces');
  });

  test('a body seated in a place speaks, not the place', () => {
    const text = 'The Central Hospital in the northern city of Tula said it received 26 injured people.';
    expect(byText(claims(text, '2025-03-04'), '26 injured people').source).toBe('Central Hospital');
  });

  test('the agent of a passive, a bare title\'s holder named after it', () => {
    const text = 'Information about four casualties was confirmed on Telegram by Head of the Regional Administration Ivan Petrov.';
    expect(byText(claims(text, '2025-03-04'), 'four casualties').source).toBe('Ivan Petrov');
  });

  test('a labelled "Details:" paragraph goes on with the "Source:" line before it', () => {
    const text =
      'Strike on Tula: 7 people injured\n\n' +
      'Source: Ivan Petrov, Head of Tula Oblast Military Administration, on Telegram\n\n' +
      'Details: Four of the people injured are firefighters.';
    expect(byText(claims(text, '2025-03-04'), 'Four of the people').source).toBe('Ivan Petrov');
  });

  test('unnamed groups are sources as written; a place or a number word is none', () => {
    const items = claims('At least 31 people have died, officials said.\n\nTwenty-seven villages are cut off.', '2025-03-04');
    expect(byText(items, '31 people').source).toBe('officials');
    expect(byText(items, 'Twenty-seven villages').source).toBeNull();
    // who is counted does not report the count
    expect(byText(claims('Three candidates said they would stay in the race.', '2025-03-04'), 'Three candidates').source).toBeNull();
  });

  test('a total with no source of its own takes its parts\' source', () => {
    const text =
      'Eight drones were destroyed over three regions on Tuesday. According to the Defence Ministry, five drones were downed over the Tula Region, two over the Oryol Region and one over the Kaluga Region.';
    const items = claims(text, '2025-03-05');
    expect(items.map((c) => [c.text, c.role, c.source])).toEqual([
      ['Eight drones', 'total', 'Defence Ministry'],
      ['three regions', 'extent', 'Defence Ministry'],
      ['five drones', 'part', 'Defence Ministry'],
      ['two', 'part', 'Defence Ministry'],
      ['one', 'part', 'Defence Ministry'],
    ]);
  });
});

describe('claims: counts found', () => {
  test('"said that one person was killed": "that" opens the clause', () => {
    const items = claims('The governor said on Sunday that one person was killed and another injured.', '2024-03-10');
    expect(byText(items, 'one person').source).toBe('The governor');
  });
});

describe('claims: item key and role', () => {
  test('items fold to a singular head or a synonym', () => {
    const items = claims('Troops downed 12 UAVs and two unmanned aerial vehicles, and 30 people fled their homes; 17 houses burned.', '2025-03-04');
    expect(items.map((c) => [c.text, c.item_key])).toEqual([
      ['12 UAVs', 'drone'],
      ['two unmanned aerial vehicles', 'drone'],
      ['30 people', 'people'],
      ['17 houses', 'home'],
    ]);
  });

  test('one figure placed and the same figure unplaced is a restatement, not a total of one part', () => {
    const items = claims('Storms killed at least 23 people in Oka. The agency reported at least 23 fatalities.', '2025-03-04');
    expect(items.map((c) => c.role)).toEqual(['single', 'single']);
  });

  test('counts with no total are single; a smaller unplaced figure is no total', () => {
    const items = claims('Five drones were downed over the Tula Region and two over the Oryol Region. Three more drones were jammed.', '2025-03-04');
    expect(items.map((c) => c.role)).toEqual(['single', 'single', 'single']);
  });
});

describe('claims: "since" a time of the report\'s day is no running total', () => {
  test('"Since yesterday evening and over the past night, 22 drones …" took place that night; "since 2019" stays timeless', () => {
    const items = claims('TULA, July 27. Since yesterday evening and over the past night, 22 drones have been destroyed over the Tula Region, the governor said. Since 2019, 400 drones have been destroyed there.', '2024-07-27');
    expect(byText(items, '22 drones').when).toBe('2024-07-26TNI');
    expect(byText(items, '400 drones').when ?? null).toBeNull();
  });
});
