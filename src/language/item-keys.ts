// What a count counts, folded so that figures about one kind of thing add up across articles:
// "drones", "drone", "Ukrainian drone aircraft", "UAVs" and "unmanned aerial vehicles" are drones.
import { PLACE_NOUNS } from './counting.js';

// Phrases that name one thing in several ways (general domain data), matched at the end of the
// item in singular form, so that "drone attacks" stays attacks.
const SYNONYMS: ReadonlyArray<readonly [RegExp, string]> = [
  [/(?:^|\s)(?:uav|uas|drone|drone aircraft|unmanned (?:aerial|air) (?:vehicle|system|aircraft)|unmanned aircraft)$/, 'drone'],
  [/(?:^|\s)(?:person|people|individual|resident|inhabitant|other)$/, 'people'],
  [/(?:^|\s)(?:child|kid|minor)$/, 'child'],
  [/(?:^|\s)(?:home|house|residential building|dwelling)$/, 'home'],
  [/(?:^|\s)(?:soldier|serviceman|troop)$/, 'soldier'],
  [/(?:^|\s)(?:missile|rocket)$/, 'missile'],
];

// Plurals that the suffix rules get wrong.
const IRREGULAR: Readonly<Record<string, string>> = {
  people: 'people', persons: 'person', children: 'child', men: 'man', women: 'woman', servicemen: 'serviceman',
  aircraft: 'aircraft', personnel: 'personnel', police: 'police', series: 'series', species: 'species', news: 'news',
  feet: 'foot', teeth: 'tooth', mice: 'mouse', geese: 'goose', lives: 'life', wives: 'wife', knives: 'knife',
};

const IES = /ies$/;
// "buses", "viruses" but "houses", "spouses"
const ES_AFTER_SIBILANT = /(?:ss|sh|ch|x|z|[^o]us)es$/;
const SINGULAR_S = /(?:ss|us|is|ous)$/;
const FINAL_S = /s$/;
const WORD_BREAK = /[^\p{L}\p{N}-]+/u;

/** One English noun to its singular: drones → drone, casualties → casualty, buses → bus. */
export function singular(word: string): string {
  const w = word.toLowerCase();
  const irregular = IRREGULAR[w];
  if (irregular) return irregular;
  if (w.length <= 3) return w;
  if (IES.test(w)) return w.slice(0, -3) + 'y';
  if (ES_AFTER_SIBILANT.test(w)) return w.slice(0, -2);
  if (SINGULAR_S.test(w)) return w;
  if (FINAL_S.test(w)) return w.slice(0, -1);
  return w;
}

/** The key a count's item is summed under: a synonym's name, else the singular head noun (the last word). */
export function itemKey(item: string): string {
  const words = item.toLowerCase().split(WORD_BREAK).filter(Boolean).map(singular);
  if (words.length === 0) return '';
  const phrase = words.join(' ');
  for (const [re, name] of SYNONYMS) if (re.test(phrase)) return name;
  return words[words.length - 1]!;
}

/** True for an item key that counts places ("across three regions"): the extent of an event, not a quantity of it. */
export function isPlaceKey(key: string): boolean {
  return PLACE_NOUNS.has(key);
}
