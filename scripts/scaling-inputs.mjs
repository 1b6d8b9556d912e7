// The inputs of the scaling benchmark (scripts/scaling.mjs): adversarial generators, each built to
// give one step of the pipeline many candidates at once, and real text concatenated to size.
// Every generator is deterministic (a seeded generator), so two runs time the same input.
import fs from 'node:fs';
import path from 'node:path';

import { seeded } from './seeded-random.mjs';

const FIRST = ['Vasily', 'Maria', 'John', 'Olena', 'Ahmed', 'Li', 'Sarah', 'Dmitry', 'Anna', 'Carlos', 'Yulia', 'Pierre', 'Fatima', 'Igor', 'Emma', 'Oleksandr'];
const LAST = ['Anokhin', 'Smith', 'Kovalenko', 'Hassan', 'Wei', 'Jones', 'Petrov', 'Garcia', 'Tymoshenko', 'Dubois', 'Khan', 'Ivanov', 'Brown', 'Shevchenko', 'Gladkov', 'Bogomaz'];
const TITLES = ['Governor', 'Mayor', 'Minister', 'President', 'Senator', 'spokesman', 'Deputy Governor', 'Prime Minister', 'police chief', 'Secretary'];
const PLACES = ['Kursk', 'Bryansk', 'Belgorod', 'Smolensk Region', 'Kharkiv', 'Texas', 'Ohio', 'Paris', 'Lagos', 'Kerala', 'Donetsk', 'Bavaria', 'Moscow', 'Kyiv Oblast', 'California', 'Odesa'];
const ORG_HEADS = ['Ministry of', 'National Bank of', 'Department of', 'Federal Agency for', 'Committee on', 'Council of', 'Bureau of', 'Institute of'];
const ORG_TAILS = ['Defence', 'Health', 'Emergency Situations', 'Foreign Affairs', 'Energy', 'Justice', 'Ukraine', 'Transport', 'Education', 'Finance'];
const CAPITALISED = ['Governor', 'Vasily', 'Anokhin', 'Smolensk', 'Region', 'Ministry', 'Defense', 'National', 'Bank', 'Council', 'United', 'Nations', 'Security', 'Federal', 'Agency', 'Kursk', 'Bryansk', 'The', 'Of', 'And', 'New', 'York', 'Times', 'Oblast', 'Mayor', 'State', 'Committee', 'Party', 'Democratic', 'Republican', 'President', 'General', 'Staff', 'Army', 'Police', 'Service'];
const LOWER = ['the', 'drone', 'said', 'was', 'and', 'attack', 'region', 'on', 'in', 'people', 'of', 'were', 'after', 'had', 'officials', 'city', 'with', 'by', 'from', 'reported'];
const ITEMS = ['drones', 'people', 'houses', 'missiles', 'soldiers', 'civilians', 'cars', 'children', 'shells', 'buildings'];
const VERBS = ['were shot down over', 'were killed in', 'were evacuated from', 'were damaged in', 'were wounded near', 'arrived in'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/** Repeats make() until the text holds `chars` characters, then cuts it there. */
function fill(chars, make) {
  const parts = [];
  let length = 0;
  while (length < chars) {
    const part = make(parts.length);
    parts.push(part);
    length += part.length;
  }
  return parts.join('').slice(0, chars);
}

function picker(seed) {
  const random = seeded(seed);
  const pick = (list) => list[Math.floor(random() * list.length)];
  const int = (max) => 1 + Math.floor(random() * max);
  const person = () => `${pick(FIRST)} ${pick(LAST)}`;
  return { random, pick, int, person };
}

/** Adversarial text: one generator per pattern that once made a step of the pipeline superlinear. */
const TEXT_GENERATORS = {
  'place list': (chars) => fill(chars, () => 'Kursk, Bryansk, Belgorod, '),
  'places, varied': (chars) => {
    const { pick } = picker(1);
    return fill(chars, (i) => `${pick(PLACES)}${i % 7 === 6 ? ' and ' : ', '}${i % 40 === 39 ? 'were shelled.\n\n' : ''}`);
  },
  'capitalised-word runs': (chars) => {
    const { pick } = picker(2);
    return fill(chars, () => `${pick(CAPITALISED)} `);
  },
  organizations: (chars) => {
    const { pick, int } = picker(3);
    return fill(chars, (i) =>
      `The ${pick(ORG_HEADS)} ${pick(ORG_TAILS)} (${pick(['MOD', 'NBU', 'DOE', 'FAE', 'UN', 'NATO'])}) and the ${pick(ORG_TAILS)} ${pick(['Council', 'Committee', 'Agency'])} met ${int(9)} times.${i % 5 === 4 ? '\n\n' : ' '}`);
  },
  officials: (chars) => {
    const { pick, person } = picker(4);
    return fill(chars, (i) =>
      `${pick(TITLES)} ${person()} of ${pick(PLACES)} said the situation was under control. ${i % 3 === 2 ? '\n\n' : ''}`);
  },
  'quotes and speakers': (chars) => {
    const { pick, person } = picker(5);
    return fill(chars, () => {
      const who = person();
      const last = who.split(' ')[1];
      return `“We will rebuild every house,” said ${who}, the ${pick(TITLES)} of ${pick(PLACES)}. ` +
        `“Nobody was hurt,” he said. ${last} added: “The air defence worked.” ` +
        `According to ${person()}, “the attack lasted two hours.”\n\n`;
    });
  },
  'counts and numbers': (chars) => {
    const { pick, int } = picker(6);
    return fill(chars, (i) =>
      `${int(5000).toLocaleString('en-US')} ${pick(ITEMS)} ${pick(VERBS)} ${pick(PLACES)}, ${int(30)} of them ${pick(['children', 'women', 'elderly'])}, and ${pick(['five', 'twelve', 'dozens of', 'hundreds of'])} ${pick(ITEMS)} ${pick(VERBS)} ${pick(PLACES)}.${i % 4 === 3 ? '\n\n' : ' '}`);
  },
  dates: (chars) => {
    const { pick, int } = picker(7);
    return fill(chars, (i) =>
      `On ${pick(MONTHS)} ${int(28)}, ${2000 + int(25)} at ${int(12)}:${String(int(59)).padStart(2, '0')} pm, and again last ${pick(WEEKDAYS)}, between ${pick(MONTHS)} ${int(28)} and ${int(28)}, ${int(9)} days later.${i % 4 === 3 ? '\n\n' : ' '}`);
  },
  'long line, no sentence end': (chars) => {
    const { pick, random } = picker(8);
    return fill(chars, () => `${random() < 0.3 ? pick(CAPITALISED) : pick(LOWER)} `);
  },
  'one word a line': (chars) => {
    const { pick } = picker(9);
    return fill(chars, () => `${pick([...CAPITALISED, ...LOWER])}\n`);
  },
  'appositions, no line break': (chars) => fill(chars, () => 'Separately, the head of the regional military administration, Colonel Ivan Petrenko, said. '),
  'clock ranges in one line': (chars) => fill(chars, () => 'October 8 between 2:00 and 5:00 pm on Monday, '),
  'quotation marks, unmatched': (chars) => fill(chars, () => '“ He said ‘ " « Kursk ” » '),
  'digit runs': (chars) => fill(chars, () => `${'1234567890'.repeat(50)} , `),
  parentheses: (chars) => {
    const { pick, int } = picker(10);
    return fill(chars, () => `${pick(PLACES)} (${int(99999).toLocaleString('en-US')}) (${pick(['NATO', 'UN', 'the Ministry', 'Kursk'])}) `);
  },
};

/** Adversarial HTML: pages whose shape, not their words, strains the parser and the article finder. */
const HTML_GENERATORS = {
  'nested HTML': (chars) => {
    const inner = '<p>Governor Jane Roe said: “We are calm.” The drones were shot down over Kursk.</p>';
    const depth = Math.max(1, Math.floor((chars - inner.length - 26) / 11));
    return `<html><body>${'<div>'.repeat(depth)}${inner}${'</div>'.repeat(depth)}</body></html>`;
  },
  'unclosed tags': (chars) => {
    const { pick } = picker(11);
    const body = fill(chars - 26, () => `<div><span><b>${pick(CAPITALISED)} ${pick(LOWER)} `);
    return `<html><body>${body}</body></html>`;
  },
};

/** The public article texts of ../shared/data, in a fixed order. */
export function realTexts(root) {
  const texts = [];
  for (const name of ['polnear-train.jsonl', 'polnear-dev.jsonl', 'timebank-dev.jsonl']) {
    const file = path.resolve(root, '../shared/data', name);
    if (!fs.existsSync(file)) continue;
    for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
      if (line.trim()) texts.push(JSON.parse(line).text);
    }
  }
  return texts;
}

/** Real articles, one after another, paragraphs kept, until the text is `chars` long. */
export function realText(texts, chars) {
  return fill(chars, (i) => `${texts[i % texts.length].trim()}\n\n`);
}

/** Real articles as one page: each paragraph a <p> inside a few containers, as a CMS writes them. */
function realPage(texts, chars) {
  const body = fill(chars - 60, (i) => {
    const paragraphs = texts[i % texts.length].split(/\n+/).filter((p) => p.trim());
    const escape = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
    return `<div class="story"><section>${paragraphs.map((p) => `<p>${escape(p)}</p>`).join('\n')}</section></div>\n`;
  });
  return `<html><head><title>t</title></head><body><article>${body}</article></body></html>`;
}

/**
 * Every input the benchmark times, by name: `make(chars)` gives its content and `format` how the
 * pipeline reads it. Real text needs the corpora in ../shared/data.
 */
export function scalingInputs(root) {
  const inputs = {};
  for (const [name, make] of Object.entries(TEXT_GENERATORS)) inputs[name] = { format: 'text', make };
  for (const [name, make] of Object.entries(HTML_GENERATORS)) inputs[name] = { format: 'html', make };
  const texts = realTexts(root);
  if (texts.length) {
    inputs['real text'] = { format: 'text', make: (chars) => realText(texts, chars), real: true };
    inputs['real text as HTML'] = { format: 'html', make: (chars) => realPage(texts, chars), real: true };
  }
  return inputs;
}
