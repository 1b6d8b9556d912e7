// Hand-made records for the summary tests (the articles they stand for are invented).
import type { ArticleRecord, CountItem, DateItem, Official, Quote, Region } from '../../src/record/types.js';
import { itemKey } from '../../src/language/item-keys.js';

export function official(name: string, title: string | null, affiliation: string | null, mentions = 1, aliases: string[] = []): Official {
  return { name, title, affiliation, aliases, mentions: Array.from({ length: mentions }, (_, i) => ({ start: i * 10, end: i * 10 + name.length, text: name })) };
}

export function region(name: string, kind: Region['kind'] = 'region', mentions = 1, country?: string): Region {
  return { name, kind, ...(country ? { country } : {}), mentions: Array.from({ length: mentions }, (_, i) => ({ start: i, end: i + name.length, text: name })) };
}

export function count(text: string, value: number, item: string, region?: string, claim: Partial<Pick<CountItem, 'when' | 'source' | 'role'>> = {}): CountItem {
  return { text, value, item, item_key: itemKey(item), ...(region ? { region } : {}), when: null, source: null, role: 'single', ...claim, start: 0, end: text.length };
}

export function date(text: string, value: string, start = 0, type: DateItem['type'] = 'date'): DateItem {
  return { text, value, type, start, end: start + Array.from(text).length };
}

export function quote(text: string, speaker: string | null): Quote {
  return { text, speaker, start: 0, end: text.length };
}

export function record(id: string, items: Partial<ArticleRecord> = {}): ArticleRecord {
  return { id, source: { kind: 'file', path: `${id}.txt` }, officials: [], regions: [], dates: [], counts: [], quotes: [], organizations: [], ...items };
}
