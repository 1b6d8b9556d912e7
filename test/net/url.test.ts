import { readFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import { htmlToArticle } from '../../src/article/html.js';
import { Readable } from 'node:stream';
import { InputError } from '../../src/errors.js';
import { expandInputs } from '../../src/sources/inputs.js';
import { readUrlList, urlInput } from '../../src/sources/url.js';
import { startServer, type TestServer } from './server.js';

const fixture = (name: string): string => readFileSync(`test/fixtures/html/${name}`, 'utf8');
const FETCH = { timeoutMs: 10_000, retries: 1, retryBaseMs: 5, maxRetryWaitMs: 500 };
/** For the slow page alone: the other pages get FETCH's time, which a loaded machine may need for a local request. */
const IMPATIENT = { ...FETCH, timeoutMs: 300 };

let server: TestServer;
beforeAll(async () => {
  server = await startServer({
    '/news': (_q, res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(readFileSync('fixtures/html/storm-closes-pass.html', 'utf8')),
    '/ru': (_q, res) => res.writeHead(200, { 'content-type': 'text/html' }).end(iconv.encode(fixture('russian-1251.html'), 'windows-1251')),
    '/sections': (_q, res) => res.writeHead(200, { 'content-type': 'text/html' }).end(fixture('no-article.html')),
    '/notes.txt': (_q, res) => res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' }).end('Line one.\nLine two.'),
    '/old': (_q, res) => res.writeHead(301, { location: '/news' }).end(),
    '/slow': (_q, res) => {
      const t = setTimeout(() => res.end('late'), 1000);
      res.on('close', () => clearTimeout(t));
    },
    '/file.pdf': (_q, res) => res.writeHead(200, { 'content-type': 'application/pdf' }).end('%PDF-1.5'),
    '/long': (_q, res) => res.writeHead(200, { 'content-type': 'text/plain' }).end('word '.repeat(1000)),
  });
});
afterAll(() => server.close());

describe('urlInput', () => {
  it('describes the input before reading it', () => {
    const item = urlInput('https://example.org/a', FETCH);
    expect(item.id).toBe('https://example.org/a');
    expect(item.source).toEqual({ kind: 'url', url: 'https://example.org/a' });
  });

  it('reads a page as HTML with its final URL', async () => {
    const raw = await urlInput(`${server.base}/old`, FETCH).read();
    expect(raw.format).toBe('html');
    expect(raw.url).toBe(`${server.base}/news`);
    expect(raw.content).toContain('Hollow Ridge pass');
  });

  it('decodes a windows-1251 page served without a charset', async () => {
    const raw = await urlInput(`${server.base}/ru`, FETCH).read();
    const article = htmlToArticle(raw.content, { url: raw.url! });
    expect(article.text).toMatch(/^Ночью над областью силы противовоздушной обороны/);
  });

  it('hands a text/plain page on as text', async () => {
    const raw = await urlInput(`${server.base}/notes.txt`, FETCH).read();
    expect(raw).toEqual({ format: 'text', content: 'Line one.\nLine two.', url: `${server.base}/notes.txt` });
  });

  it('rejects schemes other than http and https when read', async () => {
    await expect(urlInput('ftp://example.org/file', FETCH).read()).rejects.toMatchObject({ code: 'UNSUPPORTED' });
    await expect(urlInput('javascript:alert(1)', FETCH).read()).rejects.toMatchObject({ code: 'UNSUPPORTED' });
  });

  it('lets every input of a batch fail or succeed on its own', async () => {
    const urls = ['/news', '/missing', '/slow', '/file.pdf', '/sections', '/ru'].map((p) => `${server.base}${p}`);
    const outcomes = await Promise.all(
      urls.map(async (url) => {
        try {
          const raw = await urlInput(url, url.endsWith('/slow') ? IMPATIENT : FETCH).read();
          return htmlToArticle(raw.content, { url: raw.url! }).text.slice(0, 10);
        } catch (err) {
          expect(err).toBeInstanceOf(InputError);
          return (err as InputError).code;
        }
      }),
    );
    expect(outcomes).toEqual(['The region', 'FETCH_FAILED', 'FETCH_FAILED', 'UNSUPPORTED', 'NO_CONTENT', 'Ночью над ']);
  });
});

describe('a URL with credentials', () => {
  it('is named without them, in the id and the source', () => {
    const item = urlInput('https://reader:secret@example.org/a?x=1#top', FETCH);
    expect(item.id).toBe('https://***@example.org/a?x=1#top');
    expect(item.source).toEqual({ kind: 'url', url: 'https://***@example.org/a?x=1#top' });
    expect(urlInput('HTTP://token@Example.org/@home', FETCH).id).toBe('HTTP://***@Example.org/@home');
    expect(urlInput('https://example.org/a@b?c=d@e', FETCH).id).toBe('https://example.org/a@b?c=d@e');
  });

  it('is fetched with them and read, its final URL without them', async () => {
    const raw = await urlInput(`${server.base.replace('//', '//reader:secret@')}/notes.txt`, FETCH).read();
    expect(raw).toEqual({ format: 'text', content: 'Line one.\nLine two.', url: `${server.base}/notes.txt` });
  });
});

describe('expandInputs', () => {
  const inputs = async (args: string[], urls: string[], maxBytes: number) => {
    const items = [];
    for await (const item of expandInputs(args, urls, Readable.from([]), { format: 'auto', maxBytes, notify: () => undefined, url: FETCH })) items.push(item);
    return items;
  };

  it('caps a URL body at --max-bytes, as a file, with the same error code', async () => {
    const [named, listed] = await inputs([`${server.base}/long`], [`${server.base}/long`], 4000);
    await expect(named!.read()).rejects.toMatchObject({ code: 'TOO_LARGE', message: expect.stringMatching(/--max-bytes/) });
    await expect(listed!.read()).rejects.toMatchObject({ code: 'TOO_LARGE' });
    const [roomy] = await inputs([`${server.base}/long`], [], 5000);
    expect((await roomy!.read()).content).toHaveLength(5000);
  });
});

describe('readUrlList', () => {
  it('reads one URL a line, skipping comments, blanks and duplicates in order', () => {
    const list = '\uFEFF# morning list\nhttps://a.example/1\n\n  https://b.example/2  # the regional one\nhttps://a.example/1\r\nhttps://c.example/page#section\n   # indented comment\n';
    expect(readUrlList(list)).toEqual(['https://a.example/1', 'https://b.example/2', 'https://c.example/page#section']);
  });

  it('drops a URL that names the same page as an earlier one, keeping the first as written', () => {
    const list = [
      'https://a.example/news/1',
      'HTTPS://A.EXAMPLE:443/news/./1#comments',
      'https://a.example/news/x/../1',
      'http://a.example/news/1',
      'https://a.example/%7euser/caf%c3%a9',
      'https://a.example/~user/caf%C3%A9',
      'https://a.example/q?x=%2f',
      'https://a.example/q?x=%2F',
      'https://a.example/q?x=/',
    ].join('\n');
    expect(readUrlList(list)).toEqual(['https://a.example/news/1', 'http://a.example/news/1', 'https://a.example/%7euser/caf%c3%a9', 'https://a.example/q?x=%2f', 'https://a.example/q?x=/']);
  });

  it('returns nothing for an empty list', () => {
    expect(readUrlList('')).toEqual([]);
    expect(readUrlList('# only a comment\n\n')).toEqual([]);
  });
});
