import { Document } from '../../src/document/document.js';
import { organizationsExtractor } from '../../src/extractors/organizations/index.js';

const names = (text: string) => organizationsExtractor.extract(new Document(text), { results: {} }).map((o) => o.name);

describe('abbreviations that name no body', () => {
  test('the tail of a site name, a reference number and a model number', () => {
    const ns = names('The story ran on Gazeta.RU first. Call 101 quoting ABC123456. A crew flew an IAR 330 helicopter.');
    expect(ns).not.toContain('RU');
    expect(ns).not.toContain('ABC');
    expect(ns).not.toContain('IAR');
  });

  test('a mass noun after a quantifier', () => {
    expect(names('Police asked for any CCTV from the street, and said no GPS data was found.')).toEqual([]);
  });

  test('a title abbreviation before a name', () => {
    expect(names('Health CS Susan Wafula said the clinics were open.')).not.toContain('CS');
  });

  test('a bare body abbreviation is still one', () => {
    expect(names('The OPW said pumps were on the way, and the HSE agreed.')).toEqual(['OPW', 'HSE']);
  });
});

describe("a country's formal name", () => {
  test('is a place, not a body', () => {
    const ns = names('Drones were launched from the Russian Federation and from the Czech Republic, the Russian Football Federation said.');
    expect(ns).toEqual(['Russian Football Federation']);
  });
});

describe('long names, whole', () => {
  test('an office named by its holder\'s possessive', () => {
    expect(names("The Lviv Oblast Prosecutor's Office opened a case.")).toEqual(["Lviv Oblast Prosecutor's Office"]);
    expect(names("Deputies from the Marion County Sheriff's Office arrived.")).toEqual(["Marion County Sheriff's Office"]);
  });

  test('a body whose name grew an "and X" after its acronym was made', () => {
    expect(names('Samples went to the Centers for Disease Control and Prevention (CDC) for testing.')).toEqual(['Centers for Disease Control and Prevention']);
  });

  test('a weak head with its complement', () => {
    expect(names('The Centre for Seismic Studies said the quake was shallow.')).toEqual(['Centre for Seismic Studies']);
  });

  test('an expansion before a body noun is a body', () => {
    expect(names('The Zaka Rescue Unit (ZRU) emergency service sent crews.')).toContain('Zaka Rescue Unit');
  });
});

describe('groups known by one name', () => {
  test.each<[string, string, string[]]>([
    ['named with their members', 'The town was seized by Vostok mercenaries in May. Later Vostok left.', ['Vostok']],
    ['described in apposition', 'Police raided homes linked to the Sacra, a powerful local crime group, and arrested ten members of the Sacra.', ['Sacra']],
    ['reached on a telephone number', 'Tips can be given anonymously via Tipline, on 0800 123 456, or online.', ['Tipline']],
    ["a people's adjective before fighters is no group", 'He said Kurdish fighters and Chechen fighters had left.', []],
  ])('%s', (_rule, text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});

describe('abbreviations of bodies kept', () => {
  test('a body abbreviation quantified before its noun, and a station with its channel number', () => {
    const ns = names('No charges were brought against any HSBC employee, the station ABC 7 reported.');
    expect(ns).toEqual(expect.arrayContaining(['HSBC', 'ABC']));
  });

  test('a group of people is not what a name is', () => {
    expect(names('In the Capitol, a group of senators met.')).not.toContain('Capitol');
  });

  test('the last word of a longer name is no group', () => {
    expect(names('He founded Friends of the Harbour, a conservation group.')).not.toContain('Harbour');
  });

  test('a weak head with its complement, opening a sentence, is no body', () => {
    expect(names('News of the merger spread.')).toEqual([]);
  });
});

describe("a minister's portfolio", () => {
  test('named after "Minister for" is no body', () => {
    expect(names('He directed the Minister for Home and Disaster Management to visit.')).toEqual([]);
  });
});

describe('a dateline', () => {
  test("a state's postal code after its city is no body", () => {
    expect(names('SELMA, AL (WXYZ) - Crews from the National Weather Service surveyed the damage.')).toEqual(['WXYZ', 'National Weather Service']);
  });
});

describe('an acronym of a title', () => {
  test('"Deputy Superintendent of Police (DSP)" names a post, not a body', () => {
    expect(names('The Deputy Superintendent of Police (DSP) said the Parish Police Division was ready.')).toEqual(['Parish Police Division']);
  });
});

describe('acronyms of states and possessives in names', () => {
  test('a state written with its acronym is a place, not a body, there and later', () => {
    expect(names("A school in the Donetsk People's Republic (DPR) was hit. The DPR said two died.")).toEqual([]);
  });

  test('a possessive inside a name spells no letter; one right before the parenthesis ends the name', () => {
    expect(names('She works at the Boston Children’s Hospital (BCH).')).toEqual(['Boston Children’s Hospital']);
    expect(names('The OC Health Care Agency’s (HCA) officer spoke.')).not.toContain('OC');
  });
});

describe('a defined acronym that leaves out the place opening its body\'s name', () => {
  test('the place belongs to the name; a demonym, an owner, a day or a sentence opening does not', () => {
    expect(names('The head of the Tavria Oblast Military Administration (OMA) spoke.')).toEqual(['Tavria Oblast Military Administration']);
    expect(names('The Ukrainian Air Force (UAF) spoke.')).toContain('Ukrainian Air Force');
    expect(names("Russia's Federal Security Service (FSB) spoke.")).toContain('Federal Security Service');
    expect(names('On Monday Emergency Management Agency (EMA) staff left.')).toContain('Emergency Management Agency');
  });
});

describe('"and" inside a body\'s name', () => {
  test('after a head that names the body\'s work ("Disaster Management and Mitigation Agency"), not before "the" or a company', () => {
    expect(names('A spokesperson of the National Disaster Management and Mitigation Agency said so.')).toEqual(['National Disaster Management and Mitigation Agency']);
    expect(names('The Federal Emergency Management Agency and the Red Cross came.')).toEqual(['Federal Emergency Management Agency', 'Red Cross']);
    expect(names('Kentucky Emergency Management and Apple Inc. agreed.')).toEqual(['Kentucky Emergency Management', 'Apple Inc']);
  });
});
