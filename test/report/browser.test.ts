// The report in a real browser: headless Chromium (Debian's package, at /usr/bin/chromium, or
// CHROMIUM_PATH) opens the seeds' report from file:// with every other request blocked, finds the
// timeline, the map and the marked text, and saves test-output/report.png. Without Chromium the
// test is skipped with a note, except on CI (CI=true), where .ci/run installs it and its absence fails.
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import puppeteer from 'puppeteer-core';
import { runReport } from '../../src/report/command.js';
import { ROOT } from '../helpers/cli.js';
import { textSink as sink } from '../helpers/text-sink.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const OUT = path.join(ROOT, 'test-output');
const present = fs.existsSync(CHROMIUM);
const onCi = process.env.CI === 'true';

if (!present && !onCi) console.warn(`browser test skipped: no Chromium at ${CHROMIUM} (apt-get install chromium, or set CHROMIUM_PATH)`);

describe('the report in a browser', () => {
  (present || onCi ? it : it.skip)('opens offline, shows the timeline, the map and an article with its facts marked', async () => {
    if (!present) throw new Error(`no Chromium at ${CHROMIUM}: on CI, .ci/run installs Debian's chromium`);
    fs.mkdirSync(OUT, { recursive: true });
    const file = path.join(OUT, 'report.html');
    // named from the repository's root, as a user in it would, so the list shows fixtures/…
    const fixtures = path.relative(process.cwd(), path.join(ROOT, 'fixtures')) || '.';
    const code = await runReport([fixtures], { quiet: true, concurrency: 1, output: file, published: '2024-03-12' }, { stdout: sink(), stderr: sink() });
    expect(code).toBe(0);
    const asRoot = process.getuid?.() === 0;
    const browser = await puppeteer.launch({ executablePath: CHROMIUM, args: asRoot ? ['--no-sandbox'] : [] });
    try {
      const page = await browser.newPage();
      const blocked: string[] = [];
      const errors: string[] = [];
      await page.setRequestInterception(true);
      page.on('request', (request) => {
        const url = request.url();
        if (url.startsWith('file:') || url.startsWith('data:')) void request.continue();
        else {
          blocked.push(url);
          void request.abort();
        }
      });
      page.on('pageerror', (err) => errors.push(String(err)));
      await page.setViewport({ width: 1400, height: 900 });
      await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
      expect(await page.$$eval('#timeline-claims svg rect', (rects) => rects.length)).toBeGreaterThan(0);
      expect(await page.$$eval('#map-chart svg circle', (circles) => circles.length)).toBeGreaterThan(0);
      await page.click('#article-list tbody tr[data-i="1"]');
      await page.waitForSelector('#article-view mark');
      const marks = await page.$$eval('#article-view mark', (ms) => ms.map((m) => ({ kind: m.className, title: m.getAttribute('title') })));
      expect(marks.length).toBeGreaterThan(5);
      expect(new Set(marks.map((m) => m.kind)).size).toBeGreaterThan(3);
      expect(marks.every((m) => m.title)).toBe(true);
      await page.click('table.people details summary');
      await page.waitForSelector('table.people ul.quotes li');
      await page.screenshot({ path: path.join(OUT, 'report.png'), fullPage: true });
      expect(errors).toEqual([]);
      expect(blocked).toEqual([]);
    } finally {
      await browser.close();
    }
  }, 60_000);
});
