import { Document } from '../../src/document/document.js';
import { organizationsExtractor } from '../../src/extractors/organizations/index.js';
import type { Organization } from '../../src/record/types.js';

function orgs(text: string): Organization[] {
  return organizationsExtractor.extract(new Document(text), { results: {} });
}

function names(text: string): string[] {
  return orgs(text).map((o) => o.name);
}

describe('organizations: named bodies', () => {
  test('ministries, forces, agencies, parties and courts', () => {
    const text =
      'The Federal Security Service detained two men. The Supreme Court of Georgia ruled on Friday. ' +
      'The Green Party and the State Emergency Service of Ukraine issued statements. According to the Ministry of Health, ' +
      'six people were treated.';
    expect(names(text)).toEqual([
      'Federal Security Service',
      'Supreme Court of Georgia',
      'Green Party',
      'State Emergency Service of Ukraine',
      'Ministry of Health',
    ]);
  });

  test('one ministry however it is written', () => {
    const text =
      'Air defence units of the Ministry of Defence were deployed. The Russian Ministry of Defence said 12 drones were downed. ' +
      'The Russian defence ministry gave no details.';
    const os = orgs(text);
    expect(os).toHaveLength(1);
    expect(os[0]!.name).toBe('Ministry of Defence');
    expect(os[0]!.mentions.map((m) => m.text)).toEqual(['Ministry of Defence', 'Russian Ministry of Defence', 'Russian defence ministry']);
  });

  test('the same kind of body of two countries stays two', () => {
    const os = orgs('The Ukrainian Ministry of Defence denied what the Russian Ministry of Defence had said.');
    expect(os).toHaveLength(2);
  });

  test('"and" inside a name joins its complement; before another body it splits', () => {
    expect(names('The Department of Housing and Urban Development and the Ministry of the Interior and Safety replied.')).toEqual([
      'Department of Housing and Urban Development',
      'Ministry of the Interior and Safety',
    ]);
    expect(names('The Defense Ministry and Foreign Ministry met. The American Federation of Teachers and the AFL-CIO agreed.')).toEqual(
      expect.arrayContaining(['Defense Ministry', 'Foreign Ministry', 'American Federation of Teachers']),
    );
    expect(names('The American Federation of Teachers and the AFL-CIO agreed.')).not.toContain('American Federation of Teachers and the AFL-CIO');
  });

  test('an acronym made of each word\'s first letters, one to three of them, names the body before it', () => {
    const os = orgs('The Lagos State Emergency Management Agency (LASEMA) said. LASEMA teams rescued 212 people.');
    expect(os.map((o) => [o.name, o.acronym])).toEqual([['Lagos State Emergency Management Agency', 'LASEMA']]);
    // a law is no body, whichever way its acronym is spelled
    expect(names('They filed Freedom of Information Act (FOIA) requests.')).toEqual([]);
  });

  test('who runs or backs a body is not part of its name', () => {
    expect(names('The Hamas-run Gaza Health Ministry said. The Iran-backed Houthi Movement denied it.')).toEqual(['Gaza Health Ministry', 'Houthi Movement']);
  });

  test('a military unit keeps its number', () => {
    expect(names("Ukraine's 47th Mechanized Brigade repelled the attack, and the 3rd Separate Assault Brigade posted a video.")).toEqual([
      '47th Mechanized Brigade',
      '3rd Separate Assault Brigade',
    ]);
    // only a unit takes the number before it
    expect(names('The 4th Estate Holdings fund runs 3 Ministry of Health clinics.')).toEqual(['Estate Holdings', 'Ministry of Health']);
  });

  test('platforms and agencies known by name', () => {
    expect(names('He wrote on his Telegram channel, Reuters reported.')).toEqual(['Telegram', 'Reuters']);
    expect(names('About 1,800 soldiers of the Bundeswehr are in Lithuania, and the Bundestag approved the plan.')).toEqual(['Bundeswehr', 'Bundestag']);
  });

  test('a person’s title before a body is not part of it, nor a sentence opener', () => {
    expect(names('According to the Kharkiv Regional Military Administration, power was restored.')).toEqual([
      'Kharkiv Regional Military Administration',
    ]);
    expect(names('Members of the Congressional Black Caucus met on Monday.')).toEqual(['Congressional Black Caucus']);
  });

  test('a short form cut before "of" is the same body; a title word may open a body\'s name', () => {
    const os = orgs('The General Staff of the Armed Forces of Ukraine said 40 drones were downed. The General Staff gave no details.');
    expect(os).toHaveLength(1);
    expect(os[0]!.name).toBe('General Staff of the Armed Forces of Ukraine');
    expect(os[0]!.mentions.map((m) => m.text)).toEqual(['General Staff of the Armed Forces of Ukraine', 'General Staff']);
  });

  test('two bodies joined by "and" are two', () => {
    expect(names('Shares of Apple Inc and Alphabet Inc rose.')).toEqual(['Apple Inc', 'Alphabet Inc']);
  });

  test('a title-case headline does not pull common words into a name', () => {
    expect(names('Wealthy Voters Abandon the Republican Party\nMany voters said they would leave.')).toEqual(['Republican Party']);
  });
});

describe('organizations: acronyms', () => {
  test('expansion then acronym: one organisation with its acronym', () => {
    const text = 'The Armed Forces of Ukraine (AFU) struck a bridge. The AFU said the bridge was used for supplies.';
    const os = orgs(text);
    expect(os).toHaveLength(1);
    expect(os[0]).toMatchObject({ name: 'Armed Forces of Ukraine', acronym: 'AFU' });
    expect(os[0]!.mentions.map((m) => m.text)).toEqual(['Armed Forces of Ukraine', 'AFU', 'AFU']);
  });

  test('acronym then a foreign expansion and a translation: one organisation', () => {
    const text = 'Officers of the FSB (Federalnaya Sluzhba Bezopasnosti, or Federal Security Service) searched the flat.';
    const os = orgs(text);
    expect(os).toHaveLength(1);
    expect(os[0]!.acronym).toBe('FSB');
    expect(os[0]!.mentions.map((m) => m.text)).toEqual(['FSB', 'Federalnaya Sluzhba Bezopasnosti', 'Federal Security Service']);
  });

  test('the acronym of a thing is not an organisation', () => {
    expect(names('Air defence destroyed nine unmanned aerial vehicles (UAVs) overnight. Each UAV carried explosives.')).toEqual([]);
  });

  test('shouted words, transcript labels, datelines and model numbers are not organisations', () => {
    const text = 'FLINT, Mich. — Voters said NO to the plan.\nPENCE: We will win.\nThe EB-5 program grew. The FBI opened a case.';
    expect(names(text)).toEqual(['FBI']);
  });

  test('every mention slices to its text', () => {
    const text = 'The VKS (Vozdushno-Kosmicheskiye Sily, or Aerospace Forces) said the Ministry of Defence was informed. The VKS hit a depot.';
    for (const o of orgs(text)) for (const m of o.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  });
});

describe('names as the article writes them', () => {
  it('keeps a country adjective in front of a state body, and a lower-case ministry as written', () => {
    expect(names('The Russian Defence Ministry said 20 drones fell. Later the ministry added more.')).toEqual(['Russian Defence Ministry']);
    expect(names('The Polish Air Force scrambled jets, and the Lithuanian Air Force followed.')).toEqual(['Polish Air Force', 'Lithuanian Air Force']);
    expect(names("Ukraine's energy ministry said the grid held through the night.")).toEqual(['energy ministry']);
  });

  it('keeps the adjective where it is part of the name', () => {
    expect(names('The Ukrainian Orthodox Church said the service would go ahead.')).toEqual(['Ukrainian Orthodox Church']);
  });
});

describe('datelines', () => {
  it('never reads a dateline in capitals as an organization', () => {
    expect(names('BERLIN (Reuters) — The Bundestag met on Monday.\nKYIV — The SBU said it had detained two men.')).not.toContain('BERLIN');
    expect(names('BERLIN (Reuters) — The Bundestag met on Monday.\nKYIV — The SBU said it had detained two men.')).not.toContain('KYIV');
    expect(names('KYIV — The SBU said it had detained two men.')).toContain('SBU');
  });
});
