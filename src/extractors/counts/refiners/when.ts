import type { Document } from '../../../document/document.js';
import type { Refiner } from '../../framework.js';
import type { DateItem } from '../../../record/types.js';
import { anchorsEvent, articleTime } from '../../setting.js';
import type { CountCandidate } from '../candidate.js';
import { alternation } from '../../../language/alternation.js';
import { RUNNING_TOTAL_PHRASES, STANDING_FACT_PHRASES } from '../../../language/counting.js';

const TIMELESS = new RegExp(`\\b(?:${alternation([...RUNNING_TOTAL_PHRASES, ...STANDING_FACT_PHRASES])})\\b`, 'i');

/**
 * When the counted things happened or were seen: the date or time nearest the count in its own
 * sentence, else the last one earlier in its paragraph, else the time the article reports on (its
 * opening's day, else the publication day). A running total ("has since killed") or a standing fact
 * ("live in the valley") has none.
 */
export const assignWhen: Refiner<CountCandidate> = {
  name: 'assignWhen',
  refine(items, doc, ctx) {
    if (items.length === 0) return items;
    const dates = (ctx.results.dates ?? []).filter(anchorsEvent);
    const reported = articleTime(doc.frame, dates, doc.published);
    for (const c of items) c.when = timeless(doc, c) ? null : (dateInSentence(doc, dates, c) ?? dateEarlierInParagraph(doc, dates, c))?.value ?? reported;
    return items;
  },
};

/** The anchored date nearest the count inside the count's sentence, or undefined. */
function dateInSentence(doc: Document, dates: readonly DateItem[], c: CountCandidate): DateItem | undefined {
  const s = doc.sentences[c.sentence];
  if (!s) return undefined;
  let best: DateItem | undefined;
  let bestGap = Infinity;
  for (const d of dates) {
    if (d.start < s.start || d.end > s.end || (d.start < c.end && d.end > c.start)) continue;
    const gap = d.start >= c.end ? d.start - c.end : c.start - d.end;
    if (gap < bestGap) (best = d), (bestGap = gap);
  }
  return best;
}

/** The last anchored date before the count's sentence in its paragraph: the time the paragraph goes on telling of. */
function dateEarlierInParagraph(doc: Document, dates: readonly DateItem[], c: CountCandidate): DateItem | undefined {
  const s = doc.sentences[c.sentence];
  const p = doc.frame.paragraphs[doc.frame.paragraphIndexAt(c.start)];
  if (!s || !p) return undefined;
  let last: DateItem | undefined;
  for (const d of dates) if (d.start >= p.start && d.end <= s.start) last = d;
  return last;
}

/** How far from a count, in characters, a running-total or standing-fact phrase still speaks of it (about nine words). */
const TIMELESS_REACH = 60;

function timeless(doc: Document, c: CountCandidate): boolean {
  const s = doc.sentences[c.sentence];
  if (!s) return false;
  const before = doc.text.slice(Math.max(s.start, c.start - TIMELESS_REACH), c.start);
  const after = doc.text.slice(c.end, Math.min(s.end, c.end + TIMELESS_REACH));
  return TIMELESS.test(before) || TIMELESS.test(after);
}
