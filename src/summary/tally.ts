// Tallies of spellings: how many reports use each, and the one most use.

/** The most used key of a tally, the earliest seen on a tie (Map keeps insertion order). */
export function mostUsed(tally: Map<string, number>): string | undefined {
  let best: string | undefined;
  let n = -1;
  for (const [k, v] of tally) if (v > n) [best, n] = [k, v];
  return best;
}

export function tallyAdd(tally: Map<string, number>, key: string, by = 1): void {
  tally.set(key, (tally.get(key) ?? 0) + by);
}
