// The articles: a list (title and id, date, items of each kind) and a viewer that shows one
// article's text with its facts marked when it is clicked. The texts are in the page's data
// (page-data.ts), which the browser parses but does not lay out: 2,000 articles open as fast as a short list.
import { ITEM_KINDS } from '../record/types.js';
import { KIND_LABELS } from './fact-spans.js';
import { escapeHtml } from './html-text.js';
import type { ReportArticle } from './model.js';

function listRow(a: ReportArticle, i: number): string {
  const tally = ITEM_KINDS.map((k) => `<td class="num">${a.tally[k] || ''}</td>`).join('');
  const title = a.error ? `<span class="error">${escapeHtml(a.error.code)}</span> ` : a.title ? `${escapeHtml(a.title)} ` : '';
  const id = `<span class="id" title="${escapeHtml(a.id)}">${escapeHtml(a.id)}</span>`;
  return `<tr data-i="${i}" tabindex="0"><td class="title">${title}${id}</td><td class="day">${escapeHtml(a.published?.slice(0, 10) ?? '')}</td>${tally}</tr>`;
}

/** The legend of the marks' colours. */
export function marksLegend(): string {
  return `<div class="legend">${ITEM_KINDS.map((k) => `<mark class="k-${k}">${KIND_LABELS[k]}</mark>`).join(' ')}</div>`;
}

/** The list and the viewer. */
export function articlesSection(articles: readonly ReportArticle[]): string {
  const head = ITEM_KINDS.map((k) => `<th class="num" title="${KIND_LABELS[k]}s"><span class="swatch k-${k}"></span></th>`).join('');
  return `<div class="articles">
<div class="list"><input id="article-filter" type="search" placeholder="filter by id or title" aria-label="filter articles">
<div class="scroll"><table id="article-list"><thead><tr><th>article</th><th>date</th>${head}</tr></thead><tbody>
${articles.map(listRow).join('\n')}
</tbody></table></div></div>
<article id="article-view"><p class="none">Click an article in the list to read it with its facts marked.</p></article>
</div>`;
}
