import fs from 'node:fs';
import { TOWNS_FILE } from '../../paths.js';
import { makePlace, type Place } from './gazetteer.js';

/** A town of data/towns.tsv: a GeoNames place of 1,000 people or more that the gazetteer leaves out. */
export interface Town {
  place: Place;
  population: number;
  /** Also an English word ("Independence", "Separately"): never taken for the town on its own. */
  common: boolean;
}

/** The file's bytes, read on the first lookup. */
let bytes: Buffer | undefined;

/** Compares the key of the line at `start` (up to its first tab) with `key`, as bytes: below 0 when it sorts first. */
function compareLine(file: Buffer, start: number, key: Buffer): number {
  const tab = file.indexOf(9, start);
  return file.compare(key, 0, key.length, start, tab < 0 ? start : tab);
}

/** Where the line after the one at `start` starts (the file's length after the last). */
function nextLine(file: Buffer, start: number): number {
  const newline = file.indexOf(10, start);
  return newline < 0 ? file.length : newline + 1;
}

/**
 * The towns named `key` (a folded name, as foldName gives it), in the file's order; [] when none.
 * The lines are sorted by the bytes of their keys (scripts/build-gazetteer.mjs), so the first is
 * found by binary search over the bytes, with no index of the lines, and the others follow it.
 */
export function townsNamed(key: string): Town[] {
  let towns = asked.get(key);
  if (!towns) {
    // the same names come up article after article ("in Washington", "to Trump"): each is looked up once
    if (asked.size >= MAX_ASKED) asked.clear();
    asked.set(key, (towns = lookUp(key)));
  }
  return towns;
}

/** Names looked up, with their towns; cleared when full, so memory stays bounded over any run. */
const asked = new Map<string, Town[]>();
const MAX_ASKED = 50_000;

/** The file's bytes: read as bytes and searched as bytes, as decoding or indexing 7 MB to look up a few names costs more than the lookups. */
function townsFile(): Buffer {
  bytes ??= fs.existsSync(TOWNS_FILE) ? fs.readFileSync(TOWNS_FILE) : Buffer.alloc(0);
  return bytes;
}

/** Where the first line whose key sorts at or after `target` starts (the file's length when none does). */
function lowerBound(file: Buffer, target: Buffer): number {
  // lo and hi are line starts; every line before lo sorts before the key, none from hi on does
  let lo = 0;
  let hi = file.length;
  while (lo < hi) {
    let at = nextLine(file, ((lo + hi) >> 1) - 1);
    if (at >= hi) at = hi === file.length && file[hi - 1] !== 10 ? file.lastIndexOf(10, hi - 1) + 1 : file.lastIndexOf(10, hi - 2) + 1;
    if (at < lo) at = lo;
    if (compareLine(file, at, target) < 0) lo = nextLine(file, at);
    else hi = at;
  }
  return lo;
}

const SPACE = 32;
const TAB = 9;
const firstWords = new Map<string, boolean>();

/**
 * Whether some town's name is the folded word `word` or opens with it ("parry" of "parry sound"):
 * keys go on with a tab or a space, both sorted before every letter, so the first line at or after
 * the word tells. Most names where a town could stand are none, and are rejected on this one search.
 */
export function townNameOpensWith(word: string): boolean {
  let opens = firstWords.get(word);
  if (opens === undefined) {
    const file = townsFile();
    const target = Buffer.from(word);
    const at = lowerBound(file, target);
    const after = file[at + target.length];
    opens = file.compare(target, 0, target.length, at, Math.min(file.length, at + target.length)) === 0 && (after === TAB || after === SPACE);
    if (firstWords.size >= MAX_ASKED) firstWords.clear();
    firstWords.set(word, opens);
  }
  return opens;
}

function lookUp(key: string): Town[] {
  const file = townsFile();
  const target = Buffer.from(key);
  const lo = lowerBound(file, target);
  const out: Town[] = [];
  for (let at = lo; at < file.length && compareLine(file, at, target) === 0; at = nextLine(file, at)) out.push(townAt(file, at));
  return out;
}

function townAt(bytes: Buffer, start: number): Town {
  const end = bytes.indexOf(10, start);
  const [, cc, admin, name, id, lat, lon, population, weak] = bytes.toString('utf8', start, end < 0 ? bytes.length : end).split('\t') as string[];
  const key = `city|${cc}|${bytes.toString('utf8', start, bytes.indexOf(9, start))}`;
  const place = makePlace(key, name!, 'city', cc!, weak !== '0', 2_000_000 - Number(population), { geonameId: Number(id), lat: Number(lat), lon: Number(lon), admin: admin! });
  return { place, population: Number(population), common: weak === '2' };
}
