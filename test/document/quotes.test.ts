import { isApostrophe, scanQuotes } from '../../src/document/quotes.js';

const quoted = (text: string) => scanQuotes(text).map((q) => text.slice(q.start, q.end));

describe('scanQuotes: quotation marks of every kind', () => {
  it.each([
    ['curly double', 'She said: “We will rebuild the bridge.” Then she left.', 'We will rebuild the bridge.'],
    ['straight double', 'She said: "We will rebuild the bridge." Then she left.', 'We will rebuild the bridge.'],
    ['curly single', 'She said: ‘We will rebuild the bridge.’ Then she left.', 'We will rebuild the bridge.'],
    ['straight single', "She said: 'We will rebuild the bridge.' Then she left.", 'We will rebuild the bridge.'],
    ['guillemets', 'Il a dit : «Nous reconstruirons le pont.» Puis il est parti.', 'Nous reconstruirons le pont.'],
    ['spaced guillemets', 'Il a dit : « Nous reconstruirons le pont. » Puis il est parti.', 'Nous reconstruirons le pont.'],
    ['low-high German', 'Er sagte: „Wir bauen die Brücke wieder auf.“ Dann ging er.', 'Wir bauen die Brücke wieder auf.'],
    ['curly opened, straight closed', 'She said: “We will rebuild the bridge." Then she left.', 'We will rebuild the bridge.'],
    ['straight opened, curly closed', 'She said: "We will rebuild the bridge.” Then she left.', 'We will rebuild the bridge.'],
  ])('%s', (_name, text, expected) => {
    expect(quoted(text)).toEqual([expected]);
  });

  it('gives the span inside the marks, without them', () => {
    const text = 'He wrote: “Stay home tonight.”';
    const [q] = scanQuotes(text);
    expect(text[q!.open]).toBe('“');
    expect(text[q!.end]).toBe('”');
    expect(q!.closed).toBe(true);
  });

  it('keeps a quote nested in the other style inside the outer one', () => {
    const text = '"I watched “Shark Tank.” But this is serious business," Pence said.';
    expect(quoted(text)).toEqual(['I watched “Shark Tank.” But this is serious business,']);
  });
});

describe('scanQuotes: apostrophes are not quote marks', () => {
  it('skips possessives, contractions, decades and rock ’n’ roll', () => {
    const text = 'The governor’s office said the ’90s were different and rock ’n’ roll isn’t dead; the governors’ aides agreed.';
    expect(scanQuotes(text)).toEqual([]);
  });

  it('classifies single marks one by one', () => {
    const t = 'the mayor’s plan';
    expect(isApostrophe(t, t.indexOf('’'))).toBe(true);
    const d = 'since the ’90s began';
    expect(isApostrophe(d, d.indexOf('’'))).toBe(true);
    const q = 'he said ‘no’ twice';
    expect(isApostrophe(q, q.indexOf('‘'))).toBe(false);
  });

  it('reads a single quote that contains apostrophes', () => {
    const text = "Smith said: 'The governor's team won't quit.' Others disagreed.";
    expect(quoted(text)).toEqual(["The governor's team won't quit."]);
  });

  it('closes a single quote at s’ when no other closing mark follows on the line', () => {
    const text = 'Headline: Senator Is Right on ‘Thousands of Shootings’ in Chicago This Year';
    expect(quoted(text)).toEqual(['Thousands of Shootings']);
  });
});

describe('scanQuotes: line breaks, paragraphs and unclosed marks', () => {
  it('spans a line break when the next line closes the quote', () => {
    const text = 'She posted: ‘Residents, stay inside.\nShelters are open all night.’ The post was short.';
    expect(quoted(text)).toEqual(['Residents, stay inside.\nShelters are open all night.']);
    expect(scanQuotes(text)[0]!.multiParagraph).toBe(true);
  });

  it('follows the convention of re-opening each paragraph and closing only at the end', () => {
    const text = 'The report says:\n\n"First paragraph of the report.\n\n"Second paragraph of the report."\n\nAfter it.';
    expect(quoted(text)).toEqual(['First paragraph of the report.\n\n"Second paragraph of the report.']);
  });

  it('ends an unclosed quote with its paragraph, never swallowing the rest', () => {
    const text = 'He said: "We are done here.\n\nThe council met on Monday. It voted "yes" on the budget.';
    expect(quoted(text)).toEqual(['We are done here.', 'yes']);
  });

  it('gives up an unclosed mark when a new opening mark starts', () => {
    const text = 'The notice, “partial text. “The full statement is here.” said the clerk.';
    expect(quoted(text)).toEqual(['The full statement is here.']);
  });

  it('gets through thousands of unmatched marks', () => {
    const text = ('“ word ' + '" x ').repeat(20000) + '\n' + '’s '.repeat(20000);
    const spans = scanQuotes(text);
    // what it pairs lies inside the text, in order, never overlapping
    for (let i = 0; i < spans.length; i++) {
      expect(spans[i]!.start).toBeLessThan(spans[i]!.end);
      if (i > 0) expect(spans[i]!.start).toBeGreaterThanOrEqual(spans[i - 1]!.end);
    }
    expect(spans.every((q) => q.end <= text.length)).toBe(true);
  });
});
