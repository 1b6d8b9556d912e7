import type { Document } from '../document/document.js';
import { PositionSet } from '../document/position-set.js';
import { countBelow, type Span } from '../document/span.js';
import type { ResultKind, ResultsByKind } from './results.js';

/**
 * What earlier extractors found, for the later ones: counts put their numbers in regions, officials
 * take affiliations from regions and organizations, quotes take speakers from people.
 * Items here still carry UTF-16 offsets; the record builder converts them to code points last.
 */
export interface ExtractionContext {
  results: Partial<ResultsByKind>;
}

export interface Extractor<K extends ResultKind> {
  kind: K;
  /** Kinds whose results this extractor reads from the context; they run first. */
  needs: ResultKind[];
  /**
   * Whether it reads the document's tokens (Document.tokens). After the last extractor that does,
   * the pipeline lets the tokens go: they are most of a long article's memory (docs/runtime.md).
   */
  readsTokens?: true;
  extract(doc: Document, ctx: ExtractionContext): ResultsByKind[K];
}

/**
 * One small pattern and the step that turns a match into candidate items, as in chrono-node.
 * Patterns must be global (`g`) regular expressions; they are run over the whole text, or over
 * each sentence when `scope` is 'sentence'.
 */
export interface Parser<T> {
  name: string;
  pattern: RegExp;
  scope?: 'text' | 'sentence';
  extract(match: RegExpExecArray, doc: Document, ctx: ExtractionContext): T | T[] | null | undefined;
}

/**
 * A parser whose pattern matches very often (at every capitalised word) and whose extract step needs
 * only where a match starts: `nextStart` finds the next start on character codes, so no match array
 * is made for each of the many matches the step rejects. The pattern matches one code point and is
 * kept as the definition: nextStart(text, from) is where the pattern, run globally, next matches at
 * or after `from`, or -1 (a property test holds it to that); never inside a surrogate pair, where
 * a Unicode pattern starts no match. It runs over the whole text.
 */
export interface PositionParser<T> {
  name: string;
  pattern: RegExp;
  nextStart(text: string, from: number): number;
  extractAt(start: number, doc: Document, ctx: ExtractionContext): T | T[] | null | undefined;
}

/** A pass over all candidates: merge, filter, resolve. Runs in list order after the parsers. */
export interface Refiner<T> {
  name: string;
  refine(items: T[], doc: Document, ctx: ExtractionContext): T[];
}

export function runParsers<T>(parsers: readonly (Parser<T> | PositionParser<T>)[], doc: Document, ctx: ExtractionContext): T[] {
  const out: T[] = [];
  const push = (r: T | T[] | null | undefined) => {
    if (r == null) return;
    if (Array.isArray(r)) out.push(...r);
    else out.push(r);
  };
  for (const parser of parsers) {
    if ('nextStart' in parser) {
      // a match is one code point and never starts inside a surrogate pair: the next search may begin one unit on
      for (let at = parser.nextStart(doc.text, 0); at >= 0; at = parser.nextStart(doc.text, at + 1)) push(parser.extractAt(at, doc, ctx));
      continue;
    }
    const re = parser.pattern;
    if (!re.global) throw new Error(`parser ${parser.name}: pattern must be global`);
    const ranges = parser.scope === 'sentence' ? doc.sentences : [{ start: 0, end: doc.text.length }];
    for (const range of ranges) {
      const slice = range.start === 0 && range.end === doc.text.length ? doc.text : doc.text.slice(range.start, range.end);
      re.lastIndex = 0;
      for (let m = re.exec(slice); m; m = re.exec(slice)) {
        if (m[0].length === 0) re.lastIndex++;
        if (range.start !== 0) m.index += range.start;
        push(parser.extract(m, doc, ctx));
      }
    }
  }
  return out;
}

export function runRefiners<T>(refiners: readonly Refiner<T>[], items: T[], doc: Document, ctx: ExtractionContext): T[] {
  return refiners.reduce((acc, r) => r.refine(acc, doc, ctx), items);
}

/** Parsers then refiners: the whole of a chrono-style extractor. */
export function parseAndRefine<T>(
  parsers: readonly (Parser<T> | PositionParser<T>)[],
  refiners: readonly Refiner<T>[],
  doc: Document,
  ctx: ExtractionContext,
): T[] {
  return runRefiners(refiners, runParsers(parsers, doc, ctx), doc, ctx);
}

/**
 * Drops candidates whose span overlaps an earlier, longer one: the usual last refiner.
 * The kept spans never overlap, so no two share a start, and each candidate is checked against
 * the kept spans on either side of its start, found in a PositionSet of the candidates' starts:
 * O(n log n) on long inputs.
 */
export function keepLongestNonOverlapping<T extends Span>(items: T[]): T[] {
  const sorted = [...items].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const starts = [...new Set(items.map((it) => it.start))].sort((a, b) => a - b);
  const keptAt: (T | undefined)[] = new Array(starts.length);
  const taken = new PositionSet(starts.length);
  for (const it of sorted) {
    const i = countBelow(starts, it.start);
    const before = keptAt[taken.lastBelow(i)];
    const after = keptAt[taken.firstFrom(i)];
    if (before && before.end > it.start) continue;
    if (after && after.start < it.end) continue;
    if (it.end === it.start && after && after.start === it.start) continue;
    taken.add(i);
    keptAt[i] = it;
  }
  return keptAt.filter((it): it is T => it !== undefined);
}
