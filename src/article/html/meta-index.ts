import type { DomDocument } from './dom.js';

/**
 * The page's <meta> tags by lower-cased key (property, name, itemprop or http-equiv), first
 * one wins. Built once per page: a CSS query per key walks the whole document each time,
 * which cost more than all the other metadata work together.
 */
export class MetaIndex {
  private readonly byKey = new Map<string, string>();

  constructor(doc: DomDocument) {
    const metas = doc.querySelectorAll('meta');
    for (let i = 0; i < metas.length; i++) {
      const m = metas[i]!;
      const content = m.getAttribute('content') ?? m.getAttribute('datetime');
      if (!content?.trim()) continue;
      for (const attr of ['property', 'name', 'itemprop', 'http-equiv']) {
        const key = m.getAttribute(attr)?.trim().toLowerCase();
        if (key && !this.byKey.has(key)) this.byKey.set(key, content.replace(/\s+/g, ' ').trim());
      }
    }
  }

  /** The content of the first key present. */
  first(...keys: string[]): string | undefined {
    for (const k of keys) {
      const v = this.byKey.get(k);
      if (v) return v;
    }
    return undefined;
  }

  /** The contents of every key present, in the order of `keys`. */
  all(keys: readonly string[]): string[] {
    const out: string[] = [];
    for (const k of keys) {
      const v = this.byKey.get(k);
      if (v) out.push(v);
    }
    return out;
  }
}
