import { official, run } from '../officials/helpers.js';

const officialNames = (text: string) => run(text).officials.map((o) => `${o.name} | ${o.title}`);

describe('relatives of a head of state stay people', () => {
  test('a spouse named in full is not the president named by surname', () => {
    const ns = officialNames('Michelle Obama spoke first. Then President Obama took the stage.');
    expect(ns).toEqual(['Obama | President']);
  });

  test("a son named after his father's titled surname", () => {
    const { officials } = run("Vice President Biden's son Hunter Biden joined the board of a gas company.");
    expect(officials.map((o) => o.name)).toEqual(['Biden']);
    expect(official(officials, 'Biden').affiliation).toBe('United States');
  });

  test('another office of the same surname is still the person named in full', () => {
    expect(officialNames('Hillary Clinton spoke in Iowa. Secretary Clinton said the plan was ready.')).toEqual(['Hillary Clinton | Secretary']);
  });
});

describe('acts and agreements name no one', () => {
  test('an act whose name opens on a title word', () => {
    expect(officialNames('Congress passed the Justice Against Sponsors of Terrorism Act on Friday.')).toEqual([]);
  });

  test('a person before "and the … Agreement" is still named', () => {
    expect(officialNames('President Vladimir Putin and the Minsk Agreement were discussed.')).toEqual(['Vladimir Putin | President']);
  });
});

describe('a sentence-opening "Then" is no past office', () => {
  test('"Then President X" holds the office; "then-President X" held it', () => {
    expect(officialNames('Then President Ana Silva spoke. The law was signed by then-President Rui Costa.')).toEqual(['Ana Silva | President']);
  });
});

describe('one person, two spellings', () => {
  test('transliterations of a given name are one person, named as the body writes them', () => {
    const { people } = run('Oleh Ozerov handed over a note\n\nRussia\'s ambassador, Oleg Ozerov, arrived on Monday. Sergey Lavrov and Sergei Lavrov are one man.');
    expect(people.map((p) => p.name)).toEqual(['Oleg Ozerov', 'Sergey Lavrov']);
  });

  test('two given names four letters long that differ otherwise are two people', () => {
    const { people } = run('Mary Smith and Mark Smith spoke.');
    expect(people.map((p) => p.name)).toEqual(['Mary Smith', 'Mark Smith']);
  });
});

describe('a role after a long relative clause', () => {
  test('"X, who …, is the head of Y"', () => {
    const { officials } = run('Mykola Lukan, who has led the council since 2020 and chairs its budget committee, is the head of the Volyn Regional Council.');
    expect(official(officials, 'Mykola Lukan')).toMatchObject({ title: 'head', affiliation: 'Volyn Regional Council' });
  });
});
