import { MONTH_ABBREVIATIONS, MONTH_NAMES } from '../../language/calendar.js';
import type { DomDocument } from './dom.js';
import { articleObjects, ldAuthorNames, ldString, type LdObject } from './jsonld.js';
import type { MetaIndex } from './meta-index.js';
import { inlineText } from './text.js';

/**
 * The headline: JSON-LD headline and og:title are written for sharing and carry no site
 * name; <title> usually ends in " | Site" or " - Site", which is cut when a headline-length
 * part remains.
 */
export function findTitle(doc: DomDocument, metas: MetaIndex, ld: LdObject[]): string | undefined {
  for (const o of articleObjects(ld)) {
    const h = ldString(o, 'headline');
    if (h?.trim()) return h.replace(/\s+/g, ' ').trim();
  }
  const og = metas.first('og:title', 'twitter:title', 'dc.title', 'headline');
  if (og) return og;
  const h1 = inlineText(doc.querySelector('article h1') ?? doc.querySelector('h1'));
  const title = (doc.title ?? '').replace(/\s+/g, ' ').trim();
  if (title) {
    if (h1 && title.includes(h1)) return h1;
    const parts = title.split(/\s+[|\-–—»:]\s+/);
    if (parts.length > 1 && parts[0]!.split(' ').length >= 3) return parts[0];
    return title;
  }
  return h1 || undefined;
}

/** News agencies and boilerplate that bylines append to the writer's name. */
const AGENCY = /\b(?:Associated Press|AP|Reuters|AFP|PTI|IANS|ANI|Xinhua|Sputnik(?: International)?|CNN|BBC News|dpa|EFE|ANSA|Press Trust of India|Agence France-Presse|Bloomberg|UPI|TASS|Interfax|RIA Novosti|CNN Wire|Staff(?: Writer| Reporter)?|(?:Sports |Senior |Political |Business )?Writer|Contributor|Correspondent|Editor|Reporter|Special to .*|Contributing Writer|News Service|Wire Services?|The Conversation)\b/gi;

/** "12 Nov. 2019 …" and "November 12 …" ending a byline. */
const DAY_MONTH_YEAR_TAIL = new RegExp(`\\b\\d{1,2}\\s+(?:${MONTH_NAMES.map((m) => m.slice(0, 3)).join('|')})[a-z]*\\.?\\s+\\d{4}\\b.*$`, 'i');
const MONTH_DAY_TAIL = new RegExp(`\\b(?:${MONTH_NAMES.join('|')}|(?:${MONTH_ABBREVIATIONS.join('|')})\\.?)\\s+\\d{1,2}\\b.*$`, 'i');

/**
 * Cleans a byline to the names in it: drops "By", "Written by", e-mail addresses, dates,
 * "Updated …" tails and agency names, and splits "A and B" / "A, B" into names.
 */
export function cleanAuthor(raw: string): string[] {
  let s = raw.replace(/\s+/g, ' ').trim();
  if (/^https?:\/\//i.test(s)) {
    // A profile URL (article:author on Facebook-style pages): its last path part is the name.
    const last = s.replace(/\/+$/, '').split('/').pop() ?? '';
    s = /^[a-z]+(?:[-_][a-z]+)+$/i.test(last) ? last.replace(/[-_]/g, ' ').replace(/\b\w/g, (c) => c.toUpperCase()) : '';
  }
  s = s
    .replace(/\S+@\S+/g, ' ')
    .replace(/\b(?:Updated|Published|Posted)\b.*$/i, ' ')
    .replace(/\S+\.(?:txt|html?|php)\b/gi, ' ')
    .replace(/@\w+/g, ' ')
    .replace(/(?:\bon\s+)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|\b(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[.,]).*$/i, ' ')
    .replace(DAY_MONTH_YEAR_TAIL, ' ')
    .replace(MONTH_DAY_TAIL, ' ')
    .replace(/\d{1,2}[./-]\d{1,2}[./-]\d{2,4}.*$/, ' ')
    .replace(/\S*-at-large\b/gi, ' ')
    .replace(/^\s*(?:(?:written|posted|reported|story|text|words|analysis|opinion|commentary|review|photos?)\s+)?by\s*:?\s+/i, '')
    .replace(/^\s*(?:автор(?:ы)?|текст|автор материала)\s*:\s*/iu, '')
    .replace(/(?<=\p{Ll}\p{Ll})\.\s+(?=\p{Lu})/gu, ',')
    .replace(AGENCY, ' ')
    .replace(/[|•·]/g, ',')
    .replace(/\s+(?:and|&)\s+/gi, ',');
  const names = s
    .split(/\s*[,;/]\s*/)
    .map((n) => n.replace(/^(?:by|and|with|for|the|of|in)\s+/i, '').replace(/[\s.,:;()\-–—]+$/, '').replace(/^[\s.,:;()\-–—]+/, '').trim())
    .filter((n) => n.length > 1 && n.length < 60 && /\p{L}/u.test(n) && n.split(' ').length <= 5 && !/^(?:by|and|staff|admin|editor|news|desk)$/i.test(n));
  return [...new Set(names)];
}

const BYLINE_SELECTORS = '[rel="author"], [itemprop="author"] [itemprop="name"], [itemprop="author"], .byline, .author-name, .author, .article-author, .byline-name';

/** The author: JSON-LD author, then meta author tags, then a byline element in the page. */
export function findAuthor(doc: DomDocument, metas: MetaIndex, ld: LdObject[]): string | undefined {
  const sources: Array<() => string[]> = [
    () => articleObjects(ld).flatMap(ldAuthorNames),
    () => [metas.first('author', 'article:author', 'parsely-author', 'sailthru.author', 'byl', 'dc.creator', 'twitter:creator:name') ?? ''],
    () => {
      const el = doc.querySelector(BYLINE_SELECTORS);
      return el ? [el.getAttribute('content') ?? inlineText(el)] : [];
    },
  ];
  for (const source of sources) {
    const names = source().filter(Boolean).flatMap(cleanAuthor);
    if (names.length) return [...new Set(names)].join(', ');
  }
  return undefined;
}

/** The canonical URL (link rel=canonical, then og:url), made absolute against the fetched URL. */
export function findCanonicalUrl(doc: DomDocument, metas: MetaIndex, pageUrl: string | undefined): string | undefined {
  const raw = doc.querySelector('link[rel="canonical"]')?.getAttribute('href')?.trim() || metas.first('og:url');
  if (raw) {
    try {
      const u = new URL(raw, pageUrl);
      if (u.protocol === 'http:' || u.protocol === 'https:') return u.href;
    } catch {
      // An unparseable canonical link: fall back to the URL the page came from.
    }
  }
  return pageUrl;
}
