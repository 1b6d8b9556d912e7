#!/usr/bin/env node
// The default concurrency against one thread: is `newsfacts extract` with its default -j ever
// slower than `-j 1` (issue 24)? Part of `npm run bench`; alone:
//
//   node scripts/concurrency.mjs                          # 200, 840, 2,000 and 20,000 articles
//   node scripts/concurrency.mjs --sizes 200,840 --runs 7 --bin /tmp/old/bin/newsfacts
//
// Each size is an NDJSON file of PolNeAR train texts (../shared/data, read at run time and never
// copied into the project; past its 840 texts they repeat under new ids). Runs of the two settings
// alternate (one-thread first, then the default, in pairs) because a shared machine's speed drifts
// within minutes; each line gives the median wall time and CPU time (user + system, every thread)
// of each setting and the median of the pairs' ratios of wall time.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const CONCURRENCY_SIZES = [200, 840, 2000, 20000];

const median = (xs) => {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/** The texts of the PolNeAR train set, in order. */
function polnearTexts(source) {
  if (!fs.existsSync(source)) throw new Error(`no article source at ${source} (the public data sets live in ../shared/data)`);
  return fs.readFileSync(source, 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line).text).filter(Boolean);
}

/** An NDJSON file of `n` articles, the texts repeated under new ids past the corpus's end. */
function writeCorpus(dir, texts, n) {
  const file = path.join(dir, `articles-${n}.ndjson`);
  const lines = [];
  for (let i = 0; i < n; i++) lines.push(JSON.stringify({ id: `a${i}`, text: texts[i % texts.length], published: '2016-10-01' }));
  fs.writeFileSync(file, lines.join('\n') + '\n');
  return file;
}

/** One run of the CLI under /usr/bin/time: wall and CPU seconds; the output is thrown away. */
function timedRun(bin, args) {
  return new Promise((resolve, reject) => {
    const child = spawn('/usr/bin/time', ['-f', 'TIMES %e %U %S', process.execPath, bin, ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => {
      const m = /TIMES (?<wall>[\d.]+) (?<user>[\d.]+) (?<sys>[\d.]+)/.exec(stderr);
      if (code !== 0 || !m) return reject(new Error(`newsfacts ${args.join(' ')} exited ${code}: ${stderr.slice(-500)}`));
      resolve({ wall: Number(m.groups.wall), cpu: Number(m.groups.user) + Number(m.groups.sys) });
    });
  });
}

/** One size's figures from its alternating runs (`one` at -j 1, `dflt` at the default, each { wall, cpu } in seconds). */
export function concurrencyRow(articles, one, dflt) {
  return {
    articles,
    pairs: one.length,
    oneThread: { wall: median(one.map((x) => x.wall)), cpu: median(one.map((x) => x.cpu)) },
    default: { wall: median(dflt.map((x) => x.wall)), cpu: median(dflt.map((x) => x.cpu)) },
    ratio: median(one.map((x, i) => dflt[i].wall / x.wall)),
    ratios: one.map((x, i) => +(dflt[i].wall / x.wall).toFixed(2)),
  };
}

/** The line a size gets; SLOWER marks a default more than 5 % slower than one thread (the noise of a shared machine). */
export function concurrencyLine(row) {
  const cpu = (x) => (x.cpu === undefined ? '' : ` (CPU ${x.cpu.toFixed(2)} s)`);
  return (
    `concurrency ${String(row.articles).padStart(6)} articles: -j 1 ${row.oneThread.wall.toFixed(2)} s${cpu(row.oneThread)}, ` +
    `default (-j ${os.availableParallelism()}) ${row.default.wall.toFixed(2)} s${cpu(row.default)}, ` +
    `default / -j 1 ${row.ratio.toFixed(2)} (median of ${row.pairs} alternating pairs: ${row.ratios.join(', ')})${row.ratio > 1.05 ? '  SLOWER' : ''}`
  );
}

/** Times `-j 1` against the default at each size; resolves with one row per size (and prints its line). */
export async function runConcurrency({ sizes = CONCURRENCY_SIZES, runs = 5, bin = path.join(root, 'bin/newsfacts'), source = path.resolve(root, '../shared/data/polnear-train.jsonl'), log = console.log } = {}) {
  const texts = polnearTexts(source);
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'newsfacts-concurrency-'));
  const rows = [];
  try {
    for (const n of sizes) {
      const corpus = writeCorpus(tmp, texts, n);
      // fewer pairs where one run takes a minute
      const pairs = n >= 10000 ? Math.max(1, Math.ceil(runs / 3)) : runs;
      const one = [];
      const dflt = [];
      for (let r = 0; r < pairs; r++) {
        one.push(await timedRun(bin, ['extract', '--quiet', '-j', '1', corpus]));
        dflt.push(await timedRun(bin, ['extract', '--quiet', corpus]));
      }
      const row = concurrencyRow(n, one, dflt);
      rows.push(row);
      log(concurrencyLine(row));
    }
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
  return rows;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const opt = (name, dflt) => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : dflt;
  };
  const sizes = opt('--sizes', CONCURRENCY_SIZES.join(',')).split(',').map(Number);
  const bin = opt('--bin', undefined);
  await runConcurrency({ sizes, runs: Number(opt('--runs', 5)), ...(bin ? { bin: path.resolve(bin) } : {}) });
}
