import type { Document } from '../../../document/document.js';
import type { ExtractionContext, Refiner } from '../../framework.js';
import type { Region } from '../../../record/types.js';
import type { CountCandidate } from '../candidate.js';

interface PlaceMention {
  start: number;
  end: number;
  name: string;
  kind: Region['kind'];
}

/** Every region mention, nested ones dropped ("Smolensk" inside "Smolensk Region"), in text order. */
function placeMentions(regions: readonly Region[]): PlaceMention[] {
  const all: PlaceMention[] = [];
  for (const r of regions) for (const m of r.mentions) all.push({ start: m.start, end: m.end, name: r.name, kind: r.kind });
  all.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: PlaceMention[] = [];
  for (const m of all) {
    const last = out[out.length - 1];
    if (last && m.start < last.end) continue;
    out.push(m);
  }
  return out;
}

const PREP_BEFORE_PLACE = /(?:^|[^\p{L}])(?:in|over|above|near|across|around|on|at|outside|inside|within|throughout|of|into|off)\s+(?:the\s+)?$/iu;
const PREP_BEFORE_PLACE_FRONTED = /^[^\p{L}]*(?:in|over|across|throughout|near|on|within)\s+(?:the\s+)?$/iu;
const CLAUSE_BREAK = /[,;:—–]/;
// a relative clause that stays in the place: "in the Smolensk region of Russia, where … shot down nine UAVs"
const WHERE_CLAUSE = /^[^,;:—–]*,\s*(?:where|in which)\b[^,;:—–]*$/iu;
const FRONTED_GAP = /^\s*,[^,;:—–]*$/u;
const REGION_ANAPHOR = /^[^,;:—–]*?(?:^|[^\p{L}])(?:in|over|above|across|throughout|within|of)\s+the\s+(?:region|oblast|province|republic|krai|territory|district|area)(?![\p{L}'’])/iu;
const MAX_GAP = 120;

/** Parenthesised asides do not break a clause: "the VKS (Air and Space Forces, or VKS) shot down". */
const withoutAsides = (s: string): string => s.replace(/\([^()]*\)/g, ' ');

function placedAfter(text: string, c: CountCandidate, sentenceEnd: number, mentions: PlaceMention[]): PlaceMention | null {
  const m = mentions.find((x) => x.start >= c.end && x.end <= sentenceEnd);
  if (!m || m.start - c.end > MAX_GAP) return null;
  const gap = withoutAsides(text.slice(c.end, m.start));
  return !CLAUSE_BREAK.test(gap) && PREP_BEFORE_PLACE.test(gap) ? m : null;
}

function placedBefore(text: string, c: CountCandidate, sentenceStart: number, mentions: PlaceMention[]): PlaceMention | null {
  let i = -1;
  for (let k = mentions.length - 1; k >= 0; k--) {
    if (mentions[k]!.end <= c.start && mentions[k]!.start >= sentenceStart) {
      i = k;
      break;
    }
  }
  if (i < 0) return null;
  // "the Smolensk region of Russia": the place is the first one, the country only locates it
  while (i > 0 && mentions[i - 1]!.start >= sentenceStart && /^\s+of\s+(?:the\s+)?$/iu.test(text.slice(mentions[i - 1]!.end, mentions[i]!.start))) i--;
  const m = mentions[i]!;
  const lead = text.slice(Math.max(sentenceStart, m.start - 40), m.start);
  if (!PREP_BEFORE_PLACE.test(lead)) return null;
  const gap = withoutAsides(text.slice(m.end, c.start));
  if (gap.length > MAX_GAP * 2) return null;
  if (!CLAUSE_BREAK.test(gap) && gap.length <= MAX_GAP) return m;
  if (WHERE_CLAUSE.test(gap)) return m;
  if (FRONTED_GAP.test(gap)) {
    const clauseStart = Math.max(sentenceStart, text.lastIndexOf(',', m.start) + 1, text.lastIndexOf(';', m.start) + 1);
    if (PREP_BEFORE_PLACE_FRONTED.test(text.slice(clauseStart, m.start))) return m;
  }
  return null;
}

/** "shot down over the region": the region the article last named. */
function placedByAnaphor(text: string, c: CountCandidate, sentenceEnd: number, mentions: PlaceMention[]): PlaceMention | null {
  if (!REGION_ANAPHOR.test(withoutAsides(text.slice(c.end, Math.min(sentenceEnd, c.end + MAX_GAP))))) return null;
  for (let k = mentions.length - 1; k >= 0; k--) {
    const m = mentions[k]!;
    if (m.end <= c.start && m.kind === 'region') return m;
  }
  return null;
}

/**
 * Puts each count in the place its clause names: a place after it ("five drones shot down in the
 * Bryansk Region"), else one before it in the same clause, a fronted phrase ("In the Kursk region,
 * three …") or a "where" clause, else "over the region" read as the region last named.
 */
export const assignRegions: Refiner<CountCandidate> = {
  name: 'counts take the region of their clause',
  refine(items: CountCandidate[], doc: Document, ctx: ExtractionContext) {
    const mentions = placeMentions(ctx.results.regions ?? []);
    if (!mentions.length) return items;
    return items.map((c) => {
      const s = c.sentence >= 0 ? doc.sentences[c.sentence]! : { start: 0, end: doc.text.length };
      const m =
        placedAfter(doc.text, c, s.end, mentions) ??
        placedBefore(doc.text, c, s.start, mentions) ??
        placedByAnaphor(doc.text, c, s.end, mentions);
      return m ? { ...c, region: m.name } : c;
    });
  },
};
