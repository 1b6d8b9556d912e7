import { Document } from '../../src/document/document.js';

const frameOf = (text: string) => new Document(text).frame;
const slice = (text: string, s: { start: number; end: number } | null) => (s ? text.slice(s.start, s.end) : null);

describe('article frame', () => {
  it('reads a headline, a standfirst, a date line and the lead', () => {
    const text = 'Storm floods valley towns\n\nRoads closed as rivers rise, says mayor\n\nMonday, 3 March 2025, 08:15\n\nHeavy rain flooded three towns overnight. More is expected.';
    const f = frameOf(text);
    expect(f.paragraphs.map((p) => p.role)).toEqual(['headline', 'standfirst', 'dateline', 'body']);
    expect(slice(text, f.headline)).toBe('Storm floods valley towns');
    expect(slice(text, f.lead)).toBe('Heavy rain flooded three towns overnight. More is expected.');
  });

  it('takes no headline when the first paragraph is a sentence', () => {
    const f = frameOf('Heavy rain flooded three towns.\n\nMore is expected.');
    expect(f.headline).toBeNull();
    expect(f.paragraphs[0]!.role).toBe('body');
  });

  it('reads the name a paragraph opens a section with: after an opening "In", or a heading line', () => {
    const text =
      'Storms across the plains\n\nIn Westmark County, Nev., hail broke windows. In a statement, police urged care.\n\n' +
      'Dorland\n\nRivers rose in the north.\n\nIn the Sarvo region, two roads closed.\n\nIn a statement, the agency said more rain was due.\n\nRoads reopen later, officials said.';
    const settings = frameOf(text).paragraphs.map((p) => p.setting);
    expect(settings.map((s) => slice(text, s))).toEqual([null, 'Westmark County', 'Dorland', null, 'Sarvo region', null, null]);
    expect(settings.map((s) => s?.heading ?? null)).toEqual([null, false, true, null, false, null, null]);
  });

  it('reads labels but not sentences that end in a colon', () => {
    const text = 'Fires spread\n\nSource: the regional emergency service\n\nQuote from Chief Ross: "We are ready."\n\nThe chief added: "Stay home."';
    const f = frameOf(text);
    expect(f.paragraphs.map((p) => p.label?.text ?? null)).toEqual([null, 'Source', 'Quote from Chief Ross', null]);
    expect(f.paragraphs[3]!.role).toBe('body');
  });

  it.each([
    ['OSLO (Reuters) - Ferries stopped on Monday.', 'OSLO (Reuters) -', 'OSLO', null],
    ['Lima, June 4, (AFP) – Rain fell for days.', 'Lima, June 4, (AFP) –', 'Lima', 'June 4'],
    ['(AP) — Rain fell for days.', '(AP) —', null, null],
    ['NAIROBI: Rain fell for days.', 'NAIROBI:', 'NAIROBI', null],
  ])('reads the dateline of %j', (text, whole, place, date) => {
    const d = frameOf(text).dateline;
    expect(slice(text, d)).toBe(whole);
    expect(slice(text, d?.place ?? null)).toBe(place);
    expect(slice(text, d?.date ?? null)).toBe(date);
  });

  it('reads no dateline in an acronym in brackets', () => {
    expect(frameOf('The Health Agency (HA) - a state body - said so.').dateline).toBeNull();
  });

  it('finds the paragraph of a position', () => {
    const text = 'One.\n\nTwo.';
    const f = frameOf(text);
    expect(f.paragraphIndexAt(text.indexOf('Two'))).toBe(1);
    expect(f.paragraphIndexAt(text.indexOf('\n'))).toBe(-1);
  });
});
