import { isRankTitle } from '../../src/language/titles.js';
import { Document } from '../../src/document/document.js';
import type { RegionKind } from '../../src/record/types.js';
import { extractRecord } from '../../src/pipeline.js';
import { mentionTexts, official, officialsOf, person, regionsIn, run } from './helpers.js';

describe('officials: a role in apposition before the name, with a lower-case complement', () => {
  test('"the head of the regional military administration, Name" belongs to the region of the article', () => {
    const { officials } = run(
      'Missiles struck an energy facility in the Poltava region overnight. ' +
        'Earlier, the head of the regional military administration, Volodymyr Kohut, said on Telegram that one person was hurt.',
      [['Poltava region', 'region']],
    );
    expect(official(officials, 'Volodymyr Kohut')).toMatchObject({ title: 'head', affiliation: 'Poltava region' });
  });

  test('"the governor of the neighbouring X Region, Name" names the region written in the complement', () => {
    const { officials } = run(
      'Debris fell on a village in the Lipetsk Region. Meanwhile, the governor of the neighbouring Tambov Region, Yevgeny Pervyshov, reported two drones downed.',
      [['Lipetsk Region', 'region'], ['Tambov Region', 'region']],
    );
    expect(official(officials, 'Yevgeny Pervyshov')).toMatchObject({ title: 'governor', affiliation: 'Tambov Region' });
  });

  test('a clause before the comma is no apposition', () => {
    const { officials } = run('After meeting the governor of the region on Friday, Pavel Orlov told reporters the plan was ready.');
    expect(officials.map((o) => o.name)).not.toContain('Pavel Orlov');
  });
});

describe('officials: sentence-opening words before a comma', () => {
  test('an adverb opening the sentence is never a name', () => {
    const { officials, people } = run(
      'Additionally, the mayor of the city, Olena Marchuk, ordered shelters opened. Overnight, the governor of the Penza Region, Oleg Kuzmin, spoke.',
      [['Penza Region', 'region']],
    );
    const names = people.map((p) => p.name);
    expect(names).not.toContain('Additionally');
    expect(names).not.toContain('Overnight');
    expect(official(officials, 'Olena Marchuk').title).toBe('mayor');
    expect(official(officials, 'Oleg Kuzmin')).toMatchObject({ title: 'governor', affiliation: 'Penza Region' });
  });

  test('"Name, who heads the X" is the head of X, when X is named', () => {
    const { officials, people } = run(
      'The official, Oleh Syniehubov, who heads the Kharkiv Regional Military Administration, said 23 houses were damaged. ' +
        'Petro Lysenko, who heads the family business, said the shop would reopen.',
    );
    expect(official(officials, 'Oleh Syniehubov')).toMatchObject({ title: 'head', affiliation: 'Kharkiv Regional Military Administration' });
    expect(people.map((p) => p.name)).toContain('Petro Lysenko');
    expect(officials.map((o) => o.name)).not.toContain('Petro Lysenko');
  });

  test('"Name, the agency\'s permanent secretary": an unfamiliar name in apposition, the body named before', () => {
    const text =
      'The Lagos State Emergency Management Agency (LASEMA) said its teams had rescued 212 people. ' +
      "Olufemi Oke-Osanyintolu, the agency's permanent secretary, said 40 houses had collapsed. " +
      "Kayode Adeyemi, the ministry's spokesman, said roads were shut.";
    const officials = extractRecord({ id: 't', text, published: '2025-06-02' } as Parameters<typeof extractRecord>[0]).officials ?? [];
    expect(official(officials, 'Olufemi Oke-Osanyintolu')).toMatchObject({
      title: 'permanent secretary',
      affiliation: 'Lagos State Emergency Management Agency',
    });
    // no ministry named before: the spokesman keeps no affiliation rather than a wrong one
    expect(official(officials, 'Kayode Adeyemi')).toMatchObject({ title: 'spokesman' });
    expect(official(officials, 'Kayode Adeyemi').affiliation ?? null).toBeNull();
  });

  test('a title before an honorific: "Commissioner Sir Mark Rowley", "Health Minister Dr. Ana Silva"', () => {
    const { officials } = run('Commissioner Sir Mark Rowley told the BBC. Health Minister Dr. Ana Silva said the clinics were open.');
    expect(official(officials, 'Mark Rowley')).toMatchObject({ title: 'Commissioner' });
    expect(official(officials, 'Ana Silva')).toMatchObject({ title: 'Health Minister' });
  });

  test('"Navy spokesman" after "the Ukrainian Navy said" serves the Ukrainian Navy', () => {
    const text = 'The Ukrainian Navy said three missiles were launched. Navy spokesman Dmytro Pletenchuk said two were shot down.';
    const officials = extractRecord({ id: 't', text, published: '2025-12-05' } as Parameters<typeof extractRecord>[0]).officials ?? [];
    expect(official(officials, 'Dmytro Pletenchuk')).toMatchObject({ title: 'spokesman', affiliation: 'Ukrainian Navy' });
  });

  test('a country’s name may close a person’s name: "Rep. Steve Israel"', () => {
    const { officials } = run('Rep. Steve Israel said Clinton can win. "They will come around," Israel said.');
    expect(official(officials, 'Steve Israel')).toMatchObject({ title: 'Representative' });
  });

  test('a governor named with no holder, then the next person speaking holds the post', () => {
    const text =
      'Shelling cut power to 40,000 residents of the Belgorod Region on Tuesday night, the regional governor said. ' +
      '"Power will be restored soon," Vyacheslav Gladkov wrote on Telegram. Gladkov\'s deputy, Yevgeny Zubarev, said schools would close.';
    const { officials } = run(text, [['Belgorod Region', 'region']]);
    expect(official(officials, 'Vyacheslav Gladkov')).toMatchObject({ title: 'governor', affiliation: 'Belgorod Region' });
    // the governor's deputy serves the governor's region
    expect(official(officials, 'Yevgeny Zubarev')).toMatchObject({ title: 'deputy', affiliation: 'Belgorod Region' });
  });

  test('no post for a person with a role of their own, or one who does not speak', () => {
    const { officials } = run(
      'The city was shelled overnight, the mayor said. Analyst Ivan Petrov said the attacks would go on. Olga Sidorova left the city.',
    );
    expect(officials.map((o) => o.name)).toEqual([]);
  });

  test('"noted NBC\'s Dante Chinni": a speaker named after an owner', () => {
    const { people } = run('Debates are not likely to alter the campaign, noted NBC’s Dante Chinni.');
    expect(people.map((p) => p.name)).toContain('Dante Chinni');
  });

  test('a pronoun takes the first compatible person of its sentence, gender unknown or not', () => {
    // "Lee" tells no gender and Trump is known male: "he" is still Zeldin, named first
    const { people, text } = run(
      'Donald Trump met Paul Ryan on Thursday. Republican Rep. Lee Zeldin of New York, a Trump supporter, said it would help. ' +
        'He added that the meeting went well.',
    );
    expect(mentionTexts(person(people, 'Lee Zeldin'), text, 'pronoun')).toEqual(['He']);
    expect(mentionTexts(person(people, 'Donald Trump'), text, 'pronoun')).toEqual([]);
  });

  test('a known surname opening the sentence before a comma still carries its role', () => {
    const { officials } = run('Marta Kovalenko spoke first. Kovalenko, who is the mayor of Uman, asked for calm.');
    expect(official(officials, 'Marta Kovalenko')).toMatchObject({ title: 'mayor', affiliation: 'Uman' });
  });
});

describe('officials: county offices', () => {
  test('"X County Supervisor Name": the county is the affiliation, Supervisor the title', () => {
    const { officials } = run('Pinal County Supervisor Ruth Alvarez, also a Democrat, voted against the measure.', [['Pinal County', 'region']]);
    expect(official(officials, 'Ruth Alvarez')).toMatchObject({ title: 'Supervisor', affiliation: 'Pinal County' });
  });

  test('"X County Recorder Name": a recorder holds a county office', () => {
    const { officials } = run('Maricopa County Recorder Justin Heap said his office would comply.', [['Maricopa County', 'region']]);
    expect(official(officials, 'Justin Heap')).toMatchObject({ title: 'Recorder', affiliation: 'Maricopa County' });
  });

  test('"County Mayor Name": the county of the article, not a city the article also names', () => {
    const { officials } = run(
      'A storm hit Pell County, Kentucky on Monday, and it had passed east of Lexington at noon. Two barns were lost, County Mayor Vera Holt said.',
      [['Pell County', 'region'], ['Kentucky', 'region'], ['Lexington', 'city']],
    );
    expect(official(officials, 'Vera Holt')).toMatchObject({ title: 'County Mayor', affiliation: 'Pell County' });
  });

  test('a place word opening the title after a proper name moves to the affiliation', () => {
    const { officials } = run('Lviv City Mayor Andriy Sadovyi said the power was back.', [['Lviv', 'city']]);
    expect(official(officials, 'Andriy Sadovyi')).toMatchObject({ title: 'Mayor', affiliation: 'Lviv' });
  });
});

describe('officials: a body named after an office', () => {
  test('"X County Sheriff\'s Department spokesman Name": the whole body, possessive and all, is the affiliation', () => {
    const { officials } = run(
      'The driver was taken to a hospital in the county by ambulance, and two passengers were treated at the scene by paramedics, Harlow County Sheriff\'s Department spokesman Sgt. Dale Brody said.',
    );
    expect(official(officials, 'Dale Brody').affiliation).toBe("Harlow County Sheriff's Department");
  });
});

describe('officials: the body named after the name', () => {
  test('"X County Sheriff’s office Captain Name": the office, written in lower case, is the affiliation', () => {
    const { officials } = run(
      'The driver was stopped on the bridge late on Saturday and taken to the county jail, according to Harlow County Sheriff’s office Captain Nils Odegaard.',
    );
    expect(official(officials, 'Nils Odegaard')).toMatchObject({ title: 'Captain', affiliation: 'Harlow County Sheriff’s office' });
  });

  test('"Rank X of the Y Police Department", "Rank X, of the Y Ward,": the body after "of the" is the affiliation', () => {
    const { officials } = run(
      'Sergeant Lena Voss of the Harlow Police Department said the road would reopen. Councillor Ivo Brandt, of the Eastmere Ward, said residents were warned.',
    );
    expect(official(officials, 'Lena Voss').affiliation).toBe('Harlow Police Department');
    expect(official(officials, 'Ivo Brandt').affiliation).toBe('Eastmere Ward');
  });

  test('", from the X Unit," and ", with the Y Police Department," set off the body as ", of the" does', () => {
    const { officials } = run(
      'Detective Inspector Rosa Kemble, from the Wessex Major Crimes Unit, said the search went on. Lieutenant Cal Odom, with the Harlow Police Department, said the road was shut.',
    );
    expect(official(officials, 'Rosa Kemble').affiliation).toBe('Wessex Major Crimes Unit');
    expect(official(officials, 'Cal Odom').affiliation).toBe('Harlow Police Department');
  });

  test('"Det Serg Name": the unstopped "Serg" is a sergeant, no given name', () => {
    const { officials } = run('Det Serg Pryce said three cars were taken from the yard.');
    expect(officials.map((o) => [o.name, o.title])).toEqual([['Pryce', 'Detective Sergeant']]);
  });

  test('the body keeps its possessive and its own "of X"; a clause after the comma is no apposition', () => {
    const { officials } = run(
      'Chief Deputy Rhea Lund of the Sheriff\'s Office confirmed the arrest. Judge Amos Pell of the Harlow Court of Appeals wrote the opinion. Sergeant Tobias Krin, of all people, said nothing.',
    );
    expect(official(officials, 'Rhea Lund').affiliation).toBe("Sheriff's Office");
    expect(official(officials, 'Amos Pell').affiliation).toBe('Harlow Court of Appeals');
    expect(official(officials, 'Tobias Krin').affiliation).toBeNull();
  });
});

describe('officials: a post over a rank', () => {
  test('"the regional police chief, Colonel Name" holds the post of police chief', () => {
    const { officials } = run('The regional police chief, Colonel Serhiy Melnyk, said three suspects were detained.');
    const o = official(officials, 'Serhiy Melnyk');
    expect(o.title).toMatch(/police chief$/);
    expect(o.title).not.toBe('Colonel');
  });

  test('"police spokesman Sgt. Name": the post written before the rank is the title', () => {
    const { officials } = run('Police spokesman Sgt. Milo Hardt said the road was closed. Army Lt. Col. Ines Varga visited the base.');
    expect(official(officials, 'Milo Hardt').title).toBe('Police spokesman');
    expect(official(officials, 'Ines Varga').title).toMatch(/Lieutenant Colonel$/);
  });

  test('a rank alone is still the title when no post is given', () => {
    const { officials } = run('Lt. Gen. Oleksandr Pivnenko visited the front line.');
    expect(official(officials, 'Oleksandr Pivnenko').title).toBe('Lieutenant General');
  });

  test('ranks and posts told apart', () => {
    expect(isRankTitle('Colonel')).toBe(true);
    expect(isRankTitle('Lieutenant General')).toBe(true);
    expect(isRankTitle('Rear Admiral')).toBe(true);
    expect(isRankTitle('Attorney General')).toBe(false);
    expect(isRankTitle('police chief')).toBe(false);
    expect(isRankTitle('Secretary General')).toBe(false);
  });
});

describe('officials: a head of state with no country written', () => {
  test('takes the country every named region lies in', () => {
    const doc = 'Power returned to parts of the Mykolaiv Region. President Ivan Horak promised more generators.';
    const { officials } = runWithRegions(doc, [{ name: 'Mykolaiv Region', kind: 'region', country: 'Ukraine' }]);
    expect(official(officials, 'Ivan Horak')).toMatchObject({ title: 'President', affiliation: 'Ukraine' });
  });

  test('takes the country the article names, and none when two compete', () => {
    const one = runWithRegions('In Moldova, lines formed at the border. Later President Ana Lungu spoke of Moldova and its neighbours.', [
      { name: 'Moldova', kind: 'country' },
    ]);
    expect(official(one.officials, 'Ana Lungu').affiliation).toBe('Moldova');
    const two = runWithRegions('Poland and Germany signed the deal. Prime Minister Piotr Nowak praised it.', [
      { name: 'Poland', kind: 'country' },
      { name: 'Germany', kind: 'country' },
    ]);
    expect(official(two.officials, 'Piotr Nowak').affiliation).toBeNull();
  });

  test('a deputy of a head of state or government serves the country; a university\'s vice chancellor or a company\'s vice president does not', () => {
    const ohio = [{ name: 'Ohio', kind: 'region' as RegionKind, country: 'United States' }];
    expect(official(runWithRegions('Flooding hit Ohio. Vice President Carl Dorn flew in.', ohio).officials, 'Carl Dorn').affiliation).toBe('United States');
    const odesa = [{ name: 'Odesa Region', kind: 'region' as RegionKind, country: 'Ukraine' }];
    expect(official(runWithRegions('Drones hit the Odesa Region. Deputy Prime Minister Oleksii Kuleba went there.', odesa).officials, 'Oleksii Kuleba').affiliation).toBe('Ukraine');
    expect(official(runWithRegions('Flooding hit Ohio. Vice Chancellor Mary Dorn closed the campus.', ohio).officials, 'Mary Dorn').affiliation).toBeNull();
    expect(official(runWithRegions('Flooding hit Ohio. Carl Dorn, vice president for sales, flew in.', ohio).officials, 'Carl Dorn').affiliation ?? null).toBeNull();
  });

  test('places count for their country when the countries named do not decide', () => {
    const text = 'Russia struck the Odesa Region and Russia hit Izmail. In Odesa, President Ivan Horak spoke.';
    const { officials } = runWithRegions(text, [
      { name: 'Russia', kind: 'country' },
      { name: 'Odesa Region', kind: 'region', country: 'Ukraine' },
      { name: 'Izmail', kind: 'city', country: 'Ukraine' },
      { name: 'Odesa', kind: 'city', country: 'Ukraine' },
    ]);
    expect(official(officials, 'Ivan Horak').affiliation).toBe('Ukraine');
  });
});

function runWithRegions(text: string, regions: { name: string; kind: RegionKind; country?: string }[]) {
  const all = regions.map((r) => ({ ...r, mentions: regionsIn(text, [[r.name, r.kind]])[0]!.mentions }));
  return { officials: officialsOf(new Document(text), all).officials };
}

