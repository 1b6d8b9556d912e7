#!/usr/bin/env node
// Benchmark of `newsfacts report` (docs/report.md): the report for 2,000 articles built from
// ../shared/data/polnear-train.jsonl (its 840 articles in turn, each with the publication day its
// id carries), written from the records `extract --include-text` made of them, so that the time is
// what the report costs beyond extraction; and the page's size.
//
//   node scripts/bench-report.mjs                      # 2,000 articles, 3 runs, medians
//   node scripts/bench-report.mjs --articles 500 --runs 5 --keep /tmp/report.html
//
// Bounds (issue 26): written in under 10 s beyond extraction, under 20 MB.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';

const root = new URL('..', import.meta.url).pathname;
const { values } = parseArgs({
  options: { articles: { type: 'string', default: '2000' }, runs: { type: 'string', default: '3' }, source: { type: 'string', default: '../shared/data/polnear-train.jsonl' }, keep: { type: 'string' } },
});
const nArticles = Number(values.articles);
const nRuns = Math.max(1, Number(values.runs));
const source = path.resolve(root, values.source);
const keep = values.keep;
const bin = path.join(root, 'bin/newsfacts');

if (!fs.existsSync(source)) {
  console.error(`bench-report: no article source at ${source} (the public data sets live in ../shared/data)`);
  process.exit(2);
}
const docs = fs.readFileSync(source, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l)).filter((d) => d.text);
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'newsfacts-bench-report-'));
const corpus = path.join(tmp, 'corpus.ndjson');
const records = path.join(tmp, 'records.ndjson');
const page = path.join(tmp, 'report.html');

const lines = [];
for (let i = 0; i < nArticles; i++) {
  const d = docs[i % docs.length];
  const round = Math.floor(i / docs.length);
  const published = /_(?<day>\d{4}-\d{2}-\d{2})_/.exec(d.id)?.groups.day;
  lines.push(JSON.stringify({ id: round ? `${d.id}#${round + 1}` : d.id, text: d.text, ...(published ? { published } : {}) }));
}
fs.writeFileSync(corpus, lines.join('\n') + '\n');

/** Runs the CLI; wall time and the CPU time (user + system) of the child, in seconds. */
function timed(cliArgs) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync('/usr/bin/time', ['-f', '%U %S %M', process.execPath, bin, ...cliArgs], { encoding: 'utf8', maxBuffer: 1 << 26 });
  const wall = Number(process.hrtime.bigint() - t0) / 1e9;
  const [user, sys, maxKb] = r.stderr.trim().split('\n').pop().split(' ').map(Number);
  if (r.status !== 0 && r.status !== 1) throw new Error(`newsfacts ${cliArgs.join(' ')} exited ${r.status}: ${r.stderr.slice(-2000)}`);
  return { wall, cpu: user + sys, rssMb: maxKb / 1024 };
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const fmt = (s) => `${s.toFixed(2)} s`;

try {
  const extract = timed(['extract', '--quiet', '--include-text', corpus, '-o', records]);
  console.log(`extract --include-text, ${nArticles} articles: ${fmt(extract.wall)} wall, ${fmt(extract.cpu)} CPU`);
  const runs = [];
  for (let i = 0; i < nRuns; i++) runs.push(timed(['report', '--quiet', records, '-o', page]));
  const size = fs.statSync(page).size;
  const wall = median(runs.map((r) => r.wall));
  const cpu = median(runs.map((r) => r.cpu));
  console.log(`report from the records (beyond extraction), median of ${nRuns}: ${fmt(wall)} wall, ${fmt(cpu)} CPU, peak RSS ${Math.round(median(runs.map((r) => r.rssMb)))} MB`);
  console.log(`page: ${(size / 1e6).toFixed(1)} MB`);
  console.log(`bounds: under 10 s beyond extraction ${wall < 10 ? 'PASS' : 'FAIL'}; under 20 MB ${size < 20e6 ? 'PASS' : 'FAIL'}`);
  if (keep) fs.copyFileSync(page, keep);
} finally {
  fs.rmSync(tmp, { recursive: true, force: true });
}
