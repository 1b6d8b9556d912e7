#!/usr/bin/env node
// Benchmark: throughput, scaling, memory and latency of newsfacts, in one run on this machine.
//
//   npm run bench                          # 20,000 articles built from ../shared/data/polnear-train.jsonl
//   npm run bench -- --articles 2000 --json bench.json
//   npm run bench -- --runs 5              # CLI runs repeated (3 by default), medians
//   npm run bench -- --scaling-quick       # the scaling part at 0.25-1 MB (--no-scaling: without it)
//   npm run bench -- --no-concurrency      # without the default against -j 1 at 200, 840, 2,000 articles
//   node scripts/concurrency.mjs           # that part alone (200, 840, 2,000 and 20,000 articles)
//
// The corpus is built at run time from the public article texts in ../shared/data (never copied
// into the project). Reports, in one run: the full pipeline on one thread and on all cores,
// a bare compromise nlp(text) on one core over the same texts, run right before each one-thread run
// (the ratio is the figure that counts: the median of those pairs), each extraction stage alone, peak RSS of the CLI over the whole corpus, and the time
// to the first record for a single article. Medians of repeated runs where a run is short. Last, the
// scaling benchmark (scripts/scaling.mjs): one article of each adversarial input at 1, 2 and 4 MB,
// and a real one at 8 and 32 MB, with a pass/fail line for each bound.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : dflt;
};
const nArticles = Number(opt('--articles', 20000));
const source = path.resolve(root, opt('--source', '../shared/data/polnear-train.jsonl'));
const jsonOut = opt('--json', null);
const nRuns = Math.max(1, Number(opt('--runs', 3)));
const cores = os.availableParallelism();

if (!fs.existsSync(source)) {
  console.error(`bench: no article source at ${source} (the public data sets live in ../shared/data)`);
  process.exit(2);
}
const texts = fs.readFileSync(source, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l).text).filter(Boolean);
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'newsfacts-bench-'));
const corpus = path.join(tmp, 'corpus.ndjson');
{
  const fd = fs.openSync(corpus, 'w');
  for (let i = 0; i < nArticles; i++) fs.writeSync(fd, JSON.stringify({ id: `a${i}`, text: texts[i % texts.length], published: '2016-10-01' }) + '\n');
  fs.closeSync(fd);
}
let corpusChars = 0;
for (let i = 0; i < nArticles; i++) corpusChars += texts[i % texts.length].length;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const bin = path.join(root, 'bin/newsfacts');

/** Runs the CLI over a file, output discarded; returns seconds and the peak RSS (VmHWM) seen. */
function runCli(cliArgs) {
  return new Promise((resolve, reject) => {
    const t0 = process.hrtime.bigint();
    const child = spawn(process.execPath, [bin, ...cliArgs], { stdio: ['ignore', 'ignore', 'pipe'] });
    let peakKb = 0;
    let stderr = '';
    const poll = setInterval(() => {
      try {
        const m = /VmHWM:\s+(?<kb>\d+)/.exec(fs.readFileSync(`/proc/${child.pid}/status`, 'utf8'));
        if (m) peakKb = Math.max(peakKb, Number(m.groups.kb));
      } catch { /* exited */ }
    }, 50);
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => {
      clearInterval(poll);
      const secs = Number(process.hrtime.bigint() - t0) / 1e9;
      if (code !== 0) return reject(new Error(`newsfacts exited ${code}: ${stderr.slice(0, 500)}`));
      resolve({ secs, peakMb: peakKb / 1024 });
    });
  });
}

/** User and system CPU of this process's waited-for children, in ms (from /proc: Linux only). */
function childrenCpuMs() {
  try {
    const fields = fs.readFileSync('/proc/self/stat', 'utf8').split(') ')[1].split(' ');
    return (Number(fields[13]) + Number(fields[14])) * 10; // cutime and cstime, in ticks of 10 ms
  } catch {
    return undefined;
  }
}

/**
 * Milliseconds from spawning the CLI on one article to its first record on stdout, and the CPU time
 * of the whole run (less sensitive to the load of a shared machine than the wall time).
 */
function firstRecordMs(file) {
  return new Promise((resolve, reject) => {
    const cpu0 = childrenCpuMs();
    const t0 = process.hrtime.bigint();
    const child = spawn(process.execPath, [bin, 'extract', file], { stdio: ['ignore', 'pipe', 'ignore'] });
    let first;
    child.stdout.on('data', (d) => {
      if (first === undefined && d.includes('\n')) first = Number(process.hrtime.bigint() - t0) / 1e6;
    });
    child.on('error', reject);
    child.on('close', () => (first === undefined ? reject(new Error('no record')) : resolve({ first, cpu: cpu0 === undefined ? undefined : childrenCpuMs() - cpu0 })));
  });
}

const rows = [];
const row = (name, secs, chars, articles, extra = {}) => {
  const r = { name, seconds: +secs.toFixed(3), charsPerSec: Math.round(chars / secs), articlesPerSec: +(articles / secs).toFixed(1), ...extra };
  rows.push(r);
  return r;
};

console.error(`bench: ${nArticles} articles, ${(corpusChars / 1e6).toFixed(1)} M chars, ${cores} cores`);

// 1. Bare compromise on one core, over a sample long enough to time (it is the slow reference), in a
// process of its own (scripts/bench-nlp.mjs), right before each one-thread run of the CLI (3.): the
// load of a shared machine moves within minutes, and a ratio is fair only between two runs made
// one after the other. Its row, printed first, is the median of those runs.
function nlpReference() {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(root, 'scripts/bench-nlp.mjs'), source, '150'], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve(JSON.parse(out)) : reject(new Error(`bench-nlp.mjs exited ${code}`))));
  });
}

// 2. Each extraction stage alone, in this process (includes the Document every stage needs).
const { extractRecord } = await import(path.join(root, 'dist/pipeline.js'));
{
  const sample = texts.slice(0, Math.min(400, texts.length));
  const chars = sample.reduce((s, t) => s + t.length, 0);
  const kinds = ['regions', 'organizations', 'officials', 'dates', 'counts', 'quotes'];
  for (const kind of [...kinds, 'all']) {
    const types = kind === 'all' ? kinds : [kind];
    const runs = [];
    for (let rep = 0; rep < 3; rep++) {
      const t0 = process.hrtime.bigint();
      sample.forEach((text, i) => extractRecord({ id: `s${i}`, source: { kind: 'stdin' }, text, published: '2016-10-01' }, { types, includeText: false }));
      runs.push(Number(process.hrtime.bigint() - t0) / 1e9);
    }
    row(`stage ${kind} alone (with what it needs), in-process`, median(runs), chars, sample.length);
  }
}

// 2b. Web pages to article text (the HTML stage alone), on one core, over the aeb-dev pages.
{
  const aeb = path.resolve(root, opt('--html', '../shared/data/aeb-dev'));
  if (fs.existsSync(path.join(aeb, 'ground-truth.json'))) {
    const zlib = await import('node:zlib');
    const truth = JSON.parse(fs.readFileSync(path.join(aeb, 'ground-truth.json'), 'utf8'));
    const pages = Object.entries(truth).map(([id, t]) => ({
      url: t.url,
      html: zlib.gunzipSync(fs.readFileSync(path.join(aeb, 'html', `${id}.html.gz`))).toString('utf8'),
    }));
    const { htmlToArticle } = await import(path.join(root, 'dist/article/html.js'));
    const once = () => {
      for (const p of pages) {
        try {
          htmlToArticle(p.html, { url: p.url });
        } catch { /* a page without an article is an answer too */ }
      }
    };
    once(); // warm-up
    const runs = [];
    for (let rep = 0; rep < 3; rep++) {
      const t0 = process.hrtime.bigint();
      once();
      runs.push(Number(process.hrtime.bigint() - t0) / 1e9);
    }
    row('stage html → article (aeb-dev pages), in-process', median(runs), pages.reduce((s, p) => s + p.html.length, 0), pages.length);
  }
}

// 3. The CLI over the whole corpus: one thread (-j 1), then all cores (-j cores: the main thread and
// cores - 1 workers); peak RSS of each run.
// Each CLI run is repeated (--runs N), in pairs of one thread then all cores, and the median time
// and the highest peak RSS are reported. Scaling is the median of the pairs' ratios, since shared
// machines drift: a ratio is fair only between two runs made one after the other (docs/runtime.md).
const cliRuns = [];
const nlpRuns = [];
for (let r = 0; r < nRuns; r++) {
  nlpRuns.push(await nlpReference());
  cliRuns.push([await runCli(['extract', '--quiet', '--concurrency', '1', corpus]), await runCli(['extract', '--quiet', '--concurrency', String(cores), corpus])]);
}
const nlpRow = row('compromise nlp(text), 1 core', median(nlpRuns.map((x) => x.secs)), nlpRuns[0].chars, nlpRuns[0].texts, { runs: nlpRuns.map((x) => +x.secs.toFixed(2)) });
rows.unshift(rows.pop()); // the reference's row first, as before
const summarise = (runs) => ({ secs: median(runs.map((x) => x.secs)), peakMb: Math.max(...runs.map((x) => x.peakMb)), all: runs.map((x) => +x.secs.toFixed(2)) });
const one = summarise(cliRuns.map((x) => x[0]));
const all = summarise(cliRuns.map((x) => x[1]));
const oneRow = row('newsfacts extract, 1 thread', one.secs, corpusChars, nArticles, { peakRssMb: Math.round(one.peakMb), runs: one.all });
const allRow = row(`newsfacts extract, ${cores} threads`, all.secs, corpusChars, nArticles, { peakRssMb: Math.round(all.peakMb), runs: all.all });

// 3b. The default concurrency against one thread at each size (scripts/concurrency.mjs): the
// sizes below the corpus's in runs of their own, the corpus's own from the pairs above.
let concurrency;
if (!args.includes('--no-concurrency')) {
  const { CONCURRENCY_SIZES, concurrencyLine, concurrencyRow, runConcurrency } = await import('./concurrency.mjs');
  const log = (line) => console.error(line);
  concurrency = await runConcurrency({ sizes: CONCURRENCY_SIZES.filter((n) => n < nArticles), runs: nRuns, source, log });
  const asRun = (x) => ({ wall: x.secs });
  concurrency.push(concurrencyRow(nArticles, cliRuns.map((x) => asRun(x[0])), cliRuns.map((x) => asRun(x[1]))));
  log(concurrencyLine(concurrency.at(-1)));
}

// 4. Time to the first record for a single article (median of 7 runs).
const single = path.join(tmp, 'one.txt');
fs.writeFileSync(single, texts[0]);
const latencies = [];
for (let i = 0; i < 7; i++) latencies.push(await firstRecordMs(single));
const firstCpus = latencies.map((x) => x.cpu).filter((x) => x !== undefined);

// the pipeline's characters a second over the reference's, in each pair of runs made one after the other
const charsPerSec = (chars, secs) => chars / secs;
const pairRatios = cliRuns.map(([oneThread], r) => charsPerSec(corpusChars, oneThread.secs) / charsPerSec(nlpRuns[r].chars, nlpRuns[r].secs));
const warmRatios = cliRuns.map(([oneThread], r) => charsPerSec(corpusChars, oneThread.secs) / charsPerSec(nlpRuns[r].chars, nlpRuns[r].warmSecs));
const summary = {
  articles: nArticles,
  chars: corpusChars,
  cores,
  pipelineVsNlp: +median(pairRatios).toFixed(2),
  pipelineVsNlpPairs: pairRatios.map((x) => +x.toFixed(2)),
  pipelineVsWarmNlp: +median(warmRatios).toFixed(2),
  pipelineVsNlpOfMedians: +(oneRow.charsPerSec / nlpRow.charsPerSec).toFixed(2),
  scaling: +median(cliRuns.map(([a, b]) => a.secs / b.secs)).toFixed(2),
  scalingPairs: cliRuns.map(([a, b]) => +(a.secs / b.secs).toFixed(2)),
  scalingOfMedians: +(allRow.charsPerSec / oneRow.charsPerSec).toFixed(2),
  peakRssMb: Math.max(oneRow.peakRssMb, allRow.peakRssMb),
  firstRecordMs: Math.round(median(latencies.map((x) => x.first))),
  firstRecordCpuMs: firstCpus.length ? median(firstCpus) : undefined,
};

const pad = (s, n) => String(s).padEnd(n);
const lpad = (s, n) => String(s).padStart(n);
console.log(`\n${pad('run', 52)} ${lpad('seconds', 9)} ${lpad('k chars/s', 10)} ${lpad('articles/s', 11)} ${lpad('peak RSS MB', 12)}`);
for (const r of rows) {
  console.log(`${pad(r.name, 52)} ${lpad(r.seconds.toFixed(2), 9)} ${lpad(Math.round(r.charsPerSec / 1000), 10)} ${lpad(r.articlesPerSec, 11)} ${lpad(r.peakRssMb ?? '', 12)}`);
}
if (concurrency) {
  const { concurrencyLine } = await import('./concurrency.mjs');
  console.log('');
  for (const r of concurrency) console.log(concurrencyLine(r));
}
console.log(`\npipeline (1 thread) / bare nlp(text): ${summary.pipelineVsNlp}x (pairs ${summary.pipelineVsNlpPairs.join(', ')}; ` +
  `ratio of median times ${summary.pipelineVsNlpOfMedians}x; against nlp's second pass over its texts ${summary.pipelineVsWarmNlp}x)   ${cores} threads / 1 thread: ${summary.scaling}x ` +
  `(pairs ${summary.scalingPairs.join(', ')}; ratio of median times ${summary.scalingOfMedians}x)   ` +
  `peak RSS: ${summary.peakRssMb} MB   first record: ${summary.firstRecordMs} ms (median of 7${summary.firstRecordCpuMs === undefined ? '' : `; CPU of the run ${summary.firstRecordCpuMs} ms`})`);
fs.rmSync(tmp, { recursive: true, force: true });

// 5. Time linear in input: each adversarial input and real text at three sizes (docs/runtime.md).
let scaling;
if (!args.includes('--no-scaling')) {
  const { runScaling } = await import('./scaling.mjs');
  const result = await runScaling({ quick: args.includes('--scaling-quick') });
  scaling = { passed: result.passed, rows: result.rows };
  if (!result.passed) process.exitCode = 1;
}
if (jsonOut) fs.writeFileSync(jsonOut, JSON.stringify({ summary, rows, concurrency, scaling }, null, 2) + '\n');
