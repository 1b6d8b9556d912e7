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
