#!/usr/bin/env node
// The reference of `npm run bench`: bare compromise, nlp(text).json({ offset: true }), on one core,
// over the first texts of an NDJSON corpus, in a process of its own. bench.mjs runs it right before
// each one-thread run of the CLI, so that the two meet the same load of a shared machine.
//
//   node scripts/bench-nlp.mjs CORPUS.jsonl [TEXTS]     # prints {"chars", "texts", "secs", "warmSecs"}
//
// `secs` is the first pass after a one-text warm-up (the reference the bench has always reported);
// `warmSecs` a second pass over the same texts, once compromise's code is optimised.
import fs from 'node:fs';

const [source, count = '150'] = process.argv.slice(2);
const texts = fs.readFileSync(source, 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line).text).filter(Boolean).slice(0, Number(count));
const { default: nlp } = await import('compromise');
const pass = () => {
  const t0 = process.hrtime.bigint();
  for (const text of texts) nlp(text).json({ offset: true });
  return Number(process.hrtime.bigint() - t0) / 1e9;
};
nlp(texts[0]); // warm-up
const secs = pass();
const warmSecs = pass();
console.log(JSON.stringify({ chars: texts.reduce((sum, text) => sum + text.length, 0), texts: texts.length, secs, warmSecs }));
