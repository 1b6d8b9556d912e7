// The report's style sheet, inline in the page. The six kinds of fact take the Okabe–Ito palette,
// which readers with any common colour-vision deficiency can tell apart.
import { ITEM_KINDS, type ItemKind } from '../record/types.js';

export const KIND_COLOURS: Record<ItemKind, string> = {
  officials: '#E69F00',
  regions: '#56B4E9',
  dates: '#009E73',
  counts: '#D55E00',
  quotes: '#CC79A7',
  organizations: '#0072B2',
};

/** A colour as rgba with this opacity, for a mark's background. */
function tint(hex: string, alpha: number): string {
  const n = Number.parseInt(hex.slice(1), 16);
  return `rgba(${n >> 16},${(n >> 8) & 255},${n & 255},${alpha})`;
}

const kindRules = ITEM_KINDS.map((k) => {
  const c = KIND_COLOURS[k];
  const alpha = k === 'quotes' ? 0.13 : 0.28;
  return `mark.k-${k}{background:${tint(c, alpha)};border-bottom:2px ${k === 'quotes' ? 'dotted' : 'solid'} ${c}}.swatch.k-${k}{background:${c}}`;
}).join('\n');

export const PAGE_STYLE = `
*{box-sizing:border-box}
body{margin:0;font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1d2329;background:#f6f7f9}
header{padding:18px 28px 10px;background:#1d2b3a;color:#f3f5f7}
header h1{margin:0;font-size:22px;font-weight:600}
header .sub{color:#b9c4cf;margin-top:2px}
.stats{display:flex;gap:22px;flex-wrap:wrap;margin:12px 0 4px;padding:0;list-style:none}
.stats b{display:block;font-size:20px;font-weight:600;color:#fff}
.stats li{color:#b9c4cf;font-size:12px;text-transform:uppercase;letter-spacing:.04em}
nav{background:#fff;border-bottom:1px solid #dde2e7;padding:8px 28px}
nav a{margin-right:18px;color:#0b5c99;text-decoration:none;font-weight:500}
main{padding:8px 28px 40px;max-width:1500px}
section{background:#fff;border:1px solid #e1e5ea;border-radius:6px;padding:14px 18px;margin:16px 0}
section h2{margin:0 0 8px;font-size:17px}
h3{font-size:14px;margin:14px 0 6px}
.note,.none{color:#66707a;font-size:12px}
figure{margin:0}
svg{max-width:100%;height:auto}
table{border-collapse:collapse;width:100%}
th,td{text-align:left;padding:4px 8px;border-bottom:1px solid #edf0f3;vertical-align:top}
th{font-weight:600;font-size:12px;color:#4b5560;position:sticky;top:0;background:#fff}
td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}
.people td.name{font-weight:600}
.aka{font-weight:400;color:#66707a;font-size:12px}
.links a{margin-right:4px;font-size:12px}
details summary{cursor:pointer;color:#0b5c99}
ul.quotes{margin:4px 0;padding-left:18px;max-width:70ch}
ul.quotes li{margin:3px 0}
.places{columns:3 220px;font-size:13px;margin:8px 0 0;padding-left:18px}
.legend{margin:0 0 10px}
.legend mark{padding:1px 6px;margin-right:4px}
.articles{display:grid;grid-template-columns:minmax(440px,1fr) 1.3fr;gap:16px;align-items:start}
.list .scroll{max-height:75vh;overflow:auto;border:1px solid #edf0f3}
#article-filter{width:100%;padding:6px 8px;margin-bottom:6px;border:1px solid #c9d0d7;border-radius:4px;font:inherit}
#article-list td.title{font-weight:500}
#article-list .id{display:block;max-width:230px;overflow:hidden;text-overflow:ellipsis;white-space:nowrap;font-family:ui-monospace,monospace;font-size:11px;font-weight:400;color:#66707a}
#article-list td.day{white-space:nowrap;font-size:12px}
#article-list tbody tr{cursor:pointer}
#article-list tbody tr:hover{background:#f0f5fa}
#article-list tbody tr.selected{background:#dcebf7}
.swatch{display:inline-block;width:10px;height:10px;border-radius:2px}
.error{color:#b00020;font-weight:600}
#article-view{position:sticky;top:8px;max-height:85vh;overflow:auto;border:1px solid #edf0f3;padding:10px 16px;border-radius:4px}
#article-view h3{font-size:16px;margin:4px 0}
#article-view .meta{color:#66707a;font-size:12px;margin-bottom:8px;word-break:break-all}
.text{white-space:pre-wrap;font-size:15px;line-height:1.9;max-width:80ch}
mark{color:inherit;padding:1px 0;border-radius:2px}
.text mark:hover{outline:1px solid #1d2329}
${kindRules}
`;
