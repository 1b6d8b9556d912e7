#!/usr/bin/env node
// Feeds bin/newsfacts extract generated documents, NDJSON and HTML, hostile and ordinary, in a few
// big batches, and checks what must hold whatever the input: one record per input with the id it
// should have, output that parses, every item's offsets slicing back to its text by code points, no
// EXTRACT_FAILED or UNREADABLE record, no stack trace on stderr, the exit code the records call for,
// and the same bytes with one thread as with two. Run by .ci/run; not part of the jest run.
//   node scripts/fuzz.mjs [--seed N] [--docs N] [--keep DIR] [--verbose] [--skip-memory]
// The seed is printed; the same seed makes the same documents. A failing case is written to
// fuzz-failures/ (or --keep DIR) with the command that replays it.
import { spawn } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { seeded } from './seeded-random.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const BIN = path.join(ROOT, 'bin', 'newsfacts');

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : fallback;
};
const SEED = Number(option('--seed', String(Date.now() % 2 ** 31)));
const DOCS = Number(option('--docs', '10000'));
const VERBOSE = args.includes('--verbose');
const KEEP = path.resolve(option('--keep', path.join(ROOT, 'fuzz-failures')));

const random = seeded(SEED);
const int = (n) => Math.floor(random() * n);
const pick = (list) => list[int(list.length)];
const chance = (p) => random() < p;

// Real text to cut fragments from: the bundled fixtures and the test articles.
const REAL = [];
for (const file of ['fixtures/smolensk-drone-alert.txt', 'fixtures/smolensk-nine-uavs.txt']) REAL.push(fs.readFileSync(path.join(ROOT, file), 'utf8'));
for (const file of fs.readdirSync(path.join(ROOT, 'test/fixtures/eval'))) {
  for (const line of fs.readFileSync(path.join(ROOT, 'test/fixtures/eval', file), 'utf8').split('\n')) {
    if (line.trim()) REAL.push(JSON.parse(line).text);
  }
}

/** A slice of a real article, cut anywhere (even inside a surrogate pair). */
const realFragment = () => {
  const text = pick(REAL);
  const start = int(text.length);
  return text.slice(start, start + 20 + int(800));
};

const codePoint = (lo, hi) => String.fromCodePoint(lo + int(hi - lo));
const ODD = [
  () => codePoint(0x1f300, 0x1faff), // astral: emoji
  () => codePoint(0x10000, 0x10ffff), // astral: anything
  () => 'e' + codePoint(0x300, 0x36f) + codePoint(0x300, 0x36f), // combining marks
  () => '\u0000',
  () => String.fromCharCode(0xd800 + int(0x800)), // a lone surrogate
  () => '\r\n',
  () => pick(['\u200b', '\u200d', '\u202e', '\ufeff', '\u00a0', '\u2028', '\t', '\v', '\f']),
  () => codePoint(0x400, 0x4ff) + codePoint(0x600, 0x6ff) + codePoint(0x4e00, 0x9fff), // Cyrillic, Arabic, CJK
  () => pick(['“', '”', '«', '»', '"', "'", '‘', '’', '—', '–', '…']),
  () => (chance(0.2) ? pick(['a', 'Z', 'x']).repeat(1000 + int(10000)) : 'Ab'.repeat(20 + int(200))), // a very long word
  () => `${int(1e6)}`,
  () => pick(['Governor', 'Mayor', 'President', 'Minister']) + ' ' + pick(['Ivan', 'Jane', 'Олег', 'Zoë']) + ' ' + pick(['Petrov', 'Roe', 'Kovalenko']),
  () => pick(['Kursk', 'Belgorod', 'Kyiv', 'Paris', 'Springfield']) + ', ',
  () => pick(['on Monday', 'last week', 'March 3, 2024', 'yesterday at 14:00', 'the next day']),
  () => `${int(100)} ${pick(['drones', 'people', 'homes', 'UAVs'])}`,
];

/** Random text: real fragments, words and odd characters. */
function randomText() {
  const parts = [];
  const n = 1 + int(8);
  for (let i = 0; i < n; i++) parts.push(chance(0.4) ? realFragment() : chance(0.5) ? pick(ODD)() : ' ' + pick(ODD)() + ' ');
  return parts.join(chance(0.5) ? ' ' : '');
}

const TAGS = ['div', 'p', 'span', 'article', 'section', 'b', 'i', 'a', 'li', 'ul', 'table', 'td', 'tr', 'main', 'header', 'h1', 'blockquote'];
const BROKEN = ['<div', '</p>>', '<<b>', '<p class="x', '<!--', '-->', '<![CDATA[', '<script>var a="</script>";', '&#xD800;', '&#0;', '&amp', '&#x1F600;', '</html>', '<br/>'];

/** A page: nested tags (deep at times, within the parser's limits), broken markup, real text. */
function randomHtml() {
  const depth = chance(0.1) ? 200 + int(800) : int(8);
  const open = [];
  let body = '';
  for (let i = 0; i < depth; i++) {
    const tag = pick(TAGS);
    open.push(tag);
    body += `<${tag}${chance(0.2) ? ` class="c${int(9)}" data-x='${int(99)}'` : ''}>`;
    if (chance(depth > 10 ? 0.01 : 0.2)) body += randomText();
  }
  body += `<p>${randomText()}</p>`;
  if (chance(0.3)) body += pick(BROKEN);
  while (open.length) if (chance(0.9)) body += `</${open.pop()}>`;
  else open.pop();
  const title = chance(0.7) ? `<title>${randomText().slice(0, 80)}</title>` : '';
  const article = chance(0.6) ? `<article><h1>${randomText().slice(0, 60)}</h1><p>${realFragment()}</p><p>${realFragment()}</p></article>` : '';
  return chance(0.1) ? body : `<!doctype html><html><head>${title}</head><body>${article}${body}</body></html>`;
}

const ID_POOL = ['dup-a', 'dup-b', 'dup-c'];
/** A random `id` value, or undefined to leave it out; duplicates on purpose. */
function randomId(n) {
  const r = random();
  if (r < 0.55) return `doc-${n}`;
  if (r < 0.65) return pick(ID_POOL);
  if (r < 0.7) return n;
  if (r < 0.75) return null;
  if (r < 0.78) return '';
  if (r < 0.81) return { n };
  if (r < 0.83) return [n, 'x'];
  if (r < 0.86) return `ид-${n}-${codePoint(0x1f300, 0x1f5ff)}`;
  return undefined;
}

/** One NDJSON line and what its record must be: its id (given the place it is named by) and, when certain, its error code. */
function randomLine(n) {
  const r = random();
  if (r < 0.02) return { line: `{"id":"t${n}","text":"unterminated`, error: 'BAD_JSON' };
  if (r < 0.03) return { line: pick(['[1,2]', '"just a string"', '42', 'null']), error: 'BAD_JSON' };
  const obj = {};
  const id = randomId(n);
  if (id !== undefined) obj.id = id;
  let error;
  if (r < 0.05) {
    obj.title = 'no content';
    error = 'NO_CONTENT';
  } else if (r < 0.06) {
    obj.text = pick(['', 42, null, ['x']]);
    error = 'NO_CONTENT';
  } else if (r < 0.3) {
    obj.html = randomHtml();
    if (chance(0.5)) obj.url = pick(['https://example.org/news/1', 'http://example.com/a?b=c#d', 'not a url']);
  } else obj.text = randomText();
  if (chance(0.3)) obj.published = pick(['2025-10-08', '2024-02-29T12:00:00Z', 'not a date', '', '1999-13-45', 12]);
  if (chance(0.2)) obj.title = randomText().slice(0, 100);
  if (chance(0.05)) obj.extra = { nested: [1, { deep: 'x' }] };
  const expectedId = (where) =>
    obj.id === undefined || obj.id === null || obj.id === '' ? where : typeof obj.id === 'object' ? JSON.stringify(obj.id) : String(obj.id);
  return { line: JSON.stringify(obj), error, expectedId };
}

/** Codes an input may end in without a bug: content that holds no article. */
const BENIGN = new Set(['EMPTY', 'NO_CONTENT', 'BINARY']);

const failures = [];
let spansChecked = 0;
function fail(batch, message, input) {
  failures.push({ batch, message, input });
  if (failures.length <= 20) console.error(`FAIL ${batch}: ${message}`);
}

/** Runs the CLI; resolves with its exit code, stdout and stderr. */
function run(cliArgs, { input, env } = {}) {
  const began = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...cliArgs], { cwd: ROOT, env: { ...process.env, NO_COLOR: '1', ...env } });
    const out = [];
    let stderr = '';
    child.stdout.on('data', (d) => out.push(d));
    child.stderr.setEncoding('utf8').on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => {
      if (VERBOSE) console.log(`  ${cliArgs.join(' ').slice(0, 80)}: ${((performance.now() - began) / 1000).toFixed(1)} s`);
      resolve({ code, stdout: Buffer.concat(out).toString('utf8'), stderr });
    });
    child.stdin.on('error', () => {});
    child.stdin.end(input ?? '');
  });
}

/** Every object with numeric start and end and a text: an item or mention with offsets. */
function* spans(value, where = '') {
  if (Array.isArray(value)) for (let i = 0; i < value.length; i++) yield* spans(value[i], `${where}[${i}]`);
  else if (value && typeof value === 'object') {
    if (typeof value.start === 'number' && typeof value.end === 'number' && typeof value.text === 'string') yield [where, value];
    for (const [k, v] of Object.entries(value)) if (k !== 'text') yield* spans(v, `${where}.${k}`);
  }
}

/** Checks a batch's output against what its inputs call for; `inputs[i]` is { id, error?, doc }. */
function checkBatch(batch, result, inputs) {
  if (/\n\s+at .+[:(]\d+:\d+\)?\n/.test(result.stderr) || /^\s+at /m.test(result.stderr)) fail(batch, `a stack trace on stderr:\n${result.stderr.slice(0, 2000)}`);
  let records;
  try {
    records = result.stdout.split('\n').filter((l) => l !== '').map((l) => JSON.parse(l));
  } catch (err) {
    return fail(batch, `output does not parse: ${err.message}`);
  }
  if (records.length !== inputs.length) fail(batch, `${records.length} records for ${inputs.length} inputs`);
  let errors = 0;
  for (let i = 0; i < Math.min(records.length, inputs.length); i++) {
    const rec = records[i];
    const want = inputs[i];
    if (rec.id !== want.id) {
      fail(batch, `record ${i}: id ${JSON.stringify(rec.id)}, expected ${JSON.stringify(want.id)}`, want.doc);
      continue;
    }
    if (rec.error) {
      errors++;
      if (want.error ? rec.error.code !== want.error : !BENIGN.has(rec.error.code)) fail(batch, `record ${i} (${rec.id}): ${rec.error.code}: ${rec.error.message}`, want.doc);
      continue;
    }
    if (want.error) fail(batch, `record ${i} (${rec.id}): expected ${want.error}, got a record`, want.doc);
    if (typeof rec.text !== 'string') {
      fail(batch, `record ${i} (${rec.id}) has no text (--include-text)`, want.doc);
      continue;
    }
    const points = Array.from(rec.text);
    for (const [where, span] of spans(rec)) {
      spansChecked++;
      if (points.slice(span.start, span.end).join('') !== span.text) {
        fail(batch, `record ${i} (${rec.id}) ${where}: [${span.start}, ${span.end}) is ${JSON.stringify(points.slice(span.start, span.end).join(''))}, not ${JSON.stringify(span.text)}`, want.doc);
      }
    }
  }
  const code = errors > 0 ? 1 : 0;
  if (result.code !== code) fail(batch, `exit code ${result.code}, expected ${code}; stderr: ${result.stderr.slice(-500)}`);
  return records.length;
}

/** An NDJSON file of `n` lines (blank and CRLF-ended ones among them); its inputs as checkBatch wants them. */
function ndjsonBatch(file, n, first) {
  const lines = [];
  const inputs = [];
  for (let i = 0; i < n; i++) {
    if (chance(0.01)) lines.push(pick(['', '   ', '\t']));
    const { line, error, expectedId } = randomLine(first + i);
    const lineNo = lines.length + 1;
    lines.push(chance(0.05) ? `${line}\r` : line);
    const where = `${file}:${lineNo}`;
    inputs.push({ id: error === 'BAD_JSON' ? where : expectedId(where), error, doc: line });
  }
  fs.writeFileSync(file, lines.join('\n') + '\n');
  return inputs;
}

/** A folder of HTML pages and text files (raw bytes at times); its inputs in the walk's sorted order. */
function folderBatch(dir, n, first) {
  fs.mkdirSync(dir, { recursive: true });
  const inputs = [];
  for (let i = 0; i < n; i++) {
    const name = `f${String(first + i).padStart(6, '0')}`;
    let file;
    let content;
    if (chance(0.75)) {
      file = path.join(dir, `${name}.html`);
      content = randomHtml();
    } else {
      file = path.join(dir, `${name}.txt`);
      content = chance(0.1) ? Buffer.from(Array.from({ length: 1 + int(2000) }, () => int(256))) : chance(0.05) ? '' : randomText();
    }
    fs.writeFileSync(file, content);
    inputs.push({ id: file, doc: typeof content === 'string' ? content : content.toString('latin1') });
  }
  return inputs.sort((a, b) => (a.id < b.id ? -1 : 1));
}

/** Lines for standard input, named by their content (a sha1 of the line, CR taken off) when they carry no id. */
function stdinBatch(n, first) {
  const lines = [];
  const inputs = [];
  for (let i = 0; i < n; i++) {
    const { line, error, expectedId } = randomLine(first + i);
    lines.push(line);
    const where = `stdin-${crypto.createHash('sha1').update(line).digest('hex').slice(0, 12)}`;
    inputs.push({ id: error === 'BAD_JSON' ? where : expectedId(where), error, doc: line });
  }
  return { text: lines.join('\n') + '\n', inputs };
}

/**
 * Issue 25, item 6: a page whose DOM outgrows a worker's heap (capped at 256 MB for --max-bytes 3M)
 * but not the main thread's failed at -j 2 (EXTRACT_FAILED, out of memory) and passed at -j 1. Only
 * megabytes show it, hence here and not in the unit tests: 2 MB of tiny paragraphs.
 */
async function sameRecordUnderMemoryPressure(tmp) {
  const page = path.join(tmp, 'many-elements.html');
  fs.writeFileSync(page, `<html><body><article>${'<p>Kursk <b>a</b></p>'.repeat(100_000)}</article></body></html>`);
  const [one, two] = await Promise.all(['1', '2'].map((j) => run(['extract', '-q', '-j', j, '--max-bytes', '3M', page])));
  if (one.stdout !== two.stdout) fail('memory', `-j 1 and -j 2 differ on a page that outgrows a worker's heap:\n${one.stdout.slice(0, 300)}\n${two.stdout.slice(0, 300)}`);
  if (/EXTRACT_FAILED/.test(one.stdout + two.stdout)) fail('memory', `EXTRACT_FAILED on a page a main thread's heap holds: ${two.stdout.slice(0, 300)}`);
}

function keepFailures(tmp) {
  fs.mkdirSync(KEEP, { recursive: true });
  const file = path.join(KEEP, `seed-${SEED}.jsonl`);
  fs.writeFileSync(file, failures.map((f) => JSON.stringify(f)).join('\n') + '\n');
  const cases = failures.filter((f) => f.input !== undefined);
  if (cases.length) {
    const replay = path.join(KEEP, `seed-${SEED}-cases.ndjson`);
    fs.writeFileSync(replay, cases.map((f, i) => (f.input.trimStart().startsWith('{') ? f.input : JSON.stringify({ id: `case-${i}`, html: f.input }))).join('\n') + '\n');
    console.error(`the failing inputs: ${replay}\n  replay them: bin/newsfacts extract --include-text --input-format ndjson ${replay}`);
  }
  console.error(`failures: ${file}\n  replay the run: node scripts/fuzz.mjs --seed ${SEED} --docs ${DOCS}  (inputs kept in ${tmp})`);
}

async function main() {
  const started = performance.now();
  console.log(`fuzz: seed ${SEED}, ${DOCS} documents (replay: node scripts/fuzz.mjs --seed ${SEED} --docs ${DOCS})`);
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'newsfacts-fuzz-'));
  const share = (part) => Math.max(1, Math.round(DOCS * part));
  let checked = 0;

  const ndjsonFile = path.join(tmp, 'batch.ndjson');
  const ndjsonInputs = ndjsonBatch(ndjsonFile, share(0.55), 0);
  checked += checkBatch('ndjson file', await run(['extract', '--include-text', '-q', ndjsonFile]), ndjsonInputs);

  const folder = path.join(tmp, 'pages');
  const folderInputs = folderBatch(folder, share(0.25), share(0.55));
  checked += checkBatch('folder of pages', await run(['extract', '--include-text', '-q', folder]), folderInputs);

  const fromStdin = stdinBatch(share(0.15), share(0.8));
  checked += checkBatch('standard input', await run(['extract', '--include-text', '-q', '--input-format', 'ndjson', '-'], { input: fromStdin.text }), fromStdin.inputs);

  // the same bytes with one thread and with two (workers started at once, so they take part)
  const sameFile = path.join(tmp, 'threads.ndjson');
  const sameInputs = ndjsonBatch(sameFile, share(0.05), share(0.95));
  const one = await run(['extract', '--include-text', '-q', '-j', '1', sameFile]);
  const two = await run(['extract', '--include-text', '-q', '-j', '2', sameFile], { env: { NEWSFACTS_EAGER_WORKERS: '1' } });
  checked += checkBatch('-j 1', one, sameInputs);
  checkBatch('-j 2', two, sameInputs);
  if (one.stdout !== two.stdout) {
    const a = one.stdout.split('\n');
    const b = two.stdout.split('\n');
    const at = a.findIndex((line, i) => line !== b[i]);
    fail('-j 1 / -j 2', `outputs differ from record ${at}: ${a[at]?.slice(0, 200)} / ${b[at]?.slice(0, 200)}`, sameInputs[at]?.doc);
  }

  if (!args.includes('--skip-memory')) await sameRecordUnderMemoryPressure(tmp);

  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  if (failures.length) {
    console.error(`fuzz: ${failures.length} failures over ${checked} documents in ${seconds} s (seed ${SEED})`);
    keepFailures(tmp);
    process.exit(1);
  }
  if (VERBOSE) console.log(`  inputs kept in ${tmp}`);
  else fs.rmSync(tmp, { recursive: true, force: true });
  console.log(`fuzz: ${checked} documents (${spansChecked} offsets), all checks passed in ${seconds} s (seed ${SEED})`);
}

await main();
