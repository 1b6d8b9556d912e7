// The article viewer's renderer, which runs in the browser: the page carries this function's source
// (page-script.ts), and the tests call it on linkedom's DOM. It is self-contained (no outer name)
// for that reason. Text goes in as text nodes only, never parsed as HTML, however hostile.

/** The little of the DOM the renderer uses: the browser's, or linkedom's in the tests. */
export interface MarkDocument {
  createElement(tag: string): MarkElement;
  createTextNode(text: string): object;
}
export interface MarkElement {
  className: string;
  setAttribute(name: string, value: string): void;
  appendChild(node: object): unknown;
}

/**
 * The text in a `div.text`, each fact in a <mark class="k-KIND" data-f="N" title="NOTE">, the way
 * displaCy shows entities. `facts` holds four numbers a fact (UTF-16 start, end, kind, note).
 * Facts nest (a place inside a quote) and may cross; elements may only nest, so a fact that crosses
 * another is closed and reopened around it, its pieces sharing `data-f`.
 */
export function renderMarkedText(doc: MarkDocument, text: string, facts: readonly number[], kinds: readonly string[], notes: readonly string[]): MarkElement {
  const root = doc.createElement('div');
  root.className = 'text';
  const spans: Array<{ f: number; s: number; e: number; k: number; n: number }> = [];
  for (let i = 0; i + 3 < facts.length; i += 4) if (facts[i]! < facts[i + 1]!) spans.push({ f: i / 4, s: facts[i]!, e: Math.min(facts[i + 1]!, text.length), k: facts[i + 2]!, n: facts[i + 3]! });
  spans.sort((a, b) => a.s - b.s || b.e - a.e || a.f - b.f);
  const points = Array.from(new Set(spans.flatMap((x) => [x.s, x.e]))).sort((a, b) => a - b);
  const open: Array<{ span: (typeof spans)[number]; el: MarkElement }> = [];
  const parent = () => (open.length ? open[open.length - 1]!.el : root);
  const openSpan = (span: (typeof spans)[number]) => {
    const el = doc.createElement('mark');
    el.className = `k-${kinds[span.k]}`;
    el.setAttribute('data-f', String(span.f));
    el.setAttribute('title', notes[span.n] ?? '');
    parent().appendChild(el);
    open.push({ span, el });
  };
  let pos = 0;
  let next = 0;
  for (const p of points) {
    if (p > pos) parent().appendChild(doc.createTextNode(text.slice(pos, p)));
    pos = Math.max(pos, p);
    const first = open.findIndex((o) => o.span.e === p);
    // close down to the outermost fact ending here, then reopen the inner ones that go on
    if (first >= 0) for (const o of open.splice(first)) if (o.span.e > p) openSpan(o.span);
    while (next < spans.length && spans[next]!.s === p) openSpan(spans[next++]!);
  }
  if (pos < text.length) root.appendChild(doc.createTextNode(text.slice(pos)));
  return root;
}
