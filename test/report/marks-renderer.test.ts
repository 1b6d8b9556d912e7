import { factOffsets } from '../../src/report/fact-offsets.js';
import type { FactSpan } from '../../src/report/fact-spans.js';
import { markRanges, rendered } from './marks.js';

const span = (kind: FactSpan['kind'], start: number, end: number, note: string = kind): FactSpan => ({ kind, start, end, note });

/** The text with these facts (code point spans) marked, as the page draws it. */
function marked(text: string, spans: FactSpan[]) {
  const notes: string[] = [];
  const marks = factOffsets(text, spans, (note) => (notes.includes(note) ? notes.indexOf(note) : notes.push(note) - 1));
  return rendered(text, marks, notes);
}

describe('marked text', () => {
  it('nests a place inside a quote and keeps every character of the text', () => {
    const text = 'She said "Kursk is calm" today.';
    const div = marked(text, [span('quotes', 9, 24), span('regions', 10, 15), span('dates', 25, 30)]);
    expect(div.textContent).toBe(text);
    expect(markRanges(div)).toEqual(new Map([[0, { kind: 'quotes', start: 9, end: 24 }], [1, { kind: 'regions', start: 10, end: 15 }], [2, { kind: 'dates', start: 25, end: 30 }]]));
    expect(div.querySelector('mark.k-quotes mark.k-regions')?.textContent).toBe('Kursk');
  });

  it('splits a fact that crosses another into pieces of one fact', () => {
    const text = 'abcdefghij';
    const div = marked(text, [span('officials', 0, 6), span('organizations', 3, 9)]);
    expect(div.textContent).toBe(text);
    expect(div.querySelectorAll('mark[data-f="1"]').length).toBe(2);
    expect(markRanges(div).get(1)).toEqual({ kind: 'organizations', start: 3, end: 9 });
    expect(markRanges(div).get(0)).toEqual({ kind: 'officials', start: 0, end: 6 });
  });

  it('counts offsets in code points past astral characters', () => {
    const text = '🙂🙂 Kyiv and 𝒳 Lviv';
    const start = Array.from(text).indexOf('L');
    const div = marked(text, [span('regions', 3, 7), span('regions', start, start + 4)]);
    expect(div.textContent).toBe(text);
    expect(Array.from(div.querySelectorAll('mark')).map((m) => m.textContent)).toEqual(['Kyiv', 'Lviv']);
    expect(markRanges(div).get(1)).toEqual({ kind: 'regions', start, end: start + 4 });
  });

  it('keeps hostile text and notes as text, and leaves out spans outside the text', () => {
    const text = '</script><b>x</b> & "y" \'z\'';
    const note = '"><img src=x onerror=alert(1)>';
    const div = marked(text, [span('quotes', 0, 9, note), span('dates', 40, 50)]);
    expect(div.textContent).toBe(text);
    expect(div.querySelector('b, img, script')).toBeNull();
    expect(div.querySelector('mark')!.getAttribute!('title')).toBe(note);
    expect(div.querySelectorAll('mark').length).toBe(1);
    expect(markRanges(div).has(1)).toBe(false);
  });
});

describe('facts of a hostile record', () => {
  it('leaves out spans that start before the text or are not whole numbers', async () => {
    const { factSpans } = await import('../../src/report/fact-spans.js');
    const spans = factSpans({ id: 'x', source: { kind: 'file' }, text: 'Kursk', regions: [{ name: 'Kursk', kind: 'city', mentions: [{ start: -2, end: 3, text: 'Kur' }, { start: 0.5, end: 3, text: 'x' }, { start: 0, end: 5, text: 'Kursk' }] }] });
    expect(spans.map((s) => [s.start, s.end])).toEqual([[0, 5]]);
  });

  it('passes over items that are no objects', async () => {
    const { factSpans } = await import('../../src/report/fact-spans.js');
    const record = JSON.parse('{"id":"x","source":{"kind":"file"},"text":"Kursk","dates":[null,7,{"value":"2020","type":"date","start":0,"end":5}],"counts":[null],"quotes":["q"],"officials":[null],"organizations":[{"name":"O","mentions":[null]}]}');
    expect(factSpans(record)).toEqual([{ kind: 'dates', start: 0, end: 5, note: 'date: 2020 (date)' }]);
  });
});
