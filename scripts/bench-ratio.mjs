#!/usr/bin/env node
// The pipeline against bare compromise, in one process: rounds that alternate extractRecord (the
// built dist/pipeline.js) and nlp(text).json({ offset: true }) over the same PolNeAR texts, so
// that both sides meet the same load of a shared machine. The ratio of each round is the
// pipeline's characters a second over bare nlp's; the median of the rounds is the figure.
//
//   node scripts/bench-ratio.mjs                      # 300 texts, 5 rounds
//   node scripts/bench-ratio.mjs --texts 500 --rounds 9
//   node --cpu-prof scripts/bench-ratio.mjs --only pipeline   # profile one side alone
//   node scripts/bench-ratio.mjs --only pipeline --root ../other-checkout
//
// Also times language identification alone over the same texts (its share of the pipeline).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : dflt;
};
// --root DIR: the build of another checkout, to compare two builds with the same script
const root = path.resolve(opt('--root', path.join(path.dirname(fileURLToPath(import.meta.url)), '..')));
const source = path.resolve(root, opt('--source', '../shared/data/polnear-train.jsonl'));
const nTexts = Number(opt('--texts', 300));
const nRounds = Number(opt('--rounds', 5));
const only = opt('--only', 'both');

const texts = fs.readFileSync(source, 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line).text).filter(Boolean).slice(0, nTexts);
const chars = texts.reduce((sum, text) => sum + text.length, 0);
const { default: nlp } = await import('compromise');
const { extractRecord } = await import(pathToFileURL(path.join(root, 'dist/pipeline.js')).href);
// a build from before language identification has none to time
const identifyFile = path.join(root, 'dist/language/identify.js');
const identifyLanguage = fs.existsSync(identifyFile) ? (await import(pathToFileURL(identifyFile).href)).identifyLanguage : undefined;

const sides = {
  pipeline: () => texts.forEach((text, i) => extractRecord({ id: `t${i}`, source: { kind: 'stdin' }, text, published: '2016-10-01' })),
  nlp: () => texts.forEach((text) => nlp(text).json({ offset: true })),
  language: () => texts.forEach((text) => identifyLanguage?.(text)),
};
const timed = (run) => {
  const t0 = process.hrtime.bigint();
  run();
  return Number(process.hrtime.bigint() - t0) / 1e9;
};
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

// one warm-up pass of each side first: both are then measured as long runs see them
const active = only === 'both' ? Object.keys(sides) : [only];
for (const side of active) timed(sides[side]);
const secs = Object.fromEntries(active.map((side) => [side, []]));
for (let round = 0; round < nRounds; round++) {
  // the order alternates, so neither side always follows the other's garbage
  for (const side of round % 2 ? [...active].reverse() : active) secs[side].push(timed(sides[side]));
}
const kcps = (s) => Math.round(chars / s / 1000);
console.log(`bench-ratio: ${texts.length} texts, ${(chars / 1e6).toFixed(2)} M chars, ${nRounds} rounds`);
for (const side of active) {
  console.log(`  ${side.padEnd(9)} median ${median(secs[side]).toFixed(3)} s  ${kcps(median(secs[side]))} k chars/s  ${(median(secs[side]) / texts.length * 1000).toFixed(3)} ms/text  rounds ${secs[side].map((s) => s.toFixed(2)).join(' ')}`);
}
if (only === 'both') {
  const ratios = secs.pipeline.map((s, i) => secs.nlp[i] / s);
  console.log(`pipeline / bare nlp(text): ${median(ratios).toFixed(2)}x (rounds ${ratios.map((r) => r.toFixed(2)).join(', ')}); language identification ${(100 * median(secs.language) / median(secs.pipeline)).toFixed(1)}% of the pipeline`);
}
