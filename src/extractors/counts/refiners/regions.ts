import type { Document } from '../../../document/document.js';
import { countStartingBelow } from '../../../document/span.js';
import type { ExtractionContext, Refiner } from '../../framework.js';
import type { Region } from '../../../record/types.js';
import type { CountCandidate } from '../candidate.js';
import { alternation } from '../../../language/alternation.js';
import { COUNT_REPORTING_VERBS } from '../../../language/speech.js';
import { PLACE_NOUNS, STOP_WORDS, STRIKE_VERBS } from '../../../language/counting.js';
import { namesNaturalFeature, PLACE_NOUNS_AFTER_NAME } from '../../../language/places.js';
import { headOf } from './elliptical.js';
import { eventAntecedents } from '../event-antecedent.js';
import { PREPOSITIONS, SUBORDINATORS } from '../../../language/function-words.js';

interface PlaceMention {
  start: number;
  end: number;
  name: string;
  kind: Region['kind'];
}

/** Every region mention, nested ones dropped ("Smolensk" inside "Smolensk Region"), in text order. */
function placeMentions(regions: readonly Region[]): PlaceMention[] {
  const all: PlaceMention[] = [];
  for (const r of regions) for (const m of r.mentions) all.push({ start: m.start, end: m.end, name: r.name, kind: r.kind });
  all.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: PlaceMention[] = [];
  for (const m of all) {
    const last = out[out.length - 1];
    if (last && m.start < last.end) continue;
    out.push(m);
  }
  return out;
}

const PREP_BEFORE_PLACE = /(?:^|[^\p{L}])(?:in|over|above|near|across|around|on|at|outside|inside|within|throughout|of|into|off)\s+(?:the\s+)?$/iu;
const STRIKE_VERB_BEFORE_PLACE = /(?:^|[^\p{L}])(?<verb>\p{L}+)\s+(?:the\s+)?$/u;
const PREP_MODIFIERS_BEFORE_PLACE = /(?:^|[^\p{L}])(?:in|over|above|near|across|around|on|at|outside|inside|within|throughout|of|into|off)\s+(?:(?:the|a|an)\s+)?(?<modifiers>(?:\p{L}[\p{L}'’-]*\s+){1,2})$/iu;
// "Russia's Kursk region", "India's southern Kerala state": the possessor only locates the place after it
const POSSESSIVE_JOIN = /^['’]s\s+(?:\p{Ll}[\p{L}-]*\s+){0,2}$/u;
const LETTER = /\p{L}/u;
const FIRST_WORD = /^[^\p{L}]*(?<word>\p{L}+)/u;
const FRONTING_WORDS = new Set([...PREPOSITIONS, ...SUBORDINATORS]);
const OF_JOIN = /^\s+of\s+(?:the\s+)?$/iu;
// "the Sevastopol shipyard in Crimea": a place, a word it names, and the place that holds it
const IN_JOIN = /^(?:\s+\p{Ll}+)?\s+in\s+(?:the\s+)?(?:(?:city|town|village)\s+of\s+)?$/u;
// "confirmed by Chief of the Dnipropetrovsk …": the place names whoever acts or reports, not where the count is
const AGENT_OF = /(?<![\p{L}])by\s+(?:the\s+)?\p{Lu}[^,;]*?\sof\s+(?:the\s+)?$/u;
const COMMA_JOIN = /^\s*,\s*$/u;
// a place may be located by a larger one after it: a city by its region, a region by its country
const SPECIFICITY_RANK: Record<Region['kind'], number> = { city: 0, region: 1, country: 2 };
const PREP_BEFORE_PLACE_FRONTED = /^[^\p{L}]*(?:in|over|across|throughout|near|on|within)\s+(?:the\s+)?$/iu;
const CLAUSE_BREAK = /[,;:—–]/;
// a relative clause that stays in the place: "in the Smolensk region of Russia, where … shot down nine UAVs"
const WHERE_CLAUSE = /^[^,;:—–]*,\s*(?:where|in which)\b[^,;:—–]*$/iu;
const WHERE_AFTER_PLACE = /^\s*,?\s*(?:where|in which)\s[^,;:—–]*$/iu;
const FRONTED_GAP = /^\s*(?:\p{Ll}+\s*)?,[^,;:—–]*$/u; // "In the Belgorod district, one civilian …"
// "over the territory of the Kursk region" names its place: an anaphor has no "of" after it
const REGION_ANAPHOR = /^[^,;:—–]*?(?:^|[^\p{L}])(?:in|over|above|across|throughout|within|of)\s+the\s+(?:region|oblast|province|republic|krai|territory|district|area)(?![\p{L}'’])(?!\s+of\s)/iu;
const MAX_GAP = 120;
const PARTICIPLE_CLAUSE = /^,\s*\p{Ll}+ing\s[^,;:—–]*$/u;
const SPEECH_VERB = new RegExp(`(?:^|[^\\p{L}])(?:${alternation(COUNT_REPORTING_VERBS)})(?![\\p{L}])`, 'u');
// "one death was reported in Sussex County": a passive reporting verb that places what it reports
const REPORTED_AT = new RegExp(`(?:^|[^\\p{L}])(?:was|were|been|being)\\s+(?:${alternation(COUNT_REPORTING_VERBS)})\\s+(?:in|at|near|across|over|throughout|within|inside|outside)\\s+(?:the\\s+)?$`, 'u');
// "the region" refers back only to a region named a few sentences before, not to one named pages earlier
const ANAPHOR_REACH = 800;
/** Characters before a place read for its preposition ("in neighbouring "); a place this near its sentence's start opens it. */
const PLACE_LEAD_WINDOW = 40;
/** Characters after a fronted region read for its designator and the comma that closes the phrase (" district,"). */
const DESIGNATOR_COMMA_WINDOW = 14;
const PARAGRAPH_REACH = 400;
const LIST_GAP = /^\s*(?:,|,?\s*and)\s*$/u;

/** Parenthesised asides do not break a clause: "the VKS (Air and Space Forces, or VKS) shot down". */
const withoutAsides = (s: string): string => s.replace(/\([^()]*\)/g, ' ');
/** A place noun right after a place's name, which its mention leaves out ("Nova Sloboda hromada"). */
const PLACE_NOUN_FIRST = new RegExp(String.raw`^\s+(?:${alternation([...PLACE_NOUNS_AFTER_NAME.keys()])})(?![\p{L}\p{M}])`, 'u');

function placedAfter(text: string, c: CountCandidate, sentenceEnd: number, mentions: PlaceMention[]): PlaceMention | null {
  const i = countStartingBelow(mentions, c.end);
  const m = mentions[i];
  if (!m || m.end > sentenceEnd || m.start - c.end > MAX_GAP) return null;
  const gap = withoutAsides(text.slice(c.end, m.start));
  if (CLAUSE_BREAK.test(gap) || !placeFollowsPreposition(gap)) return null;
  // "confirmed by the head of the Dnipropetrovsk Region": the place of who reports it, not of the count
  if ((SPEECH_VERB.test(gap) && !REPORTED_AT.test(gap)) || AGENT_OF.test(gap)) return null;
  const place = mentions[governingPlace(text, mentions, i)]!;
  // "at Italy's notorious slum": a place inside the country, unnamed here; the frame may name it
  return place.kind === 'country' && POSSESSIVE_AFTER.test(text.slice(place.end, place.end + 3)) ? null : place;
}
const POSSESSIVE_AFTER = /^['’]s\b/u;

/** "in the Tula Region", "on southwestern", "in the Israeli-controlled": a preposition, then at most two modifiers. */
function placeFollowsPreposition(gap: string): boolean {
  if (PREP_BEFORE_PLACE.test(gap)) return true;
  // "deployed two glide bombs to attack Kharkiv's …": the place a count of weapons struck
  const verb = STRIKE_VERB_BEFORE_PLACE.exec(gap)?.groups?.verb;
  if (verb && STRIKE_VERBS.has(verb.toLowerCase())) return true;
  const modifiers = PREP_MODIFIERS_BEFORE_PLACE.exec(gap)?.groups?.modifiers;
  return modifiers !== undefined && modifiers.trim().split(/\s+/).every(isPlaceModifier);
}

/** A word that may stand between a preposition and a place: an adjective ("southwestern", "Israeli-controlled"), not a function word. */
function isPlaceModifier(word: string): boolean {
  const lower = word.toLowerCase();
  return !STOP_WORDS.has(lower) && (word === lower || word.includes('-'));
}

/**
 * A clause's opening up to a place that is one adverbial phrase: a preposition or subordinator first,
 * no clause break. The clause starts at the sentence, its last comma or its last "that" ("reported that as a result of …").
 */
function opensWithFrontedPhrase(opening: string): boolean {
  const clause = opening.slice(Math.max(lastClauseBreak(opening) + 1, afterLastThat(opening)));
  const first = FIRST_WORD.exec(clause)?.groups?.word?.toLowerCase();
  return first !== undefined && FRONTING_WORDS.has(first);
}

/** Where the clause after the last "that " starts, or 0. */
function afterLastThat(s: string): number {
  const lower = s.toLowerCase();
  for (let at = lower.lastIndexOf('that '); at >= 0; at = lower.lastIndexOf('that ', at - 1)) {
    if (at === 0 || !LETTER.test(lower[at - 1]!)) return at + 5;
  }
  return 0;
}

function lastClauseBreak(s: string): number {
  for (let i = s.length - 1; i >= 0; i--) if (CLAUSE_BREAK.test(s[i]!)) return i;
  return -1;
}

/** Two places in a row that name one: "X of Russia", "Russia's X", "X, Y District" (a smaller place, then what holds it). */
function joinsOnePlace(text: string, mentions: readonly PlaceMention[], a: PlaceMention, b: PlaceMention): boolean {
  const gap = text.slice(a.end, b.start);
  if (OF_JOIN.test(gap) || POSSESSIVE_JOIN.test(gap) || IN_JOIN.test(gap)) return true;
  return COMMA_JOIN.test(gap) && SPECIFICITY_RANK[a.kind] <= SPECIFICITY_RANK[b.kind] && !inPlaceList(text, mentions, a);
}

/**
 * A run of places that name one place ("Russia's Kursk region", "the village of X, Y District, Z
 * Region"): the index of the one the others only locate. A possessor gives way to what it holds;
 * after "of", "in" or a comma the first place is the specific one.
 */
function governingPlace(text: string, mentions: readonly PlaceMention[], i: number): number {
  let k = i;
  while (k + 1 < mentions.length && POSSESSIVE_JOIN.test(text.slice(mentions[k]!.end, mentions[k + 1]!.start))) k++;
  // "residents around Mount Merapi in Sleman": people and things are counted in the division
  // that holds a mountain or a river, which is only a landmark
  while (k + 1 < mentions.length && namesNaturalFeature(mentions[k]!.name) && !namesNaturalFeature(mentions[k + 1]!.name)) {
    const gap = text.slice(mentions[k]!.end, mentions[k + 1]!.start);
    if (!IN_JOIN.test(gap) && !COMMA_JOIN.test(gap)) break;
    k++;
  }
  return k;
}

function placedBefore(text: string, c: CountCandidate, sentenceStart: number, mentions: PlaceMention[]): PlaceMention | null {
  // mentions do not overlap, so the one before the first at or after the count ends before it
  const last = countStartingBelow(mentions, c.start) - 1;
  if (last < 0 || mentions[last]!.start < sentenceStart || mentions[last]!.end > c.start) return null;
  // "the Smolensk region of Russia", "Lomakovka, Starodubsky District, Bryansk Region": one place, located by the rest
  let i = last;
  while (i > 0 && mentions[i - 1]!.start >= sentenceStart && joinsOnePlace(text, mentions, mentions[i - 1]!, mentions[i]!)) i--;
  const m = mentions[governingPlace(text, mentions, i)]!;
  if (c.start - mentions[last]!.end > MAX_GAP * 2) return null;
  // "on the village of Horky in Nova Sloboda hromada, five buildings …": the place's own noun is part of it
  const gap = withoutAsides(text.slice(mentions[last]!.end, c.start)).replace(PLACE_NOUN_FIRST, '');
  // "The Moscow Region emergency services said 14 flights …": the place of whoever reports the count
  if (m.kind !== 'country' && !CLAUSE_BREAK.test(gap) && gap.length <= MAX_GAP && SPEECH_VERB.test(gap)) return m;
  // "The worst-hit region was Khyber Pakhtunkhwa where 32 people have died": a "where" clause is the place's, however it was named
  if (WHERE_AFTER_PLACE.test(gap) && m.kind !== 'country') return m;
  const lead = text.slice(Math.max(sentenceStart, mentions[i]!.start - PLACE_LEAD_WINDOW), mentions[i]!.start);
  if (!placeFollowsPreposition(lead) && !(i < last && IN_JOIN.test(text.slice(mentions[i]!.end, mentions[i + 1]!.start)))) return null;
  // "In Kharkiv, a bomb struck a building, killing two people": a fronted place holds for the sentence
  const opensSentence = mentions[i]!.start - sentenceStart <= PLACE_LEAD_WINDOW && PREP_BEFORE_PLACE_FRONTED.test(text.slice(sentenceStart, mentions[i]!.start));
  if (opensSentence && /^\s*(?:\p{Ll}+\s*)?,/u.test(gap)) return m;
  // "As a result of the strike on the village of X, 17 houses were damaged": one fronted phrase frames the clause after it
  if (COMMA_JOIN.test(gap) && opensWithFrontedPhrase(text.slice(sentenceStart, mentions[i]!.start))) return m;
  if (!CLAUSE_BREAK.test(gap) && gap.length <= MAX_GAP) return m;
  if (WHERE_CLAUSE.test(gap)) return m;
  // "struck a refinery in the Ryazan Region, setting fire to two tanks": a participle clause
  // goes on with the event in the place just named
  if (PARTICIPLE_CLAUSE.test(gap)) return m;
  if (FRONTED_GAP.test(gap)) {
    const clauseLead = lead.slice(Math.max(lead.lastIndexOf(','), lead.lastIndexOf(';')) + 1);
    if ((opensSentence || clauseLead.length < lead.length) && PREP_BEFORE_PLACE_FRONTED.test(clauseLead)) return m;
  }
  return null;
}

/** "In the Kursk Region, …", "In neighbouring Sumy Oblast, …": the region a sentence opens with, if any. */
function frontedRegion(text: string, sentenceStart: number, before: number, mentions: PlaceMention[]): PlaceMention | null {
  const m = mentions[countStartingBelow(mentions, sentenceStart)];
  if (!m || m.kind !== 'region' || m.end > before || m.start - sentenceStart > PLACE_LEAD_WINDOW) return null;
  if (!FRONTED_REGION_LEAD.test(text.slice(sentenceStart, m.start))) return null;
  return /^(?:\s+(?:district|region|oblast|province|county|krai|territory))?\s*,/iu.test(text.slice(m.end, m.end + DESIGNATOR_COMMA_WINDOW)) ? m : null;
}
const FRONTED_REGION_LEAD = /^[^\p{L}]*(?:in|across|throughout)\s+(?:the\s+)?(?:neighbou?ring\s+|nearby\s+|adjacent\s+|border\s+)?$/iu;

/** "shot down over the region": the region the article last named; `before`: the anaphor must come before it. */
function placedByAnaphor(text: string, c: CountCandidate, sentenceEnd: number, mentions: PlaceMention[], before?: number): PlaceMention | null {
  if (!REGION_ANAPHOR.test(withoutAsides(text.slice(c.end, Math.min(sentenceEnd, before ?? sentenceEnd, c.end + MAX_GAP))))) return null;
  for (let k = countStartingBelow(mentions, c.start) - 1; k >= 0; k--) {
    const m = mentions[k]!;
    if (c.start - m.end > ANAPHOR_REACH) return null;
    // "in the province" is the province, not the river named since ("the Roudbal river by the city of X")
    if (m.kind === 'region' && !namesNaturalFeature(m.name)) return m;
  }
  return null;
}

/** "damaged in the attack": the first city or region of the nearest earlier sentence that told of the attack with one. */
function placeOfEvent(doc: Document, c: CountCandidate, mentions: PlaceMention[]): PlaceMention | null {
  for (const k of eventAntecedents(doc, c.sentence)) {
    const t = doc.sentences[k]!;
    for (let i = countStartingBelow(mentions, t.start); i < mentions.length && mentions[i]!.end <= t.end; i++) {
      if (mentions[i]!.kind !== 'country' && !inDateline(doc, mentions[i]!)) return mentions[i]!;
    }
  }
  return null;
}

/** Whether a place is the dateline's, where the report was filed ("JAKARTA:", "Jakarta:"). */
function inDateline(doc: Document, m: PlaceMention): boolean {
  const dateline = doc.frame.dateline;
  return dateline !== null && m.start >= dateline.start && m.end <= dateline.end;
}

/** How far back (UTF-16 units) an earlier count is looked for when a sentence refers to its things. */
const REFERRED_COUNT_REACH = 1500;

/**
 * "At least 7 apartments were damaged in Ramenskoye … 12 people were evacuated from the damaged
 * apartments": the place of the nearest earlier count whose things the count's sentence names with
 * "the" (its item's head word).
 */
function placeOfCountReferredTo(doc: Document, c: CountCandidate, placed: readonly CountCandidate[], i: number): string | undefined {
  const s = c.sentence >= 0 ? doc.sentences[c.sentence] : undefined;
  if (!s) return undefined;
  let sentence: string | undefined;
  for (let k = i - 1; k >= 0 && c.start - placed[k]!.end <= REFERRED_COUNT_REACH; k--) {
    const earlier = placed[k]!;
    // counts of the same sentence come first: a long sentence of counts is passed over without reading it
    if (earlier.sentence === c.sentence) continue;
    if (earlier.region === undefined) continue;
    const head = headOf(earlier.item);
    if (head.length < MIN_REFERRED_HEAD) continue;
    sentence ??= doc.text.slice(s.start, s.end).toLowerCase();
    // the pattern holds the head word as written: a sentence without it is not searched
    if (!sentence.includes(head)) continue;
    const at = sentence.search(definiteOf(head));
    if (at >= 0 && (s.start + at < c.start || s.start + at >= c.end)) return earlier.region;
  }
  return undefined;
}
/** Head words shorter than this ("one", "men") are too common to tie two counts. */
const MIN_REFERRED_HEAD = 4;

/** "the damaged apartments" for the head "apartments": made once a head, not once a count that looks back. */
function definiteOf(head: string): RegExp {
  let pattern = definitePatterns.get(head);
  if (!pattern) {
    if (definitePatterns.size >= MAX_DEFINITE_PATTERNS) definitePatterns.clear();
    definitePatterns.set(head, (pattern = new RegExp(`(?:^|[^\\p{L}])the\\s+(?:[\\p{L}-]+\\s+)?${head}(?![\\p{L}])`, 'u')));
  }
  return pattern;
}
const definitePatterns = new Map<string, RegExp>();
/** Heads kept at most: cleared when full, so memory stays bounded over any run. */
const MAX_DEFINITE_PATTERNS = 1000;

/**
 * For a count whose sentence names no place: the last region its paragraph named shortly before it,
 * else the last city something was in there ("the hospital in Mepaddi"); never a country.
 */
function placeOfParagraph(doc: Document, c: CountCandidate, mentions: PlaceMention[]): PlaceMention | null {
  const sentence = c.sentence >= 0 ? doc.sentences[c.sentence]! : null;
  if (!sentence) return null;
  const inSentence = mentions[countStartingBelow(mentions, sentence.start)];
  if (inSentence && inSentence.start < sentence.end) return null;
  let city: PlaceMention | null = null;
  for (let k = countStartingBelow(mentions, sentence.start) - 1; k >= 0; k--) {
    const m = mentions[k]!;
    // a line break between them is a paragraph break (news text puts one paragraph a line)
    if (c.start - m.end > PARAGRAPH_REACH || doc.text.slice(m.end, sentence.start).includes('\n')) break;
    // "the Kyivskyi district in the city of Kharkiv": a later sentence goes on in the place that holds it
    const holder = mentions[k + 1];
    if (m.kind === 'region') {
      if (holder && holder.start < sentence.start && IN_JOIN.test(doc.text.slice(m.end, holder.start))) return holder;
      // "at least nine in McNairy County, Tennessee": the place a run of places names, not the state that locates it
      let i = k;
      while (i > 0 && joinsOnePlace(doc.text, mentions, mentions[i - 1]!, mentions[i]!)) i--;
      return mentions[governingPlace(doc.text, mentions, i)]!;
    }
    city ??= cityWhereSomethingIs(doc, mentions, m);
  }
  return city;
}

/** A city where something is ("the hospital in Mepaddi"), not one in a list of places nor a dateline's. */
function cityWhereSomethingIs(doc: Document, mentions: readonly PlaceMention[], m: PlaceMention): PlaceMention | null {
  if (m.kind !== 'city' || inDateline(doc, m) || inPlaceList(doc.text, mentions, m)) return null;
  return placeFollowsPreposition(doc.text.slice(Math.max(0, m.start - PLACE_LEAD_WINDOW), m.start)) ? m : null;
}

/**
 * Whether a place is one of a list of places: a run of places joined by commas, "and" or "or" (an
 * aside after a place, "(Vidnoye settlement)", set apart) that holds an "and"/"or" or three places of
 * one kind in a row. "Lomakovka, Starodubsky District, Bryansk Region" is one place, located.
 */
function inPlaceList(text: string, mentions: readonly PlaceMention[], m: PlaceMention): boolean {
  let first = countStartingBelow(mentions, m.start);
  let steps = 0;
  for (let p = previousPlace(text, mentions, first); p >= 0 && steps++ < LIST_WALK && listJoin(text, mentions[p]!, mentions[first]!) !== null; p = previousPlace(text, mentions, p)) first = p;
  let hasAnd = false;
  let run = 1;
  let longest = 1;
  steps = 0;
  for (let k = first, n = nextPlace(text, mentions, k); n < mentions.length && steps++ < LIST_WALK * 2; k = n, n = nextPlace(text, mentions, n)) {
    const join = listJoin(text, mentions[k]!, mentions[n]!);
    if (join === null) break;
    hasAnd ||= join === 'and';
    run = mentions[k]!.kind === mentions[n]!.kind ? run + 1 : 1;
    longest = Math.max(longest, run);
  }
  return hasAnd || longest >= LIST_RUN;
}

/** The index of the place after mention k, passing over places inside an aside right after it. */
function nextPlace(text: string, mentions: readonly PlaceMention[], k: number): number {
  return countStartingBelow(mentions, asideEnd(text, mentions[k]!.end));
}

/** The index of the place before mention k, passing over one inside an aside of the place before it; -1 at the start. */
function previousPlace(text: string, mentions: readonly PlaceMention[], k: number): number {
  const p = k - 1;
  return p >= 1 && asideEnd(text, mentions[p - 1]!.end) > mentions[p]!.start ? p - 1 : p;
}
/** How many places a list is read over on either side: enough to see its "and", bounded so that a huge run stays linear. */
const LIST_WALK = 12;
/** Places of one kind in a row, joined by commas, that make a list without an "and". */
const LIST_RUN = 3;
const AND_JOIN = /^\s*,?\s*(?:and|or)\s+(?:the\s+)?$/iu;

/** How two places in a row are joined: "and" ("X and Y", "X, and Y"), "comma", or null when not by a list's join. */
function listJoin(text: string, a: PlaceMention, b: PlaceMention): 'and' | 'comma' | null {
  const end = asideEnd(text, a.end);
  if (b.start < end || b.start - end > MAX_GAP) return null;
  const gap = text.slice(end, b.start);
  if (AND_JOIN.test(gap)) return 'and';
  return COMMA_JOIN.test(gap) ? 'comma' : null;
}
const ASIDE_AFTER = /^\s*\([^()]*\)/u;

/** Where a parenthesised aside right after `pos` ends, or `pos`. */
function asideEnd(text: string, pos: number): number {
  const m = ASIDE_AFTER.exec(text.slice(pos, pos + MAX_GAP));
  return m ? pos + m[0].length : pos;
}

/** "eight drones across three regions", "three regions" itself: counts that span places. */
function isTotalOverPlaces(text: string, c: CountCandidate, next: CountCandidate | undefined): boolean {
  if (PLACE_NOUNS.has(headOf(c.item))) return true;
  return Boolean(next && next.sentence === c.sentence && PLACE_NOUNS.has(headOf(next.item)) && /^\s+(?:across|in|over|from|throughout)\s+$/iu.test(text.slice(c.end, next.start)));
}

/**
 * Puts each count in the place its clause names: a place after it ("five drones shot down in the
 * Bryansk Region"), else one before it in the same clause, a fronted phrase ("In the Kursk region,
 * three …") or a "where" clause, else "over the region" read as the region last named; then a
 * list shares its place, and a count still without one takes its sentence's or, failing that, the
 * region its paragraph named just before.
 */
export const assignRegions: Refiner<CountCandidate> = {
  name: 'counts take the region of their clause',
  refine(items: CountCandidate[], doc: Document, ctx: ExtractionContext) {
    const mentions = placeMentions(ctx.results.regions ?? []);
    if (!mentions.length) return items;
    const placed = items.map((c) => {
      const s = c.sentence >= 0 ? doc.sentences[c.sentence]! : { start: 0, end: doc.text.length };
      // "destroyed 27 drones over the region … in the town of Lgov": "the region" right after the
      // count is its place, whatever place the sentence names further on
      const after = placedAfter(doc.text, c, s.end, mentions);
      // "three wounded in the Leninsky District and Domodedovo": spread over places, none of them its place
      if (after && inPlaceList(doc.text, mentions, after)) return { ...c, spansPlaces: true };
      const anaphor = placedByAnaphor(doc.text, c, s.end, mentions, after?.start);
      const m = anaphor ?? after ?? placedBefore(doc.text, c, s.start, mentions);
      // a settlement inside a sentence framed by a region ("In the Oryol Region, … near the village
      // of Znamenka … 600 residents") counts for that region, which is what the count is reported by
      // "In Bihar, 25 lakh people were hit … after rains in neighbouring Nepal": a country named after the
      // count does not undo the region the sentence opens with
      const framed = m && (m.kind === 'city' || (m.kind === 'country' && m === after)) ? frontedRegion(doc.text, s.start, c.start, mentions) : null;
      const place = framed ?? m;
      return place ? { ...c, region: place.name } : c;
    });
    // "3 houses, 2 cars and a barn were damaged in Shebekino": a list shares the place of its last member
    for (let i = placed.length - 2; i >= 0; i--) {
      const c = placed[i]!;
      const next = placed[i + 1]!;
      if (c.region === undefined && next.region !== undefined && next.sentence === c.sentence && LIST_GAP.test(doc.text.slice(c.end, next.start)))
        placed[i] = { ...c, region: next.region };
    }
    // what the clause leaves open, an earlier count of the sentence settles ("attacked 12
    // settlements in the region, firing 48 shells"); a sentence that names no place at all takes
    // the region its paragraph last named ("Kursk Region Governor … said. Nine people were
    // wounded."). A total over places ("eight drones across three regions") is left alone.
    let sentence = -2;
    let sentenceRegion: string | undefined; // the region of the sentence's first placed count so far
    for (let i = 0; i < placed.length; i++) {
      const c = placed[i]!;
      if (c.sentence !== sentence) {
        sentence = c.sentence;
        sentenceRegion = undefined;
      }
      if (c.region !== undefined) {
        sentenceRegion ??= c.region;
        continue;
      }
      if (c.spansPlaces || isTotalOverPlaces(doc.text, c, placed[i + 1])) continue;
      const region = sentenceRegion ?? placeOfEvent(doc, c, mentions)?.name ?? placeOfCountReferredTo(doc, c, placed, i) ?? placeOfParagraph(doc, c, mentions)?.name;
      if (region !== undefined) placed[i] = { ...c, region };
    }
    return placed;
  },
};
