import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ensureBuilt, runCli } from '../helpers/cli.js';

beforeAll(() => ensureBuilt());

// Workers print their records (output/printed.ts) and the main thread only copies the text out;
// the bytes written must be the same as when the main thread extracts and prints everything.
describe('output with workers is the output of one thread', () => {
  let dir: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsfacts-workers-'));
    const articles = [
      'Governor Jane Roe of the Tver Region said on Monday: “All is calm, and five drones were shot down.”',
      'Mayor John Smith of Springfield said on Tuesday that “the storm is over”, and two people were hurt in Kyiv.',
      'Lt. Gen. Ivan Petrov said three regions were hit overnight. “We are ready,” he added.',
      'The Ministry of Defense (MoD) said 12 drones were destroyed over the Belgorod Region between 2:00 and 5:00 pm.',
    ];
    articles.forEach((text, i) => fs.writeFileSync(path.join(dir, `a${i}.txt`), text));
    // not UTF-8 (a lone 0xff byte), so the record carries a warning made in a worker
    fs.writeFileSync(path.join(dir, 'a4.txt'), Buffer.concat([Buffer.from('Senator Anna Lee of Ohio said “yes” '), Buffer.from([0xff]), Buffer.from(' on Friday.')]));
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  for (const format of ['ndjson', 'json', 'csv']) {
    it(`gives the same ${format} bytes with 1 and 2 workers, ids linked`, async () => {
      const one = await runCli(['extract', '--format', format, '--link', '-j', '1', '--published', '2025-10-08', dir]);
      // workers start at once, not only once the batch proves long (parallel/pool.ts)
      const two = await runCli(['extract', '--format', format, '--link', '-j', '2', '--published', '2025-10-08', dir], { env: { NEWSFACTS_EAGER_WORKERS: '1' } });
      expect(one.code).toBe(0);
      expect(two.code).toBe(0);
      expect(two.stdout).toBe(one.stdout);
      expect(one.stdout).toContain('Jane Roe');
      if (format !== 'csv') expect(one.stdout).toMatch(/"entity":"person:/);
      // the warning of the fifth file reaches stderr from a worker as from the main thread
      for (const r of [one, two]) expect(r.stderr).toMatch(/warning .*a4\.txt: .*not valid UTF-8/);
    });
  }
});
