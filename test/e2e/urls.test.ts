// URLs on the command line and in --urls: --max-bytes caps their bodies as it caps files, a URL's
// credentials appear neither in its record nor on stderr, and a list names each page once.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startServer, type TestServer } from '../net/server.js';
import { ensureBuilt, parseNdjson, runCli } from '../helpers/cli.js';

const ARTICLE = 'Governor Jane Roe said on Monday that three drones were downed over the Tver region.';
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'newsfacts-urls-'));
let server: TestServer;

beforeAll(async () => {
  ensureBuilt();
  server = await startServer({
    '/short': (_q, res) => res.writeHead(200, { 'content-type': 'text/plain' }).end(ARTICLE),
    '/long': (_q, res) => res.writeHead(200, { 'content-type': 'text/plain' }).end(`${ARTICLE} `.repeat(100)),
  });
});
afterAll(async () => {
  await server.close();
  fs.rmSync(tmp, { recursive: true, force: true });
});

describe('URLs from the command line', () => {
  it('caps a URL body at --max-bytes with the code of a file over it', async () => {
    const file = path.join(tmp, 'long.txt');
    fs.writeFileSync(file, `${ARTICLE} `.repeat(100));
    const r = await runCli(['extract', '-q', '--max-bytes', '2000', `${server.base}/long`, file, `${server.base}/short`]);
    expect(r.code).toBe(1);
    const [url, local, short] = parseNdjson(r.stdout);
    expect(url!.error).toMatchObject({ code: 'TOO_LARGE', message: expect.stringMatching(/--max-bytes/) });
    expect(local!.error.code).toBe('TOO_LARGE');
    expect(short!.officials[0].name).toBe('Jane Roe');
  });

  it('shows a URL with credentials as *** in the record and on stderr, and fetches it with them', async () => {
    const secret = server.base.replace('//', '//reader:hunter2@');
    const r = await runCli(['extract', `${secret}/short`, `${secret}/missing`]);
    expect(r.code).toBe(1);
    expect(r.stdout + r.stderr).not.toMatch(/hunter2|reader/);
    const [ok, missing] = parseNdjson(r.stdout);
    expect(ok!.id).toBe(`${server.base.replace('//', '//***@')}/short`);
    expect(ok!.url).toBe(`${server.base}/short`);
    expect(missing!.error.code).toBe('FETCH_FAILED');
    expect(r.stderr).toContain(`${server.base.replace('//', '//***@')}/missing`);
  });

  it('reads a page that --urls names twice in different spellings once', async () => {
    const list = path.join(tmp, 'urls.txt');
    const upper = server.base.replace('http://', 'HTTP://');
    fs.writeFileSync(list, [`${server.base}/short`, `${upper}/./short#top`, `${server.base}/x/../short`].join('\n'));
    const r = await runCli(['extract', '-q', '--urls', list]);
    expect(r.code).toBe(0);
    expect(parseNdjson(r.stdout).map((record) => record.id)).toEqual([`${server.base}/short`]);
  });
});
