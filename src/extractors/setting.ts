import type { ArticleFrame } from '../document/frame.js';
import type { Span } from '../document/span.js';
import type { Region, RegionKind } from '../record/types.js';

// A city or region says more about where events happened than the country holding it.
export const SPECIFICITY: Readonly<Record<RegionKind, number>> = { city: 2, region: 2, country: 1 };

/** The regions with a mention inside `span`, in the order first named there. */
export function regionsNamedIn(regions: readonly Region[], span: Span): Region[] {
  const firstAt = (r: Region) => r.mentions.find((m) => m.start >= span.start && m.end <= span.end)?.start ?? -1;
  return regions.filter((r) => firstAt(r) >= 0).sort((a, b) => firstAt(a) - firstAt(b));
}

/**
 * The place an article reports on: the most specific region its headline, dateline and lead name,
 * the one named most often across the article breaking ties; null when they name none. Extractors
 * give it to facts whose own sentence and paragraph name no place.
 */
export function articlePlace(frame: ArticleFrame, regions: readonly Region[]): Region | null {
  const opening = [frame.headline, frame.dateline?.place ?? null, frame.lead].filter((s): s is Span => s !== null);
  const named = new Set(opening.flatMap((span) => regionsNamedIn(regions, span)));
  let best: Region | null = null;
  for (const r of named) {
    if (!best || SPECIFICITY[r.kind] > SPECIFICITY[best.kind] || (SPECIFICITY[r.kind] === SPECIFICITY[best.kind] && r.mentions.length > best.mentions.length)) best = r;
  }
  return best;
}
