import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { OutputRefused } from '../../src/output/output-target.js';
import { openResumed, unfinishedItems } from '../../src/output/resume.js';
import type { BatchItem } from '../../src/run.js';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'newsfacts-resume-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

const line = (id: string) => JSON.stringify({ id, source: { kind: 'stdin' }, officials: [] }) + '\n';
const item = (id: string): BatchItem => ({ id, source: { kind: 'stdin' }, read: () => Promise.reject(new Error('never read')) });

async function idsOf(items: AsyncIterable<BatchItem>): Promise<string[]> {
  const ids: string[] = [];
  for await (const it of items) ids.push('ready' in it ? it.ready.id : it.id);
  return ids;
}

async function* fromList(ids: string[]): AsyncGenerator<BatchItem> {
  for (const id of ids) yield item(id);
}

describe('openResumed', () => {
  it('reads the ids of the records, drops a last line written in part, and appends after them', async () => {
    const file = path.join(tmp, 'partial.ndjson');
    fs.writeFileSync(file, line('a') + line('b "quoted"') + '\n' + line('a') + '{"id":"c","sour');
    const { sink, finished } = openResumed(file);
    expect(finished.records).toBe(3);
    expect(finished.errors).toBe(0);
    expect([...finished.ids]).toEqual([['a', 2], ['b "quoted"', 1]]);
    expect(fs.readFileSync(file, 'utf8')).toBe(line('a') + line('b "quoted"') + '\n' + line('a'));
    sink.stream.write(line('c'));
    await sink.commit();
    expect(fs.readFileSync(file, 'utf8').endsWith(line('a') + line('c'))).toBe(true);
  });

  it('reads a record whose id is not its first field, and starts a file that does not exist', () => {
    const file = path.join(tmp, 'reordered.ndjson');
    fs.writeFileSync(file, JSON.stringify({ source: {}, id: 'x' }) + '\n');
    expect([...openResumed(file).finished.ids]).toEqual([['x', 1]]);
    const fresh = path.join(tmp, 'new.ndjson');
    const { sink, finished } = openResumed(fresh);
    expect(finished.records).toBe(0);
    expect(fs.existsSync(fresh)).toBe(true);
    sink.abort();
  });

  it('counts the error records, and no article whose text quotes an error', () => {
    const file = path.join(tmp, 'errors.ndjson');
    const failed = JSON.stringify({ id: 'x', source: { kind: 'stdin' }, error: { code: 'NOT_FOUND', message: 'gone' } });
    const quoting = JSON.stringify({ id: 'y', source: { kind: 'stdin' }, text: '"error":{"code":"X"}', officials: [] });
    fs.writeFileSync(file, [failed, quoting, failed].join('\n') + '\n');
    expect(openResumed(file).finished).toMatchObject({ records: 3, errors: 2 });
  });

  it('refuses a file that holds a line which is no record, and leaves it as it was', () => {
    const file = path.join(tmp, 'other.ndjson');
    const content = line('a') + 'id,text\n';
    fs.writeFileSync(file, content);
    expect(() => openResumed(file)).toThrow(new OutputRefused(`cannot resume ${file}: line 2 is not a newsfacts record`));
    expect(fs.readFileSync(file, 'utf8')).toBe(content);
  });

  it('refuses what is no regular file', () => {
    const fifo = path.join(tmp, 'records.fifo');
    try {
      execFileSync('mkfifo', [fifo]);
    } catch {
      return; // no mkfifo here
    }
    expect(() => openResumed(fifo)).toThrow(/--resume needs -o to name a regular file/);
  });

  it('drops, on abort, a line the run wrote only in part', () => {
    const file = path.join(tmp, 'aborted.ndjson');
    fs.writeFileSync(file, line('a'));
    const { sink } = openResumed(file);
    fs.appendFileSync(file, '{"id":"b","so');
    sink.abort();
    expect(fs.readFileSync(file, 'utf8')).toBe(line('a'));
  });
});

describe('unfinishedItems', () => {
  it('skips as many inputs of an id as the file has records of it, in order', async () => {
    const finished = { file: 'f', records: 3, errors: 0, ids: new Map([['a', 2], ['c', 1]]) };
    expect(await idsOf(unfinishedItems(fromList(['a', 'b', 'a', 'a', 'c', 'd']), finished))).toEqual(['b', 'a', 'd']);
  });

  it('skips a record read as it is by its id too', async () => {
    async function* items(): AsyncGenerator<BatchItem> {
      yield { ready: { id: 'r', source: { kind: 'stdin' }, error: { code: 'UNREADABLE', message: 'x' } } };
      yield item('s');
    }
    expect(await idsOf(unfinishedItems(items(), { file: 'f', records: 1, errors: 0, ids: new Map([['r', 1]]) }))).toEqual(['s']);
  });
});
