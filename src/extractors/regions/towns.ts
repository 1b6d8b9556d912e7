import { TOWNS_FILE } from '../../paths.js';
import { makePlace, type Place } from './gazetteer.js';
import { SortedLines } from './sorted-lines.js';

/** A town of data/towns.tsv: a GeoNames place of 1,000 people or more that the gazetteer leaves out. */
export interface Town {
  place: Place;
  population: number;
  /** Also an English word ("Independence", "Separately"): never taken for the town on its own. */
  common: boolean;
}

/** The file, searched where a lookup looks (sorted-lines.ts); opened on the first lookup. */
let lines: SortedLines | undefined;
const townsFile = (): SortedLines => (lines ??= new SortedLines(TOWNS_FILE));

/**
 * The towns named `key` (a folded name, as foldName gives it), in the file's order; [] when none.
 * The lines are sorted by the bytes of their keys (scripts/build-gazetteer.mjs), so the first is
 * found by binary search, with no index of the lines, and the others follow it.
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
    const at = file.lowerBound(target);
    const head = file.bytes(at, at + target.length + 1);
    const after = head[target.length];
    opens = head.compare(target, 0, target.length, 0, Math.min(head.length, target.length)) === 0 && (after === TAB || after === SPACE);
    if (firstWords.size >= MAX_ASKED) firstWords.clear();
    firstWords.set(word, opens);
  }
  return opens;
}

function lookUp(key: string): Town[] {
  const file = townsFile();
  const target = Buffer.from(key);
  return file.linesWithKey(file.lowerBound(target), target).map(townAt);
}

function townAt(line: Buffer): Town {
  const [folded, cc, admin, name, id, lat, lon, population, weak] = line.toString('utf8').split('\t') as string[];
  const key = `city|${cc}|${folded}`;
  const place = makePlace(key, name!, 'city', cc!, weak !== '0', 2_000_000 - Number(population), { geonameId: Number(id), lat: Number(lat), lon: Number(lon), admin: admin! });
  return { place, population: Number(population), common: weak === '2' };
}
