// What a count counts, folded so that figures about one kind of thing add up across articles:
// "drones", "drone", "Ukrainian drone aircraft", "UAVs" and "unmanned aerial vehicles" are drones.

// Phrases that name one thing in several ways (general domain data), matched at the end of the
// item in singular form, so that "drone attacks" stays attacks.
const SYNONYMS: ReadonlyArray<readonly [RegExp, string]> = [
  [/(?:^|\s)(?:uav|uas|drone|drone aircraft|unmanned (?:aerial|air) (?:vehicle|system|aircraft)|unmanned aircraft)$/, 'drone'],
  [/(?:^|\s)(?:person|people|individual|resident|inhabitant)$/, 'people'],
  [/(?:^|\s)(?:child|kid|minor)$/, 'child'],
  [/(?:^|\s)(?:home|house|residential building|dwelling)$/, 'home'],
  [/(?:^|\s)(?:soldier|serviceman|troop)$/, 'soldier'],
  [/(?:^|\s)(?:missile|rocket)$/, 'missile'],
];

// Plurals that the suffix rules get wrong.
const IRREGULAR: Record<string, string> = {
  people: 'people', persons: 'person', children: 'child', men: 'man', women: 'woman', servicemen: 'serviceman',
  aircraft: 'aircraft', personnel: 'personnel', police: 'police', series: 'series', species: 'species', news: 'news',
  feet: 'foot', teeth: 'tooth', mice: 'mouse', geese: 'goose', lives: 'life', wives: 'wife', knives: 'knife',
};

/** One English noun to its singular: drones → drone, casualties → casualty, buses → bus. */
export function singular(word: string): string {
  const w = word.toLowerCase();
  if (IRREGULAR[w]) return IRREGULAR[w]!;
  if (w.length <= 3) return w;
  if (/ies$/.test(w)) return w.slice(0, -3) + 'y';
  if (/(?:ss|sh|ch|x|z|us)es$/.test(w)) return w.slice(0, -2);
  if (/(?:ss|us|is|ous)$/.test(w)) return w;
  if (/s$/.test(w)) return w.slice(0, -1);
  return w;
}

/** The item a count is summed under: a synonym's name, else the singular head noun (the last word). */
export function itemKey(item: string): string {
  const words = item.toLowerCase().split(/[^\p{L}\p{N}-]+/u).filter(Boolean).map(singular);
  if (words.length === 0) return '';
  const phrase = words.join(' ');
  for (const [re, name] of SYNONYMS) if (re.test(phrase)) return name;
  return words[words.length - 1]!;
}

// Kinds of places: a count of them ("across three regions") tells the extent of another figure.
const PLACE_UNITS = new Set(['region', 'oblast', 'province', 'state', 'county', 'district', 'city', 'town', 'village', 'settlement', 'country', 'area', 'territory', 'municipality', 'community', 'locality']);

/** True for an item that counts places: such counts are the extent of an event, not a quantity of it. */
export function isPlaceUnit(key: string): boolean {
  return PLACE_UNITS.has(key);
}
