import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ArticleRecord } from '../../src/record/types.js';
import { printRecord } from '../../src/output/printed.js';
import { tablesSink } from '../../src/output/tables-sink.js';
import { TABLES } from '../../src/output/table-rows.js';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'newsfacts-tables-sink-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

const record: ArticleRecord = {
  id: 'a',
  source: { kind: 'file', path: 'a.txt' },
  officials: [{ name: 'Jane Roe', title: 'Governor', affiliation: 'Tver Region', aliases: ['Roe', 'J. Roe'], mentions: [{ start: 9, end: 17, text: 'Jane Roe' }] }],
  quotes: [{ text: 'Calm,', speaker: 'J. Roe', cue: 'said', start: 30, end: 35 }],
};

describe('tablesSink', () => {
  it('writes a new folder whole at commit, from records printed by a worker too', async () => {
    const folder = path.join(tmp, 'new');
    const sink = tablesSink(folder + '/');
    await sink.writer.write(record);
    await sink.writer.write(printRecord({ ...record, id: 'b' }));
    expect(fs.existsSync(folder)).toBe(false);
    await sink.commit();
    expect(fs.readdirSync(folder).sort()).toEqual(TABLES.map((t) => t.file).sort());
    expect(fs.readFileSync(path.join(folder, 'officials.csv'), 'utf8')).toBe(
      'article,official_id,name,title,affiliation,aliases,entity,mentions,start,end\na,1,Jane Roe,Governor,Tver Region,Roe|J. Roe,,1,9,17\nb,1,Jane Roe,Governor,Tver Region,Roe|J. Roe,,1,9,17\n',
    );
    expect(fs.readFileSync(path.join(folder, 'quotes.csv'), 'utf8').split('\n')[1]).toBe('a,"Calm,",J. Roe,1,,said,30,35');
    expect(fs.readdirSync(tmp).filter((name) => name.startsWith('.'))).toEqual([]);
  });

  it('leaves nothing when aborted', async () => {
    const folder = path.join(tmp, 'aborted');
    const sink = tablesSink(folder + '/');
    await sink.writer.write(record);
    sink.abort();
    sink.abort();
    expect(fs.existsSync(folder)).toBe(false);
    expect(fs.readdirSync(tmp).filter((name) => name.startsWith('.'))).toEqual([]);
  });

  it('leaves a folder that exists as it was when aborted', async () => {
    const folder = path.join(tmp, 'kept');
    fs.mkdirSync(folder);
    fs.writeFileSync(path.join(folder, 'articles.csv'), 'old');
    const sink = tablesSink(folder);
    await sink.writer.write(record);
    sink.abort();
    expect(fs.readdirSync(folder)).toEqual(['articles.csv']);
    expect(fs.readFileSync(path.join(folder, 'articles.csv'), 'utf8')).toBe('old');
  });
});
