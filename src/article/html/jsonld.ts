import { decodeHTML } from 'entities';

/**
 * The schema.org objects of a page's JSON-LD blocks, flattened: arrays, @graph lists and
 * nested mainEntity objects all become one list, so callers look for a field without caring
 * how the publisher nested it.
 */
export type LdObject = Record<string, unknown>;

export function parseJsonLd(blocks: string[]): LdObject[] {
  const out: LdObject[] = [];
  const visit = (v: unknown, depth: number): void => {
    if (depth > 4 || v === null || typeof v !== 'object') return;
    if (Array.isArray(v)) {
      for (const x of v) visit(x, depth + 1);
      return;
    }
    const o = v as LdObject;
    out.push(o);
    if (o['@graph']) visit(o['@graph'], depth + 1);
    if (o.mainEntity && typeof o.mainEntity === 'object') visit(o.mainEntity, depth + 1);
  };
  for (const block of blocks) {
    // Some CMSs wrap the JSON in CDATA markers or leave a trailing semicolon.
    const json = block.trim().replace(/^\/\/\s*<!\[CDATA\[|\/\/\s*\]\]>$/g, '').replace(/;\s*$/, '');
    try {
      visit(JSON.parse(json), 0);
    } catch {
      // A malformed block is the publisher's problem; the other metadata sources still apply.
    }
  }
  return out;
}

const ARTICLE_TYPES = /Article|BlogPosting|Report|NewsArticle|WebPage|LiveBlogPosting|Posting/i;

function typesOf(o: LdObject): string {
  const t = o['@type'];
  return Array.isArray(t) ? t.join(' ') : typeof t === 'string' ? t : '';
}

/** Article-like objects first: a page's Organization or WebSite object also has names and dates. */
export function articleObjects(objects: LdObject[]): LdObject[] {
  const articles = objects.filter((o) => ARTICLE_TYPES.test(typesOf(o)) && !/WebSite|Organization/i.test(typesOf(o)));
  const webPages = articles.filter((o) => /^WebPage$/i.test(typesOf(o)));
  const real = articles.filter((o) => !/^WebPage$/i.test(typesOf(o)));
  return [...real, ...webPages];
}

/**
 * A string field, or the first string of an array field. JSON-LD sits in a <script>, where the HTML
 * parser decodes no entities, and many sites write them there anyway ("&#8220;Storm&#8221;").
 */
export function ldString(o: LdObject, key: string): string | undefined {
  const v = o[key];
  if (typeof v === 'string') return decodeHTML(v);
  if (Array.isArray(v) && typeof v[0] === 'string') return decodeHTML(v[0]);
  return undefined;
}

/** Names of the `author` field, which may be a string, a Person, or a list of either. */
export function ldAuthorNames(o: LdObject): string[] {
  const names: string[] = [];
  const visit = (v: unknown): void => {
    if (typeof v === 'string') names.push(decodeHTML(v));
    else if (Array.isArray(v)) v.forEach(visit);
    else if (v && typeof v === 'object') {
      const p = v as LdObject;
      if (/Organization/i.test(typesOf(p))) return;
      if (typeof p.name === 'string') names.push(decodeHTML(p.name));
    }
  };
  visit(o.author ?? o.creator);
  return names;
}
