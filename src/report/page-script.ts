// The report's one small script, inline in the page: it opens an article from the list (or from a
// link elsewhere in the page, #article-N) with its facts marked, fills a speaker's quotes when their
// list is opened, and filters the list. It reads the page's data (page-data.ts) and puts text into
// the page as text nodes only.
import { renderMarkedText } from './marks-renderer.js';

const VIEWER = `
  var data = JSON.parse(document.getElementById('report-data').textContent);
  var list = document.getElementById('article-list');
  var view = document.getElementById('article-view');
  var rows = list.tBodies[0].rows;
  var selected = null;
  function el(tag, cls, text) { var e = document.createElement(tag); if (cls) e.className = cls; if (text != null) e.textContent = text; return e; }
  function show(i) {
    var a = data.articles[i];
    if (!a) return;
    view.replaceChildren(el('h3', null, a.title || a.id), el('div', 'meta', [a.id, a.published, a.url].filter(Boolean).join(' · ')));
    if (a.error) view.appendChild(el('p', 'error', a.error));
    if (a.text != null) view.appendChild(renderMarkedText(document, a.text, a.marks || [], data.kinds, data.notes));
    else if (!a.error) view.appendChild(el('p', 'none', 'This record carries no text: extract it with --include-text, or give the report the articles.'));
    view.scrollTop = 0;
    if (selected) selected.classList.remove('selected');
    selected = rows[i];
    if (selected) { selected.classList.add('selected'); selected.scrollIntoView({ block: 'nearest' }); }
  }
  function fromHash() { var m = /^#article-(?<i>\\d+)$/.exec(location.hash); if (m) show(Number(m.groups.i)); }
  function quoteItem(q) {
    var a = data.articles[q[0]];
    var li = el('li', null, '“' + (q.length === 3 ? a.text.slice(q[1], q[2]) : q[1]) + '” ');
    if (a) { var link = el('a', null, a.title || 'article'); link.href = '#article-' + q[0]; li.appendChild(link); }
    return li;
  }
  document.addEventListener('toggle', function (e) {
    var d = e.target;
    if (!d.open || !d.dataset || d.dataset.q == null || d.dataset.filled) return;
    d.dataset.filled = '1';
    d.querySelector('ul').replaceChildren.apply(d.querySelector('ul'), data.quotes[Number(d.dataset.q)].map(quoteItem));
  }, true);
  list.addEventListener('click', function (e) { var tr = e.target.closest('tr[data-i]'); if (tr) { history.replaceState(null, '', '#article-' + tr.dataset.i); show(Number(tr.dataset.i)); } });
  list.addEventListener('keydown', function (e) { var tr = e.target.closest('tr[data-i]'); if (tr && e.key === 'Enter') show(Number(tr.dataset.i)); });
  window.addEventListener('hashchange', fromHash);
  document.getElementById('article-filter').addEventListener('input', function (e) {
    var q = e.target.value.toLowerCase();
    for (var i = 0; i < rows.length; i++) {
      var a = data.articles[i];
      rows[i].hidden = q !== '' && (a.id + ' ' + (a.title || '')).toLowerCase().indexOf(q) < 0;
    }
  });
  fromHash();
`;

/** The script: the renderer (its own source, marks-renderer.ts) and the viewer that calls it. */
export const PAGE_SCRIPT = `(function () {\n${renderMarkedText.toString()}\n${VIEWER}})();`;
