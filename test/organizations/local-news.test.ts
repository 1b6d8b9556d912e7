// Organizations as local and wire news write them: health departments, sheriffs' offices, utilities,
// the Irish police, national Red Cross societies, and the footers, street names and time zones that
// only look like bodies. Places and people here are invented.
import { Document } from '../../src/document/document.js';
import { organizationsExtractor } from '../../src/extractors/organizations/index.js';
import type { Organization } from '../../src/record/types.js';

const orgs = (text: string): Organization[] => organizationsExtractor.extract(new Document(text), { results: {} });
const names = (text: string) => orgs(text).map((o) => o.name);

describe('"and" in the complement of "Department of X"', () => {
  test('a field of work named by its services is inside the name', () => {
    expect(names('The figures come from a statement by the Tallis County Department of Health and Human Services.')).toEqual([
      'Tallis County Department of Health and Human Services',
    ]);
    expect(names('The Department of Children and Family Services said. The Department of Health and Human Services and the CDC agreed.')).toEqual([
      'Department of Children and Family Services',
      'Department of Health and Human Services',
      'CDC',
    ]);
  });

  test('a body a country opens, or a singular service, is a second body', () => {
    expect(names('The Ministry of Health and Ukrainian Emergency Services said.')).toEqual(['Ministry of Health', 'Ukrainian Emergency Services']);
    expect(names('The Ministry of Defence and Border Guard Service said.')).toEqual(['Ministry of Defence', 'Border Guard Service']);
  });
});

describe('a special-purpose district', () => {
  test('is a body after the service it runs, a hyphenated place and all', () => {
    expect(names('The Brook-Harlan County Public Health District reported 41 new cases on Friday.')).toEqual([
      'Brook-Harlan County Public Health District',
    ]);
    expect(names('The Pine Valley Unified School District closed its schools.')).toEqual(['Pine Valley Unified School District']);
  });

  test('is a place after anything else', () => {
    expect(names('Shells hit the Dorval District and the Lesny Urban District.')).toEqual([]);
  });
});

describe('names cut short', () => {
  test('a sentence full of names is no headline, whose words the article writes in lower case elsewhere', () => {
    const text =
      'The Northern Lakes Major Crimes Team led by the Dorrin State Police along with the Harlan County District Attorney’s Office is investigating.\n\n' +
      'Harlan County has an interim district attorney from the Dorrin Department of Justice.';
    expect(names(text)).toEqual([
      'Northern Lakes Major Crimes Team',
      'Dorrin State Police',
      'Harlan County District Attorney’s Office',
      'Dorrin Department of Justice',
    ]);
  });

  test('the one word of a complement may be a title or a given name; before a name it is a person’s', () => {
    expect(names('She joined the Dorrin Department of Justice after a year at the University of Virginia.')).toEqual([
      'Dorrin Department of Justice',
      'University of Virginia',
    ]);
    expect(names('The Office of President Anton Marek said.')).toEqual([]);
  });

  test('a national Red Cross or Red Crescent society keeps its country, and "the Red Cross" of the article is it', () => {
    const os = orgs('The Red Cross asked families to leave low ground. Peru Red Cross director Ana Quispe said more rain was due.');
    expect(os.map((o) => o.name)).toEqual(['Peru Red Cross']);
    expect(os[0]!.mentions.map((m) => m.text)).toEqual(['Red Cross', 'Peru Red Cross']);
    expect(names('The American Red Cross and the Turkish Red Crescent sent teams.')).toEqual(['American Red Cross', 'Turkish Red Crescent']);
  });

  test('an owner’s possessive stays out of the name', () => {
    expect(names('The quake was shallow, Korea’s Meteorological Agency said.')).toEqual(['Meteorological Agency']);
  });
});

describe('bodies missed before', () => {
  test('a constabulary, a team, a campus, and a title’s office in lower case', () => {
    expect(names('Anyone with footage should call Wexley Constabulary on 101.')).toEqual(['Wexley Constabulary']);
    expect(names('Galil Valley Health Care Campus treated 12 people.')).toEqual(['Galil Valley Health Care Campus']);
    expect(names('No one was hurt, according to Harlan County Sheriff’s office Lieutenant Dana Mills.')).toEqual(['Harlan County Sheriff’s office']);
    // a team, a campus: only after two words or more
    expect(names('The Olympic Team and the Main Campus were closed.')).toEqual([]);
    expect(names('Sheriff’s office deputies arrived.')).toEqual([]);
  });

  test('a utility named by its place and what it sells, but not a thing or a title in quotation marks', () => {
    expect(names('Lakeland Power expects to restore service by Sunday, and Brightwater Energy sent crews.')).toEqual(['Lakeland Power', 'Brightwater Energy']);
    expect(names('The Dniprovsk Nuclear Power Plant lost power. The plant runs on nuclear fuel; Nuclear Power is safe, he said.')).toEqual([]);
    expect(names('She won the festival’s “Star Power” prize.')).toEqual([]);
  });

  test('the Irish police, however it is written, is one body', () => {
    const os = orgs('Gardaí are appealing for witnesses. Call Ballymore Garda station or the Garda Confidential Line, a Garda spokesperson said.');
    expect(os).toHaveLength(1);
    expect(os[0]!.name).toBe('Gardaí');
    expect(os[0]!.mentions.map((m) => m.text)).toEqual(['Gardaí', 'Garda', 'Garda', 'Garda']);
  });

  test('a country’s forces in lower case where they speak, not where they are only described', () => {
    expect(names('Russia launched nine drones overnight, the Ukrainian air force said on Sunday.')).toEqual(['Ukrainian air force']);
    expect(names('Two rockets fell in open ground, according to the Israeli army.')).toEqual(['Israeli army']);
    expect(names('Volunteers fighting alongside the Ukrainian army crossed the border.')).toEqual([]);
  });

  test('a body known by name without a head word', () => {
    expect(names('said Dan Levi, a United Hatzalah volunteer who treated the wounded.')).toEqual(['United Hatzalah']);
  });
});

describe('what only looks like a body', () => {
  test('a press release’s footer, a street’s compass point and a time zone', () => {
    expect(names('Drivers should expect delays.\nENDS')).toEqual([]);
    expect(names('The crash happened on NW Alder Street near the bridge.')).toEqual([]);
    expect(names('PTI | Pune | Updated: 12-07-2021 09:10 IST | Created: 12-07-2021 09:10 IST')).toEqual(['PTI']);
  });

  test('the abbreviation of a thing or a practice: an aid, a scan, a vehicle, a weapon, footage', () => {
    expect(names('Paramedics gave him CPR, and a CT scan found no fracture.')).toEqual([]);
    expect(names('Detectives want any CCTV footage; the family lived in an RV near the lake.')).toEqual([]);
    expect(names('Air defence and EW units downed the drones, and a SWAT team cleared the hotel.')).toEqual([]);
    expect(names('Two doses of MMR protect children, the NHS said.')).toEqual(['NHS']);
  });

  test('an abbreviation a rank makes a title before a name; not a body before a title', () => {
    expect(names('The post fell vacant after former DA Maria Lopez stepped down.')).toEqual([]);
    expect(names('Former FBI Director Tom Hale said so.')).toEqual(['FBI']);
  });

  test('the holders of an office in the plural', () => {
    expect(names('The minister met all collectors and Superintendents of Police (SPs) by video link.')).toEqual([]);
  });

  test('a determiner opening a name, and the platform a body wrote on', () => {
    expect(names('"Another Polish Air Force jet was scrambled."')).toEqual(['Polish Air Force']);
    expect(names('Source: State Emergency Service of Ukraine on Facebook; Oleh Marchenko on Telegram')).toEqual([
      'State Emergency Service of Ukraine',
      'Facebook',
      'Telegram',
    ]);
  });
});

describe('acronyms the article never spells out', () => {
  test('a well-known international body’s acronym names it', () => {
    expect(orgs('The ministry asked for EU help as the fires spread.').map((o) => [o.name, o.acronym])).toEqual([['European Union', 'EU']]);
    expect(orgs('The IDF said three launches were detected. The IDF later confirmed one hit.').map((o) => [o.name, o.acronym])).toEqual([
      ['Israel Defense Forces', 'IDF'],
    ]);
  });

  test('an acronym joins its expansion, the country adjective spelled in it', () => {
    const os = orgs('EU leaders met. The European Union said. The American Civil Liberties Union sued, and the ACLU won.');
    expect(os.map((o) => [o.name, o.acronym])).toEqual([
      ['European Union', 'EU'],
      ['American Civil Liberties Union', 'ACLU'],
    ]);
  });
});
