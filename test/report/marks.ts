// Reads the facts back from a marked text, by walking the DOM (never by regular expressions): each
// fact's kind and its code point range, the union of its pieces.
import { parseHTML } from 'linkedom';
import { ITEM_KINDS } from '../../src/record/types.js';
import { renderMarkedText, type MarkDocument } from '../../src/report/marks-renderer.js';

export interface MarkRange {
  kind: string;
  start: number;
  end: number;
}

export interface DomNode {
  nodeType: number;
  childNodes: ArrayLike<DomNode>;
  textContent: string | null;
  getAttribute?(name: string): string | null;
  localName?: string;
  querySelector(selector: string): DomNode | null;
  querySelectorAll(selector: string): ArrayLike<DomNode>;
}

/** Each fact (`data-f`) of a marked text, with the range of code points its pieces cover. */
export function markRanges(root: DomNode): Map<number, MarkRange> {
  const ranges = new Map<number, MarkRange>();
  let offset = 0;
  const visit = (node: DomNode) => {
    if (node.nodeType === 3) {
      offset += Array.from(node.textContent ?? '').length;
      return;
    }
    const f = node.localName === 'mark' ? node.getAttribute?.('data-f') : null;
    const start = offset;
    for (const child of Array.from(node.childNodes)) visit(child);
    if (f === null || f === undefined) return;
    const kind = (node.getAttribute?.('class') ?? '').replace(/^k-/, '');
    const seen = ranges.get(Number(f));
    if (seen) ranges.set(Number(f), { kind, start: Math.min(seen.start, start), end: Math.max(seen.end, offset) });
    else ranges.set(Number(f), { kind, start, end: offset });
  };
  visit(root);
  return ranges;
}

/** The page's renderer run on linkedom's DOM, as the browser runs it. */
export function rendered(text: string, marks: readonly number[], notes: readonly string[], kinds: readonly string[] = ITEM_KINDS): DomNode {
  const { document } = parseHTML('<!DOCTYPE html><html><body></body></html>');
  return renderMarkedText(document as unknown as MarkDocument, text, marks, kinds, notes) as unknown as DomNode;
}
