#!/usr/bin/env node
// Speed of the dates stage alone (no other extractor, no I/O), on one core.
//   npm run build && node scripts/bench-dates.mjs [FILE.jsonl] [--reps N] [--dist DIR]
// FILE lines are {text, published|dct}; default: ../shared/data/timebank-dev.jsonl.
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const args = process.argv.slice(2);
const opt = (name, dflt) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : dflt; };
const file = args.find((a, i) => !a.startsWith('--') && !(i > 0 && args[i - 1].startsWith('--'))) ?? '../shared/data/timebank-dev.jsonl';
const reps = Number(opt('--reps', 5));
const dist = path.resolve(opt('--dist', 'dist'));
const { Document } = await import(pathToFileURL(path.join(dist, 'document/document.js')).href);
const { datesExtractor } = await import(pathToFileURL(path.join(dist, 'extractors/dates/index.js')).href);

const rows = fs.readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
const docs = rows.map((r) => new Document(r.text, { published: r.published ?? r.dct }));
const chars = rows.reduce((s, r) => s + r.text.length, 0);
const ctx = { results: {} };
let items = 0;
for (const d of docs) items += datesExtractor.extract(d, ctx).length; // warm-up pass
const t0 = process.hrtime.bigint();
for (let r = 0; r < reps; r++) for (const d of docs) datesExtractor.extract(d, ctx);
const secs = Number(process.hrtime.bigint() - t0) / 1e9;
console.log(`dates stage: ${docs.length} docs, ${(chars / 1e6).toFixed(2)} MB x ${reps} in ${secs.toFixed(2)} s = ` +
  `${(chars * reps / secs / 1e6).toFixed(2)} MB/s (${items} items a pass)`);

// Pathological input: a 200 KB line dense with dates, and a 200 KB digit run. Both must stay linear.
for (const [label, unit] of [['dense-date line', 'October 8 between 2:00 and 5:00 pm on Monday, '], ['digit run', '1']]) {
  const text = unit.repeat(Math.ceil(200_000 / unit.length));
  const doc = new Document(text, { published: '2025-10-10' });
  const t1 = process.hrtime.bigint();
  const n = datesExtractor.extract(doc, ctx).length;
  const s = Number(process.hrtime.bigint() - t1) / 1e9;
  console.log(`${label}: ${(text.length / 1e3).toFixed(0)} KB in ${s.toFixed(2)} s (${n} items)`);
}
