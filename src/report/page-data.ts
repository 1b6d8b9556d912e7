// The data the page's script reads, in one `<script type="application/json">`: each article's text
// and marks (drawn only when the article is opened), the hover notes, and the officials' quotes as
// places in those texts, so that no text is in the page twice.
import { ITEM_KINDS } from '../record/types.js';
import { jsonForScript } from './html-text.js';
import type { ReportArticle, ReportData } from './model.js';

/** A quote as the page carries it: its article's place and its UTF-16 span there, or its text when the article has none. */
type QuoteEntry = [article: number, start: number, end: number] | [article: number, text: string];

export class PageData {
  private readonly index = new Map<string, number>();
  private readonly quoteLists: QuoteEntry[][] = [];

  constructor(private readonly data: ReportData) {
    data.articles.forEach((a, i) => {
      if (!this.index.has(a.id)) this.index.set(a.id, i);
    });
  }

  /** The place of the first article of this id in the list. */
  articleIndex(id: string): number | undefined {
    return this.index.get(id);
  }

  /** Keeps a speaker's quotes, each found in its article's text; the number the page's script knows the list by. */
  quoteList(quotes: ReadonlyArray<{ article: string; text: string }>): number {
    const entries = quotes.map((q): QuoteEntry => {
      const i = this.index.get(q.article) ?? -1;
      const at = this.data.articles[i]?.text?.indexOf(q.text) ?? -1;
      return at >= 0 ? [i, at, at + q.text.length] : [i, q.text];
    });
    return this.quoteLists.push(entries) - 1;
  }

  /** The script element that carries it all; call once the page's sections are made. */
  element(): string {
    const articles = this.data.articles.map((a: ReportArticle) => ({
      id: a.id,
      title: a.title,
      published: a.published,
      url: a.url,
      text: a.text,
      marks: a.marks,
      error: a.error && `${a.error.code}: ${a.error.message}`,
    }));
    const json = jsonForScript({ kinds: ITEM_KINDS, notes: this.data.notes, articles, quotes: this.quoteLists });
    return `<script type="application/json" id="report-data">${json}</script>`;
  }
}
