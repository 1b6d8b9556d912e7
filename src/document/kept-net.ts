/**
 * compromise's post-tagger match network as the build keeps it in dist/compromise-model.json
 * (scripts/build-compromise.mjs): compromise builds it at its first parse, parsing each of its
 * patterns, a good part of a one-article run. Written as JSON, the patterns' sets and regular
 * expressions marked, and each hook as pattern numbers, so the patterns a hook shares stay shared.
 */

/** The network compromise's buildNet returns: per word or tag, the patterns it may start. */
export interface MatchNet {
  hooks: Record<string, object[]>;
  always: object[];
}

/** The network as written: the parsed patterns, and each hook by their numbers. */
export interface KeptNet {
  matches: unknown[];
  hooks: Record<string, number[]>;
  always: number[];
}

/** JSON.stringify's replacer for the patterns: a Set or a RegExp as a marked object. */
export function keptValue(_key: string, value: unknown): unknown {
  if (value instanceof Set) return { $set: [...(value as Set<unknown>)] };
  if (value instanceof RegExp) return { $re: [value.source, value.flags] };
  return value;
}

/** A value read back from JSON with its marked objects made into Sets and RegExps again, in place. */
function restoreValue(value: unknown): unknown {
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) value[i] = restoreValue(value[i]);
    return value;
  }
  if (value === null || typeof value !== 'object') return value;
  const object = value as Record<string, unknown>;
  if (Array.isArray(object.$set)) return new Set(object.$set);
  if (Array.isArray(object.$re)) return new RegExp(object.$re[0] as string, object.$re[1] as string);
  for (const key of Object.keys(object)) object[key] = restoreValue(object[key]);
  return object;
}

/** The parsed patterns and the network over them, from the JSON the build wrote. */
export function restoreNet(kept: KeptNet): { matches: object[]; net: MatchNet } {
  const matches = restoreValue(kept.matches) as object[];
  const hooks: Record<string, object[]> = {};
  for (const [key, numbers] of Object.entries(kept.hooks)) hooks[key] = numbers.map((n) => matches[n]!);
  return { matches, net: { hooks, always: kept.always.map((n) => matches[n]!) } };
}
