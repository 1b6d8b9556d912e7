// The map: each located place as a circle sized by the articles that name it, over the land and
// borders of world-atlas's 1:110m outline, projected by Plot's geo marks (d3-geo). The view fits
// the places, never closer than a country's width, so one town does not fill the frame.
import { createRequire } from 'node:module';
import * as Plot from '@observablehq/plot';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { ReportPlace } from './model.js';
import { plotMarkup } from './plot-svg.js';
import { counted } from './wording.js';

/** Degrees of margin around the places, and the least span of the view. */
const MARGIN = 3;
const MIN_SPAN_LON = 24;
const MIN_SPAN_LAT = 14;
const LABELLED = 8;

let world: { land: GeoJSON.Feature | GeoJSON.FeatureCollection; borders: GeoJSON.MultiLineString } | undefined;

function worldOutline(): NonNullable<typeof world> {
  if (world) return world;
  const topology = createRequire(import.meta.url)('world-atlas/countries-110m.json') as Topology<{ land: GeometryCollection; countries: GeometryCollection }>;
  world = { land: feature(topology, topology.objects.land), borders: mesh(topology, topology.objects.countries, (a, b) => a !== b) };
  return world;
}

function span(values: number[], margin: number, least: number, limit: number): [number, number] {
  let lo = Infinity;
  let hi = -Infinity;
  for (const v of values) [lo, hi] = [Math.min(lo, v), Math.max(hi, v)];
  const mid = (lo + hi) / 2;
  const half = Math.max((hi - lo) / 2 + margin, least / 2);
  return [Math.max(-limit, mid - half), Math.min(limit, mid + half)];
}

/** The area the view fits: a box around the places (a polygon drawn clockwise, as d3-geo wants an area). */
function viewOf(places: readonly ReportPlace[]): GeoJSON.Polygon | { type: 'Sphere' } {
  if (places.length === 0) return { type: 'Sphere' };
  const [w, e] = span(places.map((p) => p.lon), MARGIN, MIN_SPAN_LON, 180);
  const [s, n] = span(places.map((p) => p.lat), MARGIN, MIN_SPAN_LAT, 85);
  return { type: 'Polygon', coordinates: [[[w, s], [w, n], [e, n], [e, s], [w, s]]] };
}

/** The most named places that get a label, each far enough from a larger one labelled that the names do not overlap. */
function labelled(places: readonly ReportPlace[], span: { lon: number; lat: number }): ReportPlace[] {
  const chosen: ReportPlace[] = [];
  for (const p of places) {
    if (chosen.length === LABELLED) break;
    if (chosen.every((c) => Math.abs(c.lon - p.lon) > span.lon / 12 || Math.abs(c.lat - p.lat) > span.lat / 18)) chosen.push(p);
  }
  return chosen;
}

/** The degrees the view spans. */
function viewSpan(view: ReturnType<typeof viewOf>): { lon: number; lat: number } {
  if (view.type === 'Sphere') return { lon: 360, lat: 180 };
  const ring = view.coordinates[0]!;
  return { lon: ring[2]![0]! - ring[0]![0]!, lat: ring[2]![1]! - ring[0]![1]! };
}

const placeTitle = (p: ReportPlace): string =>
  `${p.name}${p.country ? `, ${p.country}` : ''} (${p.kind})\n${counted(p.articles, 'article')}, ${counted(p.mentions, 'mention')}`;

/** The map's markup: one circle for each place, largest first so that small ones stay on top. */
export function mapChart(places: readonly ReportPlace[]): string {
  const { land, borders } = worldOutline();
  const drawn = [...places].sort((a, b) => b.articles - a.articles);
  const view = viewOf(places);
  return plotMarkup({
    width: 1100,
    height: 520,
    projection: { type: 'equal-earth', domain: view, inset: 10 },
    r: { range: [3, 22] },
    marks: [
      Plot.sphere({ fill: '#eef3f7', stroke: '#c9d3db' }),
      Plot.geo(land, { fill: '#e9e6df', stroke: '#b9b4aa', strokeWidth: 0.6 }),
      Plot.geo(borders, { stroke: '#b9b4aa', strokeWidth: 0.6 }),
      Plot.dot(drawn, { x: 'lon', y: 'lat', r: 'articles', fill: '#D55E00', fillOpacity: 0.6, stroke: '#fff', strokeWidth: 0.8, title: placeTitle }),
      Plot.text(labelled(drawn, viewSpan(view)), { x: 'lon', y: 'lat', text: 'name', dy: -10, fontSize: 11, fill: '#222', stroke: '#fff', strokeWidth: 3, paintOrder: 'stroke' }),
    ],
  });
}
