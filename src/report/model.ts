// What the report shows, gathered from the batch's records one at a time: the dossier of
// `summarize` (people, claims, timeline, quotes: src/summary/ does the linking), each article's
// facts marked in its text, and the places the gazetteer could locate.
import { isErrorRecord, ITEM_KINDS, type ItemKind, type OutputRecord, type Region } from '../record/types.js';
import { SummaryBuilder } from '../summary/aggregate.js';
import { mostUsed, tallyAdd } from '../summary/tally.js';
import type { Summary } from '../summary/types.js';
import { factOffsets } from './fact-offsets.js';
import { factSpans } from './fact-spans.js';

export interface ReportArticle {
  id: string;
  title?: string;
  published?: string;
  url?: string;
  /** How many items of each kind the record holds. */
  tally: Record<ItemKind, number>;
  /** The article text; absent when the record carries none. */
  text?: string;
  /** Its facts, four numbers each (fact-offsets.ts). */
  marks?: number[];
  error?: { code: string; message: string };
}

export interface ReportPlace {
  name: string;
  kind: string;
  country?: string;
  lat: number;
  lon: number;
  articles: number;
  mentions: number;
}

export interface ReportData {
  summary: Summary;
  articles: ReportArticle[];
  places: ReportPlace[];
  /** The hover notes of the marks, each once: the articles' marks refer to them by place. */
  notes: string[];
}

interface PlaceGroup {
  names: Map<string, number>;
  kind: string;
  country?: string;
  lat: number;
  lon: number;
  lastArticle: number;
  articles: number;
  mentions: number;
}

const optionalString = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);
const isCoordinate = (v: unknown, limit: number): v is number => typeof v === 'number' && Number.isFinite(v) && Math.abs(v) <= limit;

/** Takes records one at a time (add), keeping only what the page shows, and gives the report's data at the end. */
export class ReportCollector {
  private readonly summary = new SummaryBuilder();
  private readonly articles: ReportArticle[] = [];
  private readonly places = new Map<string, PlaceGroup>();
  private readonly notes = new Map<string, number>();
  private readonly noteId = (note: string): number => {
    let id = this.notes.get(note);
    if (id === undefined) this.notes.set(note, (id = this.notes.size));
    return id;
  };

  add(record: OutputRecord): void {
    this.summary.add(record);
    const article: ReportArticle = { id: String(record.id), tally: Object.fromEntries(ITEM_KINDS.map((k) => [k, 0])) as ReportArticle['tally'] };
    this.articles.push(article);
    if (isErrorRecord(record)) {
      article.error = { code: String(record.error?.code), message: String(record.error?.message) };
      return;
    }
    article.title = optionalString(record.title);
    article.published = optionalString(record.published);
    article.url = optionalString(record.url);
    for (const kind of ITEM_KINDS) article.tally[kind] = Array.isArray(record[kind]) ? record[kind]!.length : 0;
    if (typeof record.text === 'string') {
      article.text = record.text;
      article.marks = factOffsets(record.text, factSpans(record), this.noteId);
    }
    for (const region of Array.isArray(record.regions) ? record.regions : []) this.addPlace(region);
  }

  private addPlace(r: Region): void {
    if (!r || !isCoordinate(r.lat, 90) || !isCoordinate(r.lon, 180) || !optionalString(r.name)) return;
    const key = Number.isInteger(r.geonames_id) ? `g${r.geonames_id}` : `${r.lat},${r.lon}`;
    let g = this.places.get(key);
    if (!g) this.places.set(key, (g = { names: new Map(), kind: String(r.kind), country: optionalString(r.country), lat: r.lat, lon: r.lon, lastArticle: -1, articles: 0, mentions: 0 }));
    const mentions = Math.max(1, Array.isArray(r.mentions) ? r.mentions.length : 0);
    tallyAdd(g.names, r.name, mentions);
    g.mentions += mentions;
    if (g.lastArticle !== this.articles.length - 1) {
      g.lastArticle = this.articles.length - 1;
      g.articles++;
    }
  }

  result(): ReportData {
    const places = [...this.places.values()]
      .map((g) => ({ name: mostUsed(g.names)!, kind: g.kind, country: g.country, lat: g.lat, lon: g.lon, articles: g.articles, mentions: g.mentions }))
      .sort((a, b) => b.articles - a.articles || b.mentions - a.mentions || a.name.localeCompare(b.name));
    return { summary: this.summary.result(), articles: this.articles, places, notes: [...this.notes.keys()] };
  }
}
