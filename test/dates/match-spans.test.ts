import { candidate, groupSpan, textAfter, textBefore } from '../../src/extractors/dates/candidate.js';
import { runAt, patternOnFirstUse } from '../../src/extractors/regions/candidate.js';

// Date parsers name the group that spans their expression and read the text beside a match
// through two helpers; these pin what each returns.
describe('match spans and windows', () => {
  const text = 'Talks resumed in early October 2025 after a pause.';
  const m = /\b(?<date>(?:early\s+)?(?<month>October)\s+(?<year>\d{4}))(?<trailing>\s+after)?/d.exec(text)!;

  it('spans a named group, or the whole match when the group is null or took no part', () => {
    expect(groupSpan(m, 'month')).toEqual([text.indexOf('October'), text.indexOf('October') + 7]);
    expect(groupSpan(m, null)).toEqual([m.index, m.index + m[0].length]);
    const without = /(?<date>May)(?<year>\s\d{4})?/d.exec('in May')!;
    expect(groupSpan(without, 'year')).toEqual([3, 6]);
  });

  it('makes a candidate over the named group', () => {
    const c = candidate(m, 'date', 'test', { point: { kind: 'calendar', y: 2025, m: 10 } });
    expect(text.slice(c.start, c.end)).toBe('early October 2025');
  });

  it('reads the characters just before and after a match, clipped at the text edges', () => {
    expect(textBefore(m, 8)).toBe('umed in ');
    expect(textAfter(m, 4)).toBe(' a p');
    const first = /Talks/.exec(text)!;
    expect(textBefore(first, 10)).toBe('');
    const last = /pause\./.exec(text)!;
    expect(textAfter(last, 10)).toBe('');
  });

  it('runs a sticky name pattern from a position', () => {
    const name = patternOnFirstUse(String.raw`\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?`, 'uy');
    const line = 'the region of Nizhny Novgorod said';
    expect(runAt(name, line, line.indexOf('Nizhny'))?.[0]).toBe('Nizhny Novgorod');
    expect(runAt(name, line, 0)).toBeNull();
  });
});
