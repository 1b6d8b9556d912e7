#!/usr/bin/env node
// Runs bin/newsfacts over every real article the project may read (../shared/data: PolNeAR train
// and dev, TimeBank dev; ../shared/eval: seeds and real-dev) and the bundled fixtures, and writes
// the records to one file, so that a restructuring can be shown to change no output:
//   node scripts/snapshot.mjs /tmp/before.ndjson            (on the old commit)
//   node scripts/snapshot.mjs /tmp/after.ndjson --compare /tmp/before.ndjson
import { spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const shared = path.resolve(root, '..', 'shared');
const [outFile, flag, beforeFile] = process.argv.slice(2);
if (!outFile || (flag && flag !== '--compare')) {
  console.error('usage: node scripts/snapshot.mjs OUT.ndjson [--compare BEFORE.ndjson]');
  process.exit(2);
}

const readLines = (file) => fs.readFileSync(file, 'utf8').split('\n').filter((line) => line.trim());
const articles = [];
for (const name of ['polnear-train.jsonl', 'polnear-dev.jsonl', 'timebank-dev.jsonl']) {
  for (const line of readLines(path.join(shared, 'data', name))) {
    const doc = JSON.parse(line);
    articles.push({ id: `${name}:${doc.id}`, text: doc.text, published: doc.dct });
  }
}
for (const name of ['seeds.gold.jsonl', 'real-dev.gold.jsonl']) {
  for (const line of readLines(path.join(shared, 'eval', name))) {
    const doc = JSON.parse(line);
    articles.push({ id: `${name}:${doc.id}`, text: doc.text, published: doc.published });
  }
}
const input = articles.map((a) => JSON.stringify(a)).join('\n') + '\n';
const bin = path.join(root, 'bin', 'newsfacts');
const fromNdjson = spawnSync(bin, ['extract', '--input-format', 'ndjson', '-q', '-'], {
  input, maxBuffer: 1 << 30, encoding: 'utf8',
});
const fromFiles = spawnSync(bin, ['extract', '-q', 'fixtures', path.join(shared, 'seeds')], {
  cwd: root, maxBuffer: 1 << 30, encoding: 'utf8',
});
for (const run of [fromNdjson, fromFiles]) {
  if (run.status !== 0) {
    console.error(run.stderr);
    process.exit(1);
  }
}
const output = fromNdjson.stdout + fromFiles.stdout;
fs.writeFileSync(outFile, output);
const digest = crypto.createHash('sha256').update(output).digest('hex');
console.log(`${articles.length} articles + fixtures and seeds as files: ${output.split('\n').length - 1} records, sha256 ${digest}`);

if (beforeFile) {
  const before = readLines(beforeFile);
  const after = output.split('\n').filter((line) => line.trim());
  const changed = [];
  for (let i = 0; i < Math.max(before.length, after.length); i++) {
    if (before[i] !== after[i]) changed.push(JSON.parse(after[i] ?? before[i]).id);
  }
  if (changed.length === 0) console.log(`identical to ${beforeFile}`);
  else {
    console.log(`${changed.length} records differ from ${beforeFile}:`);
    for (const id of changed.slice(0, 40)) console.log(`  ${id}`);
    process.exit(1);
  }
}
