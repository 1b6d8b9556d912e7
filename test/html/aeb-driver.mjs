#!/usr/bin/env node
// Runs htmlToArticle over the aeb-dev pages (read in place, never copied) and writes the
// predictions file aeb-eval.mjs scores, plus speed and published-date coverage figures.
//   node test/html/aeb-driver.mjs DIST_DIR [DATA_DIR] [--out FILE]
// DIST_DIR is a compiled tree holding article/html.js (npm run build gives dist/).
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { pathToFileURL } from 'node:url';

const args = process.argv.slice(2);
const dist = path.resolve(args[0] ?? 'dist');
const dataDir = path.resolve(args[1] && !args[1].startsWith('--') ? args[1] : '../shared/data/aeb-dev');
const outAt = args.indexOf('--out');
const out = outAt >= 0 ? args[outAt + 1] : '/tmp/aeb-pred.json';
const { htmlToArticle } = await import(pathToFileURL(path.join(dist, 'article/html.js')).href);

const truth = JSON.parse(fs.readFileSync(path.join(dataDir, 'ground-truth.json'), 'utf8'));
const docs = Object.entries(truth).map(([id, t]) => ({
  id, url: t.url, html: zlib.gunzipSync(fs.readFileSync(path.join(dataDir, 'html', `${id}.html.gz`))).toString('utf8'),
}));

// A page "declares" a publication date when its markup names one in any of the usual places.
const DECLARES = /datePublished|published_time|pubdate|publish[-_]?date|<time[^>]+datetime|dc\.date|sailthru\.date|parsely-pub-date/i;
const pred = {};
let declared = 0, found = 0, foundDeclared = 0, failures = 0;
const missed = [];
const t0 = process.hrtime.bigint();
const cpu0 = process.cpuUsage();
for (const d of docs) {
  try {
    const a = htmlToArticle(d.html, { url: d.url, now: new Date() });
    pred[d.id] = { articleBody: a.text, published: a.published, title: a.title, author: a.author, url: a.url };
    if (a.published) found++;
    if (DECLARES.test(d.html)) { declared++; if (a.published) foundDeclared++; else missed.push(d.id); }
  } catch (e) {
    failures++;
    pred[d.id] = { articleBody: '' };
    if (DECLARES.test(d.html)) { declared++; missed.push(d.id); }
    console.error(`${d.id}: ${e.code ?? ''} ${e.message}`);
  }
}
const secs = Number(process.hrtime.bigint() - t0) / 1e9;
const cpu = process.cpuUsage(cpu0);
const cpuSecs = (cpu.user + cpu.system) / 1e6;
fs.writeFileSync(out, JSON.stringify(pred));
console.log(`${docs.length} pages in ${secs.toFixed(2)} s wall = ${(docs.length / secs).toFixed(1)} pages/s; ${cpuSecs.toFixed(2)} s CPU = ${(docs.length / cpuSecs).toFixed(1)} pages/CPU-s; failures ${failures}`);
console.log(`published: ${found}/${docs.length} pages; ${foundDeclared}/${declared} of pages declaring one = ${(100 * foundDeclared / declared).toFixed(1)}%`);
if (args.includes('--missed')) console.log('missed:', missed.join(' '));
