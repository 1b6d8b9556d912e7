// What `summarize --since/--until/--region/--item` keep of the claims and counts: a test for each
// of a figure's day, region and item, resolved against the summary's own names.
import { itemKey } from '../language/item-keys.js';
import { dayWithin } from './claim-day.js';
import { placeKey } from './keys.js';
import type { SummaryRegion } from './types.js';

export interface SummaryFilter {
  /** First day kept, YYYY-MM-DD, inclusive. */
  since?: string;
  /** Last day kept, YYYY-MM-DD, inclusive. */
  until?: string;
  /** Region names, matched to the summary's names and aliases case-insensitively; any one of them. */
  regions?: string[];
  /** Item keys, singular or plural ("drones", "UAVs" → drone); any one of them. */
  items?: string[];
}

/** The tests a figure passes to be kept. */
export interface Selection {
  day(day: string | null): boolean;
  region(name: string | null): boolean;
  item(key: string): boolean;
}

/** The regions a name stands for: the summary region it names (by name or alias) and its place key. */
function regionTest(names: readonly string[], regions: readonly SummaryRegion[]): (name: string | null) => boolean {
  const wanted = new Set<string>();
  const keys = new Set<string>();
  for (const name of names) {
    const lower = name.trim().toLowerCase();
    wanted.add(lower);
    if (placeKey(name) !== '') keys.add(placeKey(name));
    for (const r of regions) if ([r.name, ...r.aliases].some((n) => n.toLowerCase() === lower)) wanted.add(r.name.toLowerCase());
  }
  return (name) => name !== null && (wanted.has(name.toLowerCase()) || keys.has(placeKey(name)));
}

/** The selection a filter makes, its region names resolved against the summary's places. */
export function selection(filter: SummaryFilter | undefined, regions: readonly SummaryRegion[]): Selection {
  const regionNames = filter?.regions?.filter((r) => r.trim() !== '') ?? [];
  const itemNames = filter?.items?.filter((i) => i.trim() !== '') ?? [];
  const region = regionNames.length ? regionTest(regionNames, regions) : () => true;
  const items = new Set(itemNames.flatMap((i) => [i.trim().toLowerCase(), itemKey(i)]));
  return {
    day: (day) => dayWithin(day, filter?.since, filter?.until),
    region,
    item: (key) => items.size === 0 || items.has(key),
  };
}
