import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { readFileSync } from 'node:fs';
import { createServer, type Server, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import iconv from 'iconv-lite';
import { fetchPage, type FetchOptions } from '../../src/net/fetch.js';
import { InputError } from '../../src/errors.js';
import { startServer, type TestServer } from './server.js';

const ARTICLE = readFileSync('fixtures/html/storm-closes-pass.html', 'utf8');
const FAST: FetchOptions = { timeoutMs: 2000, retries: 3, retryBaseMs: 5, maxRetryWaitMs: 2000 };

let server: TestServer;
let flaky = 0;
let limited = 0;
let resets = 0;

beforeAll(async () => {
  server = await startServer({
    '/article': (_q, res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'x-edition': 'north' }).end(ARTICLE),
    '/moved': (_q, res) => res.writeHead(301, { location: '/moved-again' }).end(),
    '/moved-again': (_q, res) => res.writeHead(302, { location: '/article' }).end(),
    '/loop-a': (_q, res) => res.writeHead(302, { location: '/loop-b' }).end(),
    '/loop-b': (_q, res) => res.writeHead(302, { location: '/loop-a' }).end(),
    ...Object.fromEntries(
      Array.from({ length: 7 }, (_, i) => [`/chain${i}`, (_q: unknown, res: import('node:http').ServerResponse) => res.writeHead(302, { location: `/chain${i + 1}` }).end()]),
    ),
    '/to-ftp': (_q, res) => res.writeHead(302, { location: 'ftp://127.0.0.1/file' }).end(),
    '/gone': (_q, res) => res.writeHead(404, { 'content-type': 'text/html' }).end('<h1>Not here</h1>'),
    '/flaky': (_q, res) => {
      flaky++;
      if (flaky === 1) res.writeHead(500).end('oops');
      else res.writeHead(200, { 'content-type': 'text/html' }).end(ARTICLE);
    },
    '/always-503': (_q, res) => res.writeHead(503).end('down'),
    '/limited': (_q, res) => {
      limited++;
      if (limited === 1) res.writeHead(429, { 'retry-after': '1' }).end('slow down');
      else res.writeHead(200, { 'content-type': 'text/html' }).end(ARTICLE);
    },
    '/limited-long': (_q, res) => res.writeHead(429, { 'retry-after': '3600' }).end('come back in an hour'),
    '/slow': (_q, res) => {
      const t = setTimeout(() => res.writeHead(200, { 'content-type': 'text/html' }).end(ARTICLE), 1500);
      res.on('close', () => clearTimeout(t));
    },
    '/slow-body': (_q, res) => {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.write('<html><body><p>first part');
      const t = setTimeout(() => res.end('</p></body></html>'), 1500);
      res.on('close', () => clearTimeout(t));
    },
    '/huge-declared': (_q, res) => res.writeHead(200, { 'content-type': 'text/html', 'content-length': String(50_000) }).end('x'.repeat(50_000)),
    '/huge-chunked': (_q, res) => {
      res.writeHead(200, { 'content-type': 'text/html' });
      for (let i = 0; i < 10; i++) res.write('y'.repeat(10_000));
      res.end();
    },
    '/report.pdf': (_q, res) => res.writeHead(200, { 'content-type': 'application/pdf' }).end('%PDF-1.7\n...'),
    '/photo': (_q, res) => res.writeHead(200, { 'content-type': 'image/jpeg' }).end(Buffer.from([0xff, 0xd8, 0xff, 0xe0])),
    '/pdf-as-html': (_q, res) => res.writeHead(200, { 'content-type': 'text/html' }).end('%PDF-1.4 pretending'),
    '/cp1251': (_q, res) => res.writeHead(200, { 'content-type': 'text/html' }).end(iconv.encode(readFileSync('test/fixtures/html/russian-1251.html', 'utf8'), 'windows-1251')),
    '/ua': (req, res) => res.writeHead(200, { 'content-type': 'text/plain' }).end(String(req.headers['user-agent'])),
    '/busy/a': (_q, res) => setTimeout(() => res.writeHead(200, { 'content-type': 'text/plain' }).end('a'), 100),
    '/bad-gzip': (_q, res) => res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' }).end('this body is no gzip'),
    '/gzip-bomb': (_q, res) => res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' }).end(gzipSync('<p>' + 'a'.repeat(200_000))),
    '/reset-once': (req, res) => {
      if (++resets === 1) req.socket.destroy();
      else res.writeHead(200, { 'content-type': 'text/plain' }).end('second time');
    },
    '/auth': (req, res) => res.writeHead(200, { 'content-type': 'text/plain' }).end(String(req.headers.authorization)),
    '/auth-here': (_q, res) => res.writeHead(302, { location: '/auth' }).end(),
    '/unauthorised': (_q, res) => res.writeHead(401, { 'content-type': 'text/plain' }).end('who are you'),
  });
});

afterAll(() => server.close());

/** A server that answers any request with headers far over undici's limit, counting connections. */
async function headerFlood(): Promise<{ base: string; connections: () => number; close: () => Promise<void> }> {
  let connections = 0;
  const sockets = new Set<Socket>();
  const flood: Server = createServer((socket) => {
    connections++;
    sockets.add(socket);
    socket.on('error', () => undefined);
    socket.once('data', () => socket.end(`HTTP/1.1 200 OK\r\ncontent-type: text/html\r\nx-flood: ${'a'.repeat(100_000)}\r\n\r\n<p>hi</p>`));
  });
  await new Promise<void>((resolve) => flood.listen(0, '127.0.0.1', resolve));
  const { port } = flood.address() as { port: number };
  return {
    base: `http://127.0.0.1:${port}`,
    connections: () => connections,
    close: () => new Promise<void>((resolve) => {
      for (const socket of sockets) socket.destroy();
      flood.close(() => resolve());
    }),
  };
}

async function failure(p: Promise<unknown>): Promise<InputError> {
  try {
    await p;
  } catch (err) {
    expect(err).toBeInstanceOf(InputError);
    return err as InputError;
  }
  throw new Error('expected an InputError');
}

describe('fetchPage', () => {
  it('fetches a page with its headers', async () => {
    const page = await fetchPage(`${server.base}/article`, FAST);
    expect(page.status).toBe(200);
    expect(page.url).toBe(`${server.base}/article`);
    expect(page.contentType).toBe('text/html; charset=utf-8');
    expect(page.headers['x-edition']).toBe('north');
    expect(Buffer.from(page.bytes).toString('utf8')).toBe(ARTICLE);
    expect(page.fromCache).toBe(false);
  });

  it('follows redirects and reports the final URL', async () => {
    const page = await fetchPage(`${server.base}/moved`, FAST);
    expect(page.url).toBe(`${server.base}/article`);
  });

  it('stops a redirect loop', async () => {
    const err = await failure(fetchPage(`${server.base}/loop-a`, FAST));
    expect(err.code).toBe('FETCH_FAILED');
    expect(err.message).toMatch(/redirect loop/);
  });

  it('stops after the maximum number of redirects', async () => {
    const err = await failure(fetchPage(`${server.base}/chain0`, { ...FAST, maxRedirects: 5 }));
    expect(err.code).toBe('FETCH_FAILED');
    expect(err.message).toMatch(/more than 5 redirects/);
  });

  it('refuses a redirect to another scheme', async () => {
    expect((await failure(fetchPage(`${server.base}/to-ftp`, FAST))).code).toBe('UNSUPPORTED');
  });

  it('reports a 404 without retrying', async () => {
    const err = await failure(fetchPage(`${server.base}/gone`, FAST));
    expect(err.code).toBe('FETCH_FAILED');
    expect(err.message).toMatch(/HTTP 404/);
    expect(server.hits.get('/gone')).toBe(1);
  });

  it('retries a 500 and succeeds', async () => {
    const page = await fetchPage(`${server.base}/flaky`, FAST);
    expect(page.status).toBe(200);
    expect(server.hits.get('/flaky')).toBe(2);
  });

  it('gives up on a server that stays down', async () => {
    const err = await failure(fetchPage(`${server.base}/always-503`, { ...FAST, retries: 2 }));
    expect(err.code).toBe('FETCH_FAILED');
    expect(err.message).toMatch(/HTTP 503.*3 attempts/);
    expect(server.hits.get('/always-503')).toBe(3);
  });

  it('waits as long as Retry-After says on a 429', async () => {
    const t0 = Date.now();
    const page = await fetchPage(`${server.base}/limited`, FAST);
    expect(page.status).toBe(200);
    expect(Date.now() - t0).toBeGreaterThanOrEqual(950);
    expect(server.hits.get('/limited')).toBe(2);
  });

  it('fails at once when Retry-After is beyond the wait limit', async () => {
    // a wait limit far above any slowness of a loaded machine: waiting it out shows as 20 s, not as a few hundred ms
    const t0 = Date.now();
    const err = await failure(fetchPage(`${server.base}/limited-long`, { ...FAST, maxRetryWaitMs: 20_000 }));
    expect(err.code).toBe('FETCH_FAILED');
    expect(err.message).toMatch(/HTTP 429.*Retry-After 3600 s/);
    expect(server.hits.get('/limited-long')).toBe(1);
    expect(Date.now() - t0).toBeLessThan(20_000);
  });

  it('times out on a slow server', async () => {
    const err = await failure(fetchPage(`${server.base}/slow`, { ...FAST, timeoutMs: 200 }));
    expect(err.code).toBe('FETCH_FAILED');
    expect(err.message).toMatch(/timed out after 0.2 s/);
  });

  it('times out on a body that trickles in', async () => {
    const err = await failure(fetchPage(`${server.base}/slow-body`, { ...FAST, timeoutMs: 300 }));
    expect(err.code).toBe('FETCH_FAILED');
    expect(err.message).toMatch(/timed out/);
  });

  it('refuses a body over the size cap, declared or streamed', async () => {
    expect((await failure(fetchPage(`${server.base}/huge-declared`, { ...FAST, maxBytes: 20_000 }))).code).toBe('TOO_LARGE');
    expect((await failure(fetchPage(`${server.base}/huge-chunked`, { ...FAST, maxBytes: 20_000 }))).code).toBe('TOO_LARGE');
  });

  it('refuses a PDF, an image, and a PDF served as HTML', async () => {
    const pdf = await failure(fetchPage(`${server.base}/report.pdf`, FAST));
    expect(pdf.code).toBe('UNSUPPORTED');
    expect(pdf.message).toMatch(/application\/pdf/);
    expect((await failure(fetchPage(`${server.base}/photo`, FAST))).code).toBe('UNSUPPORTED');
    expect((await failure(fetchPage(`${server.base}/pdf-as-html`, FAST))).message).toMatch(/PDF/);
  });

  it('refuses other schemes and malformed URLs', async () => {
    expect((await failure(fetchPage('file:///etc/passwd', FAST))).code).toBe('UNSUPPORTED');
    expect((await failure(fetchPage('not a url', FAST))).code).toBe('UNSUPPORTED');
  });

  it('reports a refused connection', async () => {
    const closed = await startServer({});
    await closed.close();
    const err = await failure(fetchPage(`${closed.base}/x`, FAST));
    expect(err.code).toBe('FETCH_FAILED');
    expect(err.message).toMatch(/ECONNREFUSED/);
  });

  it('sends a clear User-Agent, default or given', async () => {
    expect(Buffer.from((await fetchPage(`${server.base}/ua`, FAST)).bytes).toString()).toMatch(/^newsfacts\//);
    expect(Buffer.from((await fetchPage(`${server.base}/ua`, { ...FAST, userAgent: 'tester/1' })).bytes).toString()).toBe('tester/1');
  });

  it('keeps at most perHostConcurrency requests in flight to one host', async () => {
    await Promise.all(Array.from({ length: 6 }, () => fetchPage(`${server.base}/busy/a`, { ...FAST, perHostConcurrency: 2 })));
    expect(server.hits.get('/busy/a')).toBe(6);
    expect(server.peak.get('busy')).toBe(2);
  });
});

describe('fetchPage fails at once on what would fail again', () => {
  const PATIENT: FetchOptions = { ...FAST, retries: 3 };

  it('does not retry response headers over the limit', async () => {
    const flood = await headerFlood();
    try {
      const err = await failure(fetchPage(`${flood.base}/x`, PATIENT));
      expect(err.code).toBe('FETCH_FAILED');
      expect(err.message).toMatch(/headers are over the size limit \(UND_ERR_HEADERS_OVERFLOW\)/);
      expect(err.message).not.toMatch(/attempts/);
      expect(flood.connections()).toBe(1);
    } finally {
      await flood.close();
    }
  });

  it('does not retry a body that is not the gzip it says it is', async () => {
    const err = await failure(fetchPage(`${server.base}/bad-gzip`, PATIENT));
    expect(err.code).toBe('FETCH_FAILED');
    expect(err.message).toMatch(/does not decode as its Content-Encoding says \(Z_DATA_ERROR/);
    expect(server.hits.get('/bad-gzip')).toBe(1);
  });

  it('refuses a port fetch never connects to, without retrying', async () => {
    const err = await failure(fetchPage('http://127.0.0.1:6000/', PATIENT));
    expect(err.code).toBe('UNSUPPORTED');
    expect(err.message).toMatch(/port 6000 .*bad port/);
    expect(err.message).not.toMatch(/attempts/);
  });

  it('does not retry a 401', async () => {
    expect((await failure(fetchPage(`${server.base}/unauthorised`, PATIENT))).message).toMatch(/HTTP 401/);
    expect(server.hits.get('/unauthorised')).toBe(1);
  });

  it('still retries a connection the server drops', async () => {
    const page = await fetchPage(`${server.base}/reset-once`, PATIENT);
    expect(Buffer.from(page.bytes).toString()).toBe('second time');
    expect(server.hits.get('/reset-once')).toBe(2);
  });

  it('caps a compressed body by its size once decoded', async () => {
    const err = await failure(fetchPage(`${server.base}/gzip-bomb`, { ...FAST, maxBytes: 20_000 }));
    expect(err.code).toBe('TOO_LARGE');
    expect(err.message).toMatch(/over the limit of 20000 bytes once decoded \(--max-bytes\)/);
  });
});

describe('fetchPage with credentials in the URL', () => {
  const basic = (pair: string) => `Basic ${Buffer.from(pair).toString('base64')}`;

  it('sends them as Basic authentication, decoded, and never shows them', async () => {
    const page = await fetchPage(`${server.base.replace('//', '//reader:p%40ss@')}/auth`, FAST);
    expect(Buffer.from(page.bytes).toString()).toBe(basic('reader:p@ss'));
    expect(page.url).toBe(`${server.base}/auth`);
  });

  it('keeps them along a redirect to the same origin, and drops them on the way to another', async () => {
    const here = await fetchPage(`${server.base.replace('//', '//reader:secret@')}/auth-here`, FAST);
    expect(Buffer.from(here.bytes).toString()).toBe(basic('reader:secret'));
    const away = await startServer({ '/away': (_q, res) => res.writeHead(302, { location: `${server.base}/auth` }).end() });
    try {
      const page = await fetchPage(`${away.base.replace('//', '//reader:secret@')}/away`, FAST);
      expect(Buffer.from(page.bytes).toString()).toBe('undefined');
    } finally {
      await away.close();
    }
  });

  it('names the URL without them when the fetch fails', async () => {
    const err = await failure(fetchPage(`${server.base.replace('//', '//reader:secret@')}/gone`, FAST));
    expect(err.message).toMatch(/HTTP 404/);
    expect(err.message).not.toMatch(/secret|reader/);
    expect((await failure(fetchPage('http://reader:secret@exa mple.org/', FAST))).message).toBe('not a valid URL: http://***@exa mple.org/');
  });
});

describe('fetchPage with a cache directory', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'newsfacts-cache-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('stores a page with its headers and answers the rerun from disk', async () => {
    const before = server.hits.get('/article') ?? 0;
    const first = await fetchPage(`${server.base}/moved`, { ...FAST, cacheDir: dir });
    expect(first.fromCache).toBe(false);
    const again = await fetchPage(`${server.base}/moved`, { ...FAST, cacheDir: dir });
    expect(again.fromCache).toBe(true);
    expect(again.url).toBe(`${server.base}/article`);
    expect(again.headers['x-edition']).toBe('north');
    expect(again.contentType).toBe('text/html; charset=utf-8');
    expect(Buffer.from(again.bytes).toString('utf8')).toBe(ARTICLE);
    expect(server.hits.get('/article')).toBe(before + 1);
    expect(readdirSync(dir).sort()).toHaveLength(2);
  });

  it('works offline once cached', async () => {
    const offline = await startServer({ '/p': (_q, res) => res.writeHead(200, { 'content-type': 'text/html' }).end(ARTICLE) });
    const url = `${offline.base}/p`;
    await fetchPage(url, { ...FAST, cacheDir: dir });
    await offline.close();
    const page = await fetchPage(url, { ...FAST, cacheDir: dir });
    expect(page.fromCache).toBe(true);
  });

  it('stores neither the credentials of a URL nor its page under the bare URL', async () => {
    const own = mkdtempSync(join(tmpdir(), 'newsfacts-cache-'));
    try {
      const secret = `${server.base.replace('//', '//reader:hunter2@')}/auth`;
      await fetchPage(secret, { ...FAST, cacheDir: own });
      const stored = readdirSync(own).map((f) => readFileSync(join(own, f), 'utf8')).join('\n');
      expect(stored).not.toMatch(/hunter2|reader/);
      expect((await fetchPage(secret, { ...FAST, cacheDir: own })).fromCache).toBe(true);
      expect((await fetchPage(`${server.base}/auth`, { ...FAST, cacheDir: own })).fromCache).toBe(false);
    } finally {
      rmSync(own, { recursive: true, force: true });
    }
  });

  it('does not cache failures', async () => {
    await failure(fetchPage(`${server.base}/gone`, { ...FAST, cacheDir: dir }));
    await failure(fetchPage(`${server.base}/gone`, { ...FAST, cacheDir: dir }));
    expect(readdirSync(dir).filter((f) => f.endsWith('.json'))).toHaveLength(2);
  });
});
