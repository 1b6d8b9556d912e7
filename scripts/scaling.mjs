#!/usr/bin/env node
// Scaling benchmark: does 4× the input take at most about 4× as long (README, "Limits")?
//
//   node scripts/scaling.mjs                 # every input at 1, 2 and 4 MB; real text at 8 and 32 MB
//   node scripts/scaling.mjs --quick         # 0.25, 0.5 and 1 MB; real text at 2 and 8 MB
//   node scripts/scaling.mjs --only 'place list,nested HTML' --runs 3 --json scaling.json
//
// Each input (scripts/scaling-inputs.mjs) is extracted at each size in a child process of its own,
// so every size starts with clean memory: the child reads the file, warms up on its first 20 K
// characters, then times the article (HTML to text, extraction, the record as JSON) in CPU time
// (user + system, every thread) and wall time. The big real articles run through bin/newsfacts
// itself, as a user runs them, timed and measured (peak RSS) by /usr/bin/time.
// Bounds: the largest size at most 5× the time of the smallest (4× the input), and the 32 MB real
// article at most 4× the time of the 8 MB one, under 1.5 GB peak RSS. Exit 1 when a bound fails.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { realText, realTexts, scalingInputs } from './scaling-inputs.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const MB = 1 << 20;
const WARM_UP_CHARS = 20_000;

/** Child mode: extracts one file in this process and prints its timings as JSON. */
async function timeOneArticle(file, format) {
  const dist = (rel) => pathToFileURL(path.join(root, 'dist', rel)).href;
  const { toArticle } = await import(dist('article/from-input.js'));
  const { extractRecord } = await import(dist('pipeline.js'));
  const content = fs.readFileSync(file, 'utf8');
  const item = { id: 'scaling', source: { kind: 'file', path: file } };
  const published = '2024-10-08';
  const once = async (text) => {
    try {
      const article = await toArticle(item, { content: text, format }, { published, now: new Date('2024-10-09') });
      const record = extractRecord(article);
      return { json: JSON.stringify(record), record };
    } catch (err) {
      return { json: '', error: err.code ?? err.message };
    }
  };
  await once(content.slice(0, WARM_UP_CHARS));
  const cpu0 = process.cpuUsage();
  const t0 = process.hrtime.bigint();
  const { json, record, error } = await once(content);
  const wallMs = Number(process.hrtime.bigint() - t0) / 1e6;
  const cpu = process.cpuUsage(cpu0);
  const items = record ? ['officials', 'regions', 'dates', 'counts', 'quotes', 'organizations'].reduce((n, k) => n + (record[k]?.length ?? 0), 0) : 0;
  const maxRssMb = process.resourceUsage().maxRSS / 1024;
  process.stdout.write(JSON.stringify({ wallMs, cpuMs: (cpu.user + cpu.system) / 1000, maxRssMb, items, outputChars: json.length, error }) + '\n');
}

/** Runs the child on one input file; `undefined` when it ran past the timeout or failed. */
function timeInChild(file, format, timeoutS) {
  const run = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--child', file, format], {
    encoding: 'utf8', timeout: timeoutS * 1000, maxBuffer: 1 << 24,
  });
  if (run.status !== 0) return { failed: run.signal ? `> ${timeoutS} s` : `exit ${run.status}: ${run.stderr.slice(0, 300)}` };
  return JSON.parse(run.stdout.trim().split('\n').pop());
}

/** bin/newsfacts on one file, under /usr/bin/time: wall and CPU seconds, peak RSS. */
function timeCli(file, tmp, timeoutS) {
  const out = path.join(tmp, 'out.ndjson');
  const maxBytes = `${Math.ceil(fs.statSync(file).size / MB) + 8}M`;
  const run = spawnSync('/usr/bin/time', ['-f', 'TIME %e %U %S %M', process.execPath, path.join(root, 'bin/newsfacts'),
    'extract', '-q', '-j', '1', '--max-bytes', maxBytes, '-o', out, file], { encoding: 'utf8', timeout: timeoutS * 1000 });
  const m = /TIME (?<wall>[\d.]+) (?<user>[\d.]+) (?<sys>[\d.]+) (?<kb>\d+)/.exec(run.stderr ?? '');
  if (run.status !== 0 || !m) return { failed: run.signal ? `> ${timeoutS} s` : `exit ${run.status}: ${(run.stderr ?? '').slice(0, 300)}` };
  const record = JSON.parse(fs.readFileSync(out, 'utf8').split('\n')[0]);
  if (record.error) return { failed: `${record.error.code}` };
  return { wallMs: Number(m.groups.wall) * 1000, cpuMs: (Number(m.groups.user) + Number(m.groups.sys)) * 1000, maxRssMb: Number(m.groups.kb) / 1024 };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** The median of `runs` timings (each a fresh child); the first failure ends the series. */
function repeat(runs, timeOnce) {
  const results = [];
  for (let i = 0; i < runs; i++) {
    const r = timeOnce();
    if (r.failed) return r;
    results.push(r);
  }
  return { ...results[0], cpuMs: median(results.map((r) => r.cpuMs)), wallMs: median(results.map((r) => r.wallMs)), maxRssMb: Math.max(...results.map((r) => r.maxRssMb)) };
}

const seconds = (r) => (r.failed ? r.failed : (r.cpuMs / 1000).toFixed(2));

/**
 * Times every input at each size and the big real articles; prints a table and a pass/fail line per
 * bound; returns { rows, passed }. `only` limits the inputs by name.
 */
export async function runScaling({ quick = false, runs = 1, only, timeoutS = 240, log = console.log } = {}) {
  const sizes = quick ? [0.25, 0.5, 1] : [1, 2, 4];
  const bigSizes = quick ? [2, 8] : [8, 32];
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'newsfacts-scaling-'));
  const inputs = Object.entries(scalingInputs(root)).filter(([name]) => !only || only.includes(name));
  const rows = [];
  const label = (mb) => `${mb} MB`;
  log(`\nscaling: CPU seconds (user + system) to extract one article of each size; bound: ${label(sizes[2])} ≤ 5 × ${label(sizes[0])}`);
  log(`${'input'.padEnd(28)} ${sizes.map((s) => label(s).padStart(10)).join(' ')} ${'ratio'.padStart(7)} ${'items'.padStart(8)}  result`);
  try {
    for (const [name, input] of inputs) {
      const timings = sizes.map((mb) => {
        const file = path.join(tmp, input.format === 'html' ? 'input.html' : 'input.txt');
        fs.writeFileSync(file, input.make(Math.round(mb * MB)));
        return repeat(runs, () => timeInChild(file, input.format, timeoutS));
      });
      const [small, , large] = timings;
      const ratio = small.failed || large.failed ? Infinity : large.cpuMs / small.cpuMs;
      const passed = ratio <= 5;
      rows.push({ name, sizesMb: sizes, timings, ratio, passed });
      log(`${name.padEnd(28)} ${timings.map((t) => seconds(t).padStart(10)).join(' ')} ${(Number.isFinite(ratio) ? ratio.toFixed(2) : '-').padStart(7)} ${String(large.items ?? '-').padStart(8)}  ${passed ? 'pass' : 'FAIL'}`);
    }
    const texts = realTexts(root);
    if (texts.length && (!only || only.includes('real article'))) {
      const [small, large] = bigSizes.map((mb) => {
        const file = path.join(tmp, 'real.txt');
        fs.writeFileSync(file, realText(texts, mb * MB));
        return repeat(runs, () => timeCli(file, tmp, timeoutS * 4));
      });
      const ratio = small.failed || large.failed ? Infinity : large.cpuMs / small.cpuMs;
      const rssOk = !large.failed && large.maxRssMb < 1536;
      rows.push({ name: 'real article, CLI', sizesMb: bigSizes, timings: [small, large], ratio, passed: ratio <= 4 && rssOk });
      log(`\nreal article through bin/newsfacts: ${label(bigSizes[0])} ${seconds(small)} s (peak RSS ${Math.round(small.maxRssMb ?? 0)} MB), ` +
        `${label(bigSizes[1])} ${seconds(large)} s (peak RSS ${Math.round(large.maxRssMb ?? 0)} MB)`);
      log(`  ${label(bigSizes[1])} ≤ 4 × ${label(bigSizes[0])}: ${Number.isFinite(ratio) ? ratio.toFixed(2) : '-'}× ${ratio <= 4 ? 'pass' : 'FAIL'}`);
      log(`  peak RSS < 1.5 GB: ${rssOk ? 'pass' : 'FAIL'}`);
    }
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
  const failed = rows.filter((r) => !r.passed);
  log(`scaling: ${rows.length - failed.length} of ${rows.length} bounds met${failed.length ? `; failed: ${failed.map((r) => r.name).join(', ')}` : ''}`);
  return { rows, passed: failed.length === 0 };
}

const args = process.argv.slice(2);
if (path.resolve(process.argv[1] ?? '') === fileURLToPath(import.meta.url)) {
  if (args[0] === '--child') {
    await timeOneArticle(args[1], args[2]);
  } else {
    const opt = (name) => {
      const i = args.indexOf(name);
      return i >= 0 ? args[i + 1] : undefined;
    };
    const result = await runScaling({
      quick: args.includes('--quick'),
      runs: Number(opt('--runs') ?? 1),
      only: opt('--only')?.split(','),
      timeoutS: Number(opt('--timeout') ?? 240),
    });
    const json = opt('--json');
    if (json) fs.writeFileSync(json, JSON.stringify(result, null, 2) + '\n');
    process.exitCode = result.passed ? 0 : 1;
  }
}
