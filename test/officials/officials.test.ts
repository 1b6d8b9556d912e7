import { mentionTexts, official, person, postOf, run } from './helpers.js';

describe('officials: title before the name', () => {
  test('a full title, the affiliation implied by the article', () => {
    const { officials } = run(
      'Drones were shot down over the Tver Region overnight. Governor Igor Rudenko said that nobody was hurt in the Tver Region.',
      [['Tver Region', 'region']],
    );
    expect(officials).toHaveLength(1);
    expect(officials[0]).toMatchObject({ name: 'Igor Rudenko', title: 'Governor', affiliation: 'Tver Region' });
  });

  test('an abbreviated title is expanded', () => {
    const { officials } = run('Gov. Janet Morrow of Maine signed the bill on Tuesday.');
    expect(official(officials, 'Janet Morrow').title).toBe('Governor');
  });

  test('"Lt. Gen." is expanded word by word', () => {
    const { officials } = run('Lt. Gen. Mark Sutton told reporters the troops would stay.');
    expect(official(officials, 'Mark Sutton').title).toBe('Lieutenant General');
  });

  test('the place written before the title is the affiliation', () => {
    const { officials } = run(
      'Volyn Oblast Governor Petro Marchenko reported two strikes. Orel Region Governor Andrei Klychkov was in Moscow.',
    );
    expect(official(officials, 'Petro Marchenko')).toMatchObject({ title: 'Governor', affiliation: 'Volyn Oblast' });
    expect(official(officials, 'Andrei Klychkov')).toMatchObject({ title: 'Governor', affiliation: 'Orel Region' });
  });

  test('a country adjective gives the country', () => {
    const { officials } = run('Ukrainian President Taras Bondarenko met the delegation.');
    expect(official(officials, 'Taras Bondarenko')).toMatchObject({ title: 'President', affiliation: 'Ukraine' });
  });

  test('a ministerial title keeps its qualifier', () => {
    const { officials } = run('Defence Minister Karl Lindqvist said the order had been signed.');
    expect(official(officials, 'Karl Lindqvist').title).toBe('Defence Minister');
  });
});

describe('officials: apposition', () => {
  test('"X, the governor of the … region" takes the article\'s region', () => {
    const { officials } = run(
      'Debris fell near Kursk overnight. Dmitry Sorokin, the governor of the southwestern Russian region, said that two houses burned in the Kursk region.',
      [['Kursk region', 'region'], ['Kursk', 'city']],
    );
    expect(official(officials, 'Dmitry Sorokin')).toMatchObject({ title: 'governor', affiliation: 'Kursk region' });
  });

  test('"X, head of the … Administration" names the body', () => {
    const { officials } = run('Roman Hrytsenko, head of the Odesa Regional Military Administration, said power was back.');
    expect(official(officials, 'Roman Hrytsenko')).toMatchObject({ title: 'head', affiliation: 'Odesa Regional Military Administration' });
  });

  test('"the mayor of Y, Z"', () => {
    const { officials } = run('According to the mayor of Lviv, Andriy Sadowski, the tram lines were hit.', [['Lviv', 'city']]);
    expect(official(officials, 'Andriy Sadowski')).toMatchObject({ title: 'mayor', affiliation: 'Lviv' });
  });

  test('"the region\'s governor, Name" with no region named beside it', () => {
    const { officials } = run(
      'Nine drones were downed over the Pskov region. The attack was confirmed by the region’s governor, Mikhail Vedernikov, on Telegram.',
      [['Pskov region', 'region']],
    );
    expect(official(officials, 'Mikhail Vedernikov')).toMatchObject({ title: 'governor', affiliation: 'Pskov region' });
  });

  test('a role given later for a person first named bare', () => {
    const { officials } = run(
      'Ivan Petrov told reporters the bridge was closed. Petrov, who is the mayor of Tula, asked residents to stay home.',
    );
    expect(official(officials, 'Ivan Petrov')).toMatchObject({ title: 'mayor', affiliation: 'Tula' });
  });
});

describe('officials: one official however named', () => {
  const text =
    'Governor Alexei Dyumenko said on Monday that a drone hit a depot in the Lipetsk region. ' +
    '“There are no casualties,” Dyumenko wrote on Telegram. The governor added that he would visit the site. ' +
    '“Repairs start tomorrow,” he said.';
  const { officials, people } = run(text, [['Lipetsk region', 'region']]);

  test('full name, surname, title and pronouns are mentions of the one official', () => {
    expect(officials).toHaveLength(1);
    const o = officials[0]!;
    expect(o.name).toBe('Alexei Dyumenko');
    expect(o.mentions.map((m) => m.text)).toEqual(['Alexei Dyumenko', 'Dyumenko', 'governor', 'he', 'he']);
    expect(o.aliases).toEqual(expect.arrayContaining(['Dyumenko', 'governor']));
    expect(o.affiliation).toBe('Lipetsk region');
  });

  test('every mention slices to its text', () => {
    for (const m of officials[0]!.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  });

  test('the people result holds the same person with kinds and gender', () => {
    const p = person(people, 'Alexei Dyumenko');
    expect(p.role?.isOffice).toBe(true);
    expect(p.gender).toBe('m');
    expect(mentionTexts(p, text, 'pronoun')).toEqual(['he', 'he']);
    expect(mentionTexts(p, text, 'surname')).toEqual(['Dyumenko']);
    expect(mentionTexts(p, text, 'title')).toEqual(['governor']);
  });

  test('the fullest form of the name is the name', () => {
    const r = run('Mr. Kessler spoke first. Later Anton P. Kessler, the city’s mayor, answered questions.');
    expect(r.officials.map((o) => o.name)).toEqual(['Anton P. Kessler']);
    expect(r.officials[0]!.aliases).toContain('Kessler');
  });
});

describe('people who are not officials', () => {
  const text =
    'Olga Ivanova, a local resident, said she heard three blasts. ' +
    '“The windows shook,” she said. Analyst Pavel Green said the strikes were expected. ' +
    'Governor Ilya Sokol did not comment.';
  const { officials, people } = run(text);

  test('witnesses and analysts are kept in the people result, not in officials', () => {
    expect(officials.map((o) => o.name)).toEqual(['Ilya Sokol']);
    const olga = person(people, 'Olga Ivanova');
    expect(olga.role?.isOffice).toBe(false);
    expect(olga.role?.title).toBe('resident');
    expect(olga.gender).toBe('f');
    expect(mentionTexts(olga, text, 'pronoun')).toEqual(['she', 'she']);
    expect(person(people, 'Pavel Green').role?.isOffice).toBe(false);
  });
});

describe('people in political news', () => {
  test('surnames, honorifics and pronouns resolve to the full name', () => {
    const text =
      'Donald Trump and Hillary Clinton met for the first debate. ' +
      '“I will win,” Trump said. Clinton laughed, and then she answered him. ' +
      'Mr. Trump later said he had won. “We did great,” he added.';
    const { people } = run(text);
    const trump = person(people, 'Donald Trump');
    const clinton = person(people, 'Hillary Clinton');
    expect(trump.gender).toBe('m');
    expect(clinton.gender).toBe('f');
    expect(mentionTexts(trump, text, 'surname')).toEqual(['Trump', 'Trump']);
    expect(mentionTexts(trump, text, 'pronoun')).toEqual(['him', 'he', 'he']);
    expect(mentionTexts(clinton, text, 'pronoun')).toEqual(['she']);
  });

  test('a speaker named only by surname is still a person', () => {
    const text = '“The polls are tightening,” said Caddell. Caddell has run campaigns for decades.';
    const { people } = run(text);
    expect(mentionTexts(person(people, 'Caddell'), text)).toEqual(['Caddell', 'Caddell']);
  });

  test('two people sharing a surname stay apart', () => {
    const text = 'Bill Clinton spoke after Chelsea Clinton. He praised her.';
    const { people } = run(text);
    expect(person(people, 'Bill Clinton').gender).toBe('m');
    expect(mentionTexts(person(people, 'Chelsea Clinton'), text, 'pronoun')).toEqual(['her']);
    expect(mentionTexts(person(people, 'Bill Clinton'), text, 'pronoun')).toEqual(['He']);
  });

  test('a headline in title case does not stretch a name', () => {
    const text = 'Hillary Clinton Was Headed to the Hospital\nHillary Clinton was headed to a hospital, sources said.';
    const { people } = run(text);
    expect(people.map((p) => p.name)).toEqual(['Hillary Clinton']);
  });

  test('pronouns inside quotations are not taken for the narrative’s people', () => {
    const text = 'Jane Porter said: “He will lose, and she knows it.” She smiled.';
    const { people } = run(text);
    expect(mentionTexts(person(people, 'Jane Porter'), text, 'pronoun')).toEqual(['She']);
  });

  test('common words, places and plural subjects are not people', () => {
    const text = 'Officials said the road was closed. Residents told reporters they were afraid. The Ministry said nothing. Ukraine said it would respond.';
    const { people } = run(text);
    expect(people).toEqual([]);
  });
});

describe('officials: where the office belongs', () => {
  test('a place earlier in the sentence, a place after the name, a party-state tag', () => {
    const text =
      'Storms hit Vermont and Maine on Sunday. In Maine, Gov. Laura Pike declared an emergency. ' +
      'Police Chief Tom Hale of Bangor said roads were closed. Sen. Ruth Aldous, R-Maine, asked for federal aid. ' +
      'Rep. Carl Ober (D-Vt.) agreed.';
    const { officials } = run(text, [['Vermont', 'region'], ['Maine', 'region'], ['Bangor', 'city']]);
    expect(official(officials, 'Laura Pike')).toMatchObject({ title: 'Governor', affiliation: 'Maine' });
    expect(official(officials, 'Tom Hale')).toMatchObject({ title: 'Police Chief', affiliation: 'Bangor' });
    expect(official(officials, 'Ruth Aldous')).toMatchObject({ title: 'Senator', affiliation: 'Maine' });
    expect(official(officials, 'Carl Ober')).toMatchObject({ title: 'Representative', affiliation: 'Vermont' });
  });

  test('an office named with its portfolio', () => {
    const { officials } = run('Secretary of State Nora Quill said the count was accurate.');
    expect(official(officials, 'Nora Quill').title).toBe('Secretary of State');
  });
});

describe('past offices', () => {
  test('a former office holder keeps the title but is no official', () => {
    const { officials, posts } = run('Former Texas Gov. Rick Perrin spoke after Gov. Greg Abbet. Bill Noy, a former senator, agreed.');
    expect(officials.map((o) => o.name)).toEqual(['Greg Abbet']);
    expect(postOf(posts, 'Rick Perrin')).toEqual({ title: 'Governor', affiliation: 'Texas', isOffice: false });
    expect(postOf(posts, 'Bill Noy')).toEqual({ title: 'senator', affiliation: null, isOffice: false });
  });
});

describe('headlines', () => {
  test('a title-case headline lends no affiliation and no extra name words', () => {
    const { posts } = run('Coastal Towns Welcome Visitors Fleeing President Arne Holm Says\nPresident Arne Holm said the border was open.');
    expect(postOf(posts, 'Arne Holm')).toMatchObject({ title: 'President', affiliation: null });
  });
});

describe('names that are also places', () => {
  test('a given name or surname the regions extractor claims still makes a name next to another name word', () => {
    const text = 'Jordan Peele spoke in Jordan. James Madison was born in Virginia. Chelsea Hart visited Chelsea, and Chelsea said she liked it.';
    const { people } = run(text, [['Jordan', 'country'], ['Madison', 'city'], ['Virginia', 'region']]);
    expect(people.map((p) => p.name)).toEqual(['Jordan Peele', 'James Madison', 'Chelsea Hart']);
    expect(mentionTexts(person(people, 'Chelsea Hart'), text)).toEqual(['Chelsea Hart', 'Chelsea', 'she']);
  });
});

describe('officials: a title in apposition after the name runs to its last head', () => {
  test('"X, Kabul\'s deputy police chief" is the deputy police chief; "Y, deputy security adviser" stays an official with the whole title', () => {
    const text = '“Five people were killed,” said Ali Dorani, Kabul’s deputy police chief. Tom Weir, deputy national security adviser, agreed.';
    const { officials } = run(text, [['Kabul', 'city']]);
    expect(official(officials, 'Ali Dorani')).toMatchObject({ title: 'deputy police chief', affiliation: 'Kabul' });
    expect(official(officials, 'Tom Weir').title).toBe('deputy national security adviser');
  });
});

describe('officials: an apposition names a person the lexicon does not know', () => {
  test('"X, the chief minister of Y," and "X, head of the Y municipality,": the title shows the name is a person', () => {
    const text = 'Rajvir Tandon Marwah, the chief minister of Uttar Pradesh, promised aid. Kostas Vrellis, head of the Amarynthos municipality, said roads were shut.';
    const { officials } = run(text, [['Uttar Pradesh', 'region']]);
    expect(official(officials, 'Rajvir Tandon Marwah')).toMatchObject({ title: 'chief minister', affiliation: 'Uttar Pradesh' });
    expect(official(officials, 'Kostas Vrellis')).toMatchObject({ title: 'head', affiliation: 'Amarynthos municipality' });
  });

  test('"the minister for civil protection, X," before the name; a title in a list of capitalised names is none', () => {
    const { officials } = run("The country's minister for civil protection, Vasos Kiriakou, said the fires were contained.");
    expect(official(officials, 'Vasos Kiriakou').title).toBe('minister');
    const list = run('Water covered Lanet, Bura Sheikh, Bura Punda, Ziwani and Mororo.');
    expect(list.officials).toEqual([]);
  });

  test('"Deputy Commissioner of Y X Z": the office\'s place, then the person', () => {
    const { officials } = run('Deputy Commissioner of Kullara Ravi Tembhurne said the road was cleared.');
    expect(official(officials, 'Ravi Tembhurne')).toMatchObject({ title: 'Deputy Commissioner', affiliation: 'Kullara' });
  });

  test('a title inside an owner belongs to the owner: "President Obama\'s nominee, X" is no president', () => {
    const { people } = run("Senators refused hearings for President Obama's nominee to the court, John Garrow, in March.");
    const garrow = people.find((p) => p.name === 'John Garrow');
    expect(garrow).toBeDefined();
    expect(garrow!.role?.title).not.toBe('President');
  });
});

describe('officials: a place a distance is measured from is served by no one', () => {
  test('"about 90 miles west of Y": a county mayor is not Y\'s', () => {
    const { officials } = run('The tornado struck Lanford, about 90 miles west of Carrow. County Mayor Jim Ressler said 13 people were hurt.', [['Lanford', 'city'], ['Carrow', 'city']]);
    expect(official(officials, 'Jim Ressler').affiliation).not.toBe('Carrow');
  });
});

describe('officials: a region\'s head serves a region, not a district in it', () => {
  test('"the head of the Russian region X" after a district of the region; "the region\'s governor, Y" after another region', () => {
    const text =
      'Governor Dubov: Two drones shot down in Lipetsky District\n\nAir defences shot down two drones in the Lipetsky District of the Tula Region. This was reported by the head of the Russian region Ivan Dubov. Earlier, a drone alert was announced in the Oryol Region. The region’s governor, Pavel Serov, called for calm.';
    const { officials } = run(text, [['Lipetsky District', 'region'], ['Tula Region', 'region'], ['Oryol Region', 'region']]);
    expect(official(officials, 'Ivan Dubov').affiliation).toBe('Tula Region');
    expect(official(officials, 'Pavel Serov').affiliation).toBe('Oryol Region');
  });
});
