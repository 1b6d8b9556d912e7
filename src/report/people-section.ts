// The people of the report: officials joined across articles and spellings by src/summary/, with
// their titles, affiliations, article counts and quotes, each quote linked to its article. The
// quotes are drawn from the articles' texts when their list is opened (page-data.ts).
import type { SpeakerQuotes, SummaryOfficial } from '../summary/types.js';
import { escapeHtml } from './html-text.js';
import type { PageData } from './page-data.js';
import { counted } from './wording.js';

/** A link that opens an article of the report (the page's script reads #article-N). */
export function articleLink(data: PageData, id: string, label: string): string {
  const i = data.articleIndex(id);
  return i === undefined ? escapeHtml(label) : `<a href="#article-${i}">${escapeHtml(label)}</a>`;
}

const cell = (values: readonly string[]): string => values.map(escapeHtml).join('<br>');

function quotesCell(quotes: SpeakerQuotes['quotes'] | undefined, data: PageData): string {
  if (!quotes?.length) return '';
  return `<details data-q="${data.quoteList(quotes)}"><summary>${counted(quotes.length, 'quote')}</summary><ul class="quotes"></ul></details>`;
}

function officialRow(o: SummaryOfficial, quotes: SpeakerQuotes['quotes'] | undefined, data: PageData): string {
  const aliases = o.aliases.length ? `<div class="aka">also ${o.aliases.map(escapeHtml).join(', ')}</div>` : '';
  const articles = o.articles.map((id, n) => articleLink(data, id, String(n + 1))).join(' ');
  return (
    `<tr><td class="name">${escapeHtml(o.name)}${aliases}</td><td>${cell(o.titles)}</td><td>${cell(o.affiliations)}</td>` +
    `<td class="num">${o.articleCount}</td><td class="links">${articles}</td><td>${quotesCell(quotes, data)}</td></tr>`
  );
}

/** The table of officials, most reported first, then the quotes of speakers who are no official. */
export function peopleSection(officials: readonly SummaryOfficial[], quotes: readonly SpeakerQuotes[], data: PageData): string {
  const bySpeaker = new Map(quotes.map((q) => [q.speaker, q.quotes]));
  const rows = officials.map((o) => officialRow(o, bySpeaker.get(o.name), data)).join('\n');
  const named = new Set(officials.map((o) => o.name));
  const others = quotes.filter((q) => q.speaker === null || !named.has(q.speaker));
  const otherRows = others
    .map((q) => `<tr><td class="name">${q.speaker === null ? '<i>unattributed</i>' : escapeHtml(q.speaker)}</td><td>${quotesCell(q.quotes, data)}</td></tr>`)
    .join('\n');
  const table = officials.length
    ? `<table class="people"><thead><tr><th>official</th><th>titles</th><th>affiliations</th><th class="num">articles</th><th>in</th><th>quotes</th></tr></thead><tbody>\n${rows}\n</tbody></table>`
    : '<p class="none">No officials found.</p>';
  const otherTable = others.length ? `<h3>Other speakers</h3><table class="speakers"><tbody>\n${otherRows}\n</tbody></table>` : '';
  return table + otherTable;
}
