// The report page: one self-contained HTML file (inline style, one small inline script, charts as
// static SVG, no request to any network) assembled from the report's data.
import { VERSION } from '../version.js';
import { articlesSection, marksLegend } from './articles-section.js';
import { escapeHtml } from './html-text.js';
import { mapChart } from './map-chart.js';
import type { ReportData, ReportPlace } from './model.js';
import { PAGE_SCRIPT } from './page-script.js';
import { PAGE_STYLE } from './page-style.js';
import { PageData } from './page-data.js';
import { peopleSection } from './people-section.js';
import { timelineCharts } from './timeline-chart.js';
import { counted } from './wording.js';

const LISTED_PLACES = 30;

function header(data: ReportData): string {
  const { summary } = data;
  const days = data.articles.map((a) => a.published?.slice(0, 10)).filter((d): d is string => Boolean(d)).sort();
  const range = days.length ? `published ${days[0]}${days[days.length - 1] !== days[0] ? ` to ${days[days.length - 1]}` : ''}` : 'no publication dates';
  const stat = (n: number, label: string) => `<li><b>${n.toLocaleString('en-US')}</b>${label}</li>`;
  const quotes = summary.quotes.reduce((n, s) => n + s.quotes.length, 0);
  return `<header><h1>newsfacts report</h1><div class="sub">${summary.articles.count} articles${summary.articles.failed ? `, ${summary.articles.failed} failed` : ''} · ${range}</div>
<ul class="stats">${stat(summary.officials.length, 'officials')}${stat(summary.regions.length, 'places')}${stat(data.places.length, 'on the map')}${stat(summary.claims.length, 'claims')}${stat(summary.timeline.length, 'dates')}${stat(quotes, 'quotes')}</ul></header>`;
}

function timelineSection(data: ReportData): string {
  const published = data.articles.map((a) => a.published).filter((p): p is string => Boolean(p));
  const charts = timelineCharts(data.summary.claims, data.summary.timeline, published);
  const claims = charts.claims ? `<figure class="chart" id="timeline-claims">${charts.claims}</figure>` : '<p class="none">No claim with a day.</p>';
  const events = charts.events ? `<figure class="chart" id="timeline-events">${charts.events}</figure>` : '<p class="none">No date resolved to a day.</p>';
  return `<section id="timeline"><h2>Timeline</h2>
<h3>Claims by day and region</h3><p class="note">Each bar is one day; each claim is a figure as one source reported it (hover for the figures).</p>${claims}
<h3>Dated events</h3><p class="note">Every date the articles resolve to a day, one bar a day as high as its mentions (hover for the sentences).</p>${events}
${charts.notes.map((n) => `<p class="note">${escapeHtml(n)}</p>`).join('')}</section>`;
}

function placeItem(p: ReportPlace): string {
  return `<li>${escapeHtml(p.name)}${p.country ? `, ${escapeHtml(p.country)}` : ''}: ${counted(p.articles, 'article')}</li>`;
}

function mapSection(places: readonly ReportPlace[]): string {
  const list = places.length ? `<ol class="places">${places.slice(0, LISTED_PLACES).map(placeItem).join('')}</ol>` : '<p class="none">No place the gazetteer could locate.</p>';
  return `<section id="map"><h2>Map</h2><p class="note">Places the gazetteer locates (cities and towns), sized by the articles that name them; hover a circle for its figures.</p>
<figure class="chart" id="map-chart">${mapChart(places)}</figure>${list}</section>`;
}

/** The whole page. */
export function reportPage(data: ReportData): string {
  const pageData = new PageData(data);
  const people = peopleSection(data.summary.officials, data.summary.quotes, pageData);
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="newsfacts ${escapeHtml(VERSION)}">
<title>newsfacts report: ${data.summary.articles.count} articles</title>
<style>${PAGE_STYLE}</style></head>
<body>
${header(data)}
<nav><a href="#timeline">Timeline</a><a href="#map">Map</a><a href="#people">People</a><a href="#articles">Articles</a></nav>
<main>
${timelineSection(data)}
${mapSection(data.places)}
<section id="people"><h2>People</h2><p class="note">Officials joined across articles and spellings, with the quotes the articles attribute to them.</p>
${people}</section>
<section id="articles"><h2>Articles</h2>${marksLegend()}
${articlesSection(data.articles)}</section>
</main>
${pageData.element()}
<script>${PAGE_SCRIPT}</script>
</body></html>
`;
}
