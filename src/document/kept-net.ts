/**
 * compromise's post-tagger match network as the build keeps it in dist/compromise-model.json
 * (scripts/build-compromise.mjs): compromise builds it at its first parse, parsing each of its
 * patterns, a good part of a one-article run. Written as JSON: each hook as pattern numbers, so the
 * patterns hooks share stay shared, and the few sets and regular expressions in the parsed patterns
 * as arrays, listed by where they stand, so that reading them back visits only those.
 */

/** The network compromise's buildNet returns: per word or tag, the patterns it may start. */
export interface MatchNet {
  hooks: Record<string, object[]>;
  always: object[];
}

type Step = string | number;

/** The network as written. */
export interface KeptNet {
  /** The parsed patterns, a Set written as its values and a RegExp as [source, flags]. */
  matches: unknown[];
  hooks: Record<string, number[]>;
  always: number[];
  /** Where each Set or RegExp stood: the steps from `matches` to it, then 'set' or 'regexp'. */
  typed: Step[][];
}

/** JSON.stringify's replacer for a kept network: a Set as its values, a RegExp as [source, flags]. */
export function keptValue(_key: string, value: unknown): unknown {
  if (value instanceof Set) return [...(value as Set<unknown>)];
  if (value instanceof RegExp) return [value.source, value.flags];
  return value;
}

/** The steps to every Set and RegExp under `value`, each followed by its kind. */
function typedPaths(value: unknown, path: Step[], out: Step[][]): Step[][] {
  if (value instanceof Set) out.push([...path, 'set']);
  else if (value instanceof RegExp) out.push([...path, 'regexp']);
  else if (Array.isArray(value)) value.forEach((item, i) => typedPaths(item, [...path, i], out));
  else if (value !== null && typeof value === 'object') for (const [key, item] of Object.entries(value)) typedPaths(item, [...path, key], out);
  return out;
}

/** The network buildNet made over `matches`, to be written with keptValue. */
export function keepNet(matches: object[], net: MatchNet): KeptNet {
  const number = new Map(matches.map((match, i) => [match, i]));
  const numbers = (list: object[]) => list.map((match) => number.get(match)!);
  const hooks: Record<string, number[]> = {};
  for (const [key, list] of Object.entries(net.hooks)) hooks[key] = numbers(list);
  return { matches, hooks, always: numbers(net.always), typed: typedPaths(matches, [], []) };
}

/** The parsed patterns and the network over them, from the JSON the build wrote; the patterns are restored in place. */
export function restoreNet(kept: KeptNet): { matches: object[]; net: MatchNet } {
  const matches = kept.matches as object[];
  for (const path of kept.typed) {
    let parent = matches as unknown as Record<Step, unknown>;
    for (let i = 0; i < path.length - 2; i++) parent = parent[path[i]!] as Record<Step, unknown>;
    const key = path[path.length - 2]!;
    const values = parent[key] as unknown[];
    parent[key] = path[path.length - 1] === 'set' ? new Set(values) : new RegExp(values[0] as string, values[1] as string);
  }
  const hooks: Record<string, object[]> = {};
  for (const [key, list] of Object.entries(kept.hooks)) hooks[key] = list.map((n) => matches[n]!);
  return { matches, net: { hooks, always: kept.always.map((n) => matches[n]!) } };
}
