import type { Document } from '../../document/document.js';
import type { Span } from '../../document/span.js';
import { runRefiners, type Extractor, type ExtractionContext, type Refiner } from '../framework.js';
import type { Quote } from '../../record/types.js';
import type { QuotedSpan } from '../../document/quotes.js';
import {
  attributionAfter,
  attributionBefore,
  hasCueBefore,
  sentenceStartBefore,
  sentenceSubjects,
  transcriptSpeaker,
  type Attribution,
} from './attribution.js';
import type { SpeakerPhrase } from './phrases.js';
import { isDirectQuote } from './fragments.js';
import { SpeakerResolver } from './speakers.js';
import { speakerIndexOf } from './speaker-index.js';
import { collectSources } from './sources.js';
import { paragraphPieces } from './paragraph-pieces.js';
import { partialAttribution } from './partial.js';
import { labelAttribution } from './labels.js';

/** A quoted span on its way to a Quote: where it sits and what names its speaker. */
export interface QuoteCandidate extends QuotedSpan {
  paragraph: number;
  attribution: Attribution | null;
  /** Took its speaker from the quote before it ("“A,” he said. “B.”"). */
  carried: boolean;
  speaker: string | null;
  cue?: string;
}

function paragraphIndex(paragraphs: Span[], pos: number): number {
  let lo = 0;
  let hi = paragraphs.length - 1;
  let best = 0;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (paragraphs[mid]!.start <= pos) {
      best = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return best;
}

function findCandidates(doc: Document): QuoteCandidate[] {
  // Every field written out, `cue` too: a spread that adds fields ({ ...q, paragraph }), or adding
  // `cue` later, makes a slow, large object (docs/text-layer.md).
  return doc.quotes.map((q) => ({
    start: q.start,
    end: q.end,
    open: q.open,
    after: q.after,
    family: q.family,
    closed: q.closed,
    startsParagraph: q.startsParagraph,
    multiParagraph: q.multiParagraph,
    paragraph: paragraphIndex(doc.paragraphs, q.open),
    attribution: null,
    carried: false,
    speaker: null,
    cue: undefined,
  }));
}

/** Reads the speech tag of each quote in the words between it and its neighbours. */
const attribute: Refiner<QuoteCandidate> = {
  name: 'attribute',
  refine(items, doc) {
    const text = doc.text;
    items.forEach((q, k) => {
      const para = doc.paragraphs[q.paragraph]!;
      const next = items[k + 1];
      const prev = items[k - 1];
      const afterEnd = Math.min(next ? next.open : text.length, q.multiParagraph ? paragraphEndAt(doc, q.after) : para.end);
      let beforeStart = Math.max(prev ? prev.after : 0, para.start);
      if (q.startsParagraph) {
        // A quote opening a paragraph takes its tag from a previous paragraph ending in a colon.
        const pp = doc.paragraphs[q.paragraph - 1];
        beforeStart = pp && /:\s*$/.test(text.slice(pp.start, pp.end)) ? Math.max(prev ? prev.after : 0, pp.start) : q.open;
      }
      q.attribution =
        labelAttribution(doc, q, q.paragraph) ??
        attributionAfter(text, q, Math.max(q.after, afterEnd)) ??
        attributionBefore(text, q, beforeStart) ??
        transcriptSpeaker(text, q);
      q.cue = q.attribution?.cue;
    });
    return items;
  },
};

function paragraphEndAt(doc: Document, pos: number): number {
  const p = doc.paragraphs[paragraphIndex(doc.paragraphs, pos)];
  return p && p.end >= pos ? p.end : pos;
}

/** Drops quoted fragments inside paraphrase, titles and scare quotes. */
const keepDirectQuotes: Refiner<QuoteCandidate> = {
  name: 'keepDirectQuotes',
  refine(items, doc) {
    const kept: QuoteCandidate[] = [];
    for (const q of items) {
      const followsQuote = kept.length > 0 && kept[kept.length - 1]!.paragraph === q.paragraph;
      if (isDirectQuote(doc.text, q, q.attribution, { followsQuote })) {
        kept.push(q);
        continue;
      }
      // A few of someone's words quoted inside a reporting sentence ('described it as “…”').
      const para = doc.paragraphs[q.paragraph]!;
      // "WASHINGTON (Reuters) - President X called …": the dateline is no part of the sentence
      const dateline = doc.frame.dateline;
      const from = dateline && dateline.start >= para.start && dateline.end <= q.open ? dateline.end : para.start;
      const partial = partialAttribution(doc.text, q, from, para.end);
      if (!partial) continue;
      q.attribution = partial;
      q.cue = partial.cue;
      kept.push(q);
    }
    return kept;
  },
};

/**
 * Resolves every speaker phrase to a name in text order, and lets a quote with no tag of its own
 * keep the speaker of the quote just before it when they belong together: the same paragraph
 * ("“A,” he said. “B.”"), or a paragraph that only continues the quoting.
 */
const resolveSpeakers: Refiner<QuoteCandidate> = {
  name: 'resolveSpeakers',
  refine(items, doc, ctx) {
    // the named sources of a text serve its quotes only
    if (items.length === 0) return items;
    const index = speakerIndexOf(doc, ctx);
    const resolver = new SpeakerResolver(index);
    collectSources(index.reportingCues, resolver, items);
    let prev: QuoteCandidate | null = null;
    for (const q of items) {
      if (q.attribution) {
        const subject = q.attribution.speaker.kind === 'pronoun' ? subjectNear(doc, q, prev) : [];
        // a document's author is told of before the quote and its tag
        const r = resolver.resolve(q.attribution.speaker, subject, Math.min(q.open, q.attribution.speaker.start));
        q.speaker = r.name;
        if (r.name) resolver.addSource(r.name, q.attribution.speaker.start, r.isOrganization, true);
      } else if (prev && prev.speaker && continues(doc, prev, q)) {
        q.speaker = prev.speaker;
        q.cue = undefined;
        q.carried = true;
      } else {
        // No tag and no quote to continue: the person the sentence or paragraph before is about
        // ("Viguerie is upbeat about Cruz’s chances.\n\n“…”").
        q.speaker = resolver.knownPerson(subjectNear(doc, q, prev)) ?? currentStatement(doc, resolver, prev, q);
      }
      prev = q;
    }
    return items;
  },
};

/**
 * The named subject that introduces a quote: of the sentence the quote sits in ("DuVernay said
 * … “…,” she said."), or, for a quote opening a paragraph, of the paragraph before it when that
 * paragraph holds no quote ("Jo-Renee Formicola described …\n\n“…” she said.").
 */
function subjectNear(doc: Document, q: QuoteCandidate, prev: QuoteCandidate | null): SpeakerPhrase[] {
  const text = doc.text;
  const para = doc.paragraphs[q.paragraph]!;
  const out: SpeakerPhrase[] = [];
  const prevInParagraph = prev !== null && prev.paragraph === q.paragraph;
  if (!q.startsParagraph) {
    const from = Math.max(para.start, prevInParagraph ? prev.after : para.start);
    const s = sentenceStartBefore(text, q, from);
    if (s < q.open) out.push(...sentenceSubjects(text, s, q.open));
    // The paragraph's first sentence names who the paragraph is about.
    if (!prevInParagraph && s > para.start) out.push(...sentenceSubjects(text, para.start, q.open));
    if (out.length || prevInParagraph) return out;
  }
  const pp = doc.paragraphs[q.paragraph - 1];
  if (!pp || (prev && prev.paragraph === q.paragraph - 1)) return out;
  // The paragraph's last sentence leads into the quote; its first names who it is about.
  const last = doc.sentenceAt(pp.end - 1);
  if (last && last.start > pp.start) out.push(...sentenceSubjects(text, last.start, last.end));
  out.push(...sentenceSubjects(text, pp.start, pp.end));
  // "… which concerns Henry Crespo, president of the caucus.": a person the paragraph ends by introducing.
  const introduced = introducedAtEnd(text, pp);
  if (introduced) out.push(introduced);
  return out;
}

/** How far from a paragraph's end a person introduced with an apposition may stand. */
const INTRODUCED_REACH = 160;
const INTRODUCED = /(?<name>\p{Lu}[\p{L}'’-]+(?: \p{Lu}\.?)?(?: \p{Lu}[\p{L}'’-]+){1,2}), (?:a |an |the )?\p{Ll}[^.!?]*[.!?]?$/u;

/** A full name in apposition at the end of a paragraph, read as a speaker phrase. */
function introducedAtEnd(text: string, pp: Span): SpeakerPhrase | null {
  const from = Math.max(pp.start, pp.end - INTRODUCED_REACH);
  const m = INTRODUCED.exec(text.slice(from, pp.end));
  if (!m) return null;
  const start = from + m.index;
  const end = start + m.groups!.name!.length;
  return { kind: 'name', start, end, nameStart: start, nameEnd: end };
}

/** How many paragraphs without a quote may stand between a statement and its next untagged quote. */
const STATEMENT_GAP = 2;

/**
 * The statement an untagged quote opening a paragraph goes on with: the one person the paragraphs
 * since the last quote refer to ("He said several people sheltered in place.\n\n“…”"), else, when
 * they name no one, the last quote's speaker.
 */
function currentStatement(doc: Document, resolver: SpeakerResolver, prev: QuoteCandidate | null, q: QuoteCandidate): string | null {
  if (!prev || !q.startsParagraph || q.paragraph - paragraphIndex(doc.paragraphs, prev.end) - 1 > STATEMENT_GAP) return null;
  const from = doc.paragraphs[paragraphIndex(doc.paragraphs, prev.end) + 1]?.start ?? q.open;
  const referents = resolver.peopleBetween(from, q.open);
  if (referents.length === 1) return referents[0]!;
  return referents.length === 0 && prev.attribution?.position !== 'within' ? prev.speaker : null;
}

/** Whether an untagged quote goes on with the previous quote's speaker. */
function continues(doc: Document, prev: QuoteCandidate, q: QuoteCandidate): boolean {
  // A few words quoted inside a sentence start no statement that a later paragraph goes on with.
  if (prev.attribution?.position === 'within' && prev.paragraph !== q.paragraph) return false;
  // A quote over several paragraphs ends in a later one: "…\n“B,” added X. “C.”" goes on with X.
  if (prev.paragraph === q.paragraph || (prev.multiParagraph && paragraphIndex(doc.paragraphs, prev.end) === q.paragraph)) return true;
  if (q.paragraph - prev.paragraph > 1 && !prev.multiParagraph) return false;
  // The next paragraph opens with a quote and nothing else names a new speaker before it.
  return q.startsParagraph && !hasCueBefore(doc.text, q, doc.paragraphs[q.paragraph]!.start);
}

/** Splits a quote over several paragraphs into one quote a paragraph, each with its speaker. */
const splitParagraphs: Refiner<QuoteCandidate> = {
  name: 'splitParagraphs',
  refine(items, doc) {
    if (!items.some((q) => q.multiParagraph)) return items;
    return items.flatMap((q) => paragraphPieces(doc, q, doc.paragraphs));
  },
};

const REFINERS: Refiner<QuoteCandidate>[] = [attribute, keepDirectQuotes, resolveSpeakers, splitParagraphs];

export function extractQuotes(doc: Document, ctx: ExtractionContext): QuoteCandidate[] {
  return runRefiners(REFINERS, findCandidates(doc), doc, ctx);
}

export const quotesExtractor: Extractor<'quotes'> = {
  kind: 'quotes',
  needs: ['people', 'organizations', 'speakers'],
  extract(doc: Document, ctx: ExtractionContext): Quote[] {
    return extractQuotes(doc, ctx).map((q) => {
      const item: Quote = { text: doc.text.slice(q.start, q.end), speaker: q.speaker, start: q.start, end: q.end };
      if (q.cue) item.cue = q.cue;
      return item;
    });
  },
};
