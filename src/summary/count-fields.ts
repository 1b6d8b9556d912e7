// What the summary reads of a count: its item key and role as the record gives them, so that one
// rule (the counts extractor's) decides roles; a record from a version before them falls back.
import { isPlaceKey, itemKey } from '../language/item-keys.js';
import type { CountItem, CountRole } from '../record/types.js';

export interface CountFields {
  key: string;
  role: CountRole;
  value: number;
}

const ROLES: ReadonlySet<string> = new Set<CountRole>(['total', 'part', 'extent', 'single']);

/**
 * A count's item key, role and value; undefined for a count with no item or no finite value. An
 * older record's count is keyed by its item and stands `single`, or is an `extent` when it counts places.
 */
export function countFields(c: CountItem): CountFields | undefined {
  if (typeof c?.item !== 'string' || typeof c.value !== 'number' || !Number.isFinite(c.value)) return undefined;
  const key = typeof c.item_key === 'string' && c.item_key !== '' ? c.item_key : itemKey(c.item);
  if (key === '') return undefined;
  const role = ROLES.has(c.role as string) ? c.role : isPlaceKey(key) ? 'extent' : 'single';
  return { key, role, value: c.value };
}
