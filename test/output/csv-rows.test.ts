import { csvRows, CSV_COLUMNS } from '../../src/output/csv-rows.js';

describe('csvRows', () => {
  it('gives an article row first and one row per item, every column present', () => {
    const rows = csvRows({
      id: 'a1',
      source: { kind: 'file', path: 'a1.txt' },
      published: '2025-10-08',
      officials: [{ name: 'Jane Roe', title: 'Governor', affiliation: 'Tver Region', aliases: ['Roe'], mentions: [{ start: 9, end: 17, text: 'Jane Roe' }] }],
      regions: [{ name: 'Tver Region', kind: 'region', country: 'Russia', mentions: [] }],
      dates: [{ text: 'Monday', value: '2025-10-06', type: 'date', start: 30, end: 36 }],
      counts: [{ text: 'four drones', value: 4, item: 'drones', item_key: 'drone', region: 'Tver Region', when: '2025-10-06', source: 'Jane Roe', role: 'single', start: 40, end: 51 }],
      quotes: [{ text: 'Stay, "calm"\nplease', speaker: 'Jane Roe', cue: 'said', start: 60, end: 79 }],
      organizations: [{ name: 'Ministry of Defense', acronym: 'MoD', mentions: [{ start: 90, end: 109, text: 'Ministry of Defense' }] }],
    });
    expect(rows.map((r) => r.type)).toEqual(['article', 'official', 'region', 'date', 'count', 'quote', 'organization']);
    for (const r of rows) expect(Object.keys(r)).toEqual([...CSV_COLUMNS]);
    expect(rows[1]).toMatchObject({ text: 'Jane Roe', title: 'Governor', affiliation: 'Tver Region', start: 9, end: 17 });
    expect(rows[2]).toMatchObject({ value: 'region', start: '', end: '' });
    expect(rows[4]).toMatchObject({ value: 4, item: 'drones', item_key: 'drone', region: 'Tver Region', when: '2025-10-06', source: 'Jane Roe', role: 'single' });
    expect(rows[5]).toMatchObject({ speaker: 'Jane Roe', text: 'Stay, "calm"\nplease' });
    expect(rows[6]).toMatchObject({ value: 'MoD' });
  });

  it('gives an error row for an error record', () => {
    expect(csvRows({ id: 'x', source: { kind: 'file', path: 'x' }, error: { code: 'NOT_FOUND', message: 'no such file' } })).toEqual([
      expect.objectContaining({ article: 'x', type: 'error', text: 'no such file', value: 'NOT_FOUND', start: '' }),
    ]);
  });
});
