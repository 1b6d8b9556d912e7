import type { Document } from '../../document/document.js';
import type { ExtractionContext } from '../framework.js';
import { organizationNamedBefore } from '../results.js';
import type { AffiliationRef, PersonEntity, RoleInfo } from '../../record/people.js';
import { countStartingBelow, type Span } from '../../document/span.js';
import type { Organization, Region } from '../../record/types.js';
import { BODY_MODIFIERS, CABINET_WORDS, CITY_SERVICES, CITY_TITLES, COUNTY_TITLES, countryLedBy, FOREIGN_AFFAIRS_WORDS, GOVERNMENT_LEVELS, NATIONAL_TITLES, POLICE_TITLES, PORTFOLIO_TITLES, PORTFOLIO_WORDS, REGIONAL_TITLES } from '../../language/titles.js';
import { namesCounty, namesDistrict, namesNaturalFeature } from '../../language/places.js';
import { articleCountry, articlePlaceOf, bodyOfArticle, previousSentencePlaceOf, sectionPlaceOf, sentencePlaceOf, dominantCountry, policeForce, type PlaceLevel } from './article-setting.js';

/** A person with the title and the resolved affiliation their role gives them. */
export interface PersonWithPost {
  person: PersonEntity;
  title: string | null;
  affiliation: string | null;
}

const LOCAL_HEADS = new Set([...REGIONAL_TITLES, ...CITY_TITLES]);

/**
 * Where each person's post belongs, read from the places and bodies the article names: a region, a
 * city, a country or an organization, or null when the article does not say.
 */
export function withPosts(people: readonly PersonEntity[], doc: Document, ctx: ExtractionContext): PersonWithPost[] {
  const known: ArticlePeople = { cabinet: stateCabinet(people, doc, ctx), leaderCountries: leaderCountries(people) };
  const held = people.map((person) => ({
    person,
    title: person.role ? person.role.title : null,
    affiliation: person.role ? resolveAffiliation(person.role, doc, ctx, person.name, known) : null,
  }));
  // "Gladkov's deputy", "Snyder's spokesman": the staff of a governor or a mayor serve the region or
  // city (a senator's or a candidate's may serve a campaign instead, so they keep the owner's name)
  for (const p of held) {
    if (!p.affiliation) continue;
    const owner = held.find(
      (o) =>
        o !== p &&
        o.affiliation &&
        (o.person.name === p.affiliation || o.person.name.endsWith(` ${p.affiliation}`)) &&
        LOCAL_HEADS.has(o.title?.toLowerCase().split(' ').pop() ?? ''),
    );
    if (owner) p.affiliation = owner.affiliation;
  }
  for (const p of held) if (!p.affiliation && p.person.role) p.affiliation = bodyNamedByTitle(p.person.role, held, ctx.results.organizations ?? []);
  return held;
}

/** What the people an article names tell of its setting: the state whose cabinet it names, the countries of the leaders it names. */
interface ArticlePeople {
  cabinet: string | null;
  leaderCountries: string[];
}

const NO_PEOPLE: ArticlePeople = { cabinet: null, leaderCountries: [] };

/** "Prime Minister Anthony Albanese": the countries of the listed heads of state the article names with their office. */
function leaderCountries(people: readonly PersonEntity[]): string[] {
  const out: string[] = [];
  for (const p of people) {
    const country = p.role && isNationalTitle(p.role) ? countryLedBy(p.name, p.role.head) : null;
    if (country) out.push(country);
  }
  return out;
}

/**
 * "Chief Minister N Chandrababu Naidu … Agriculture Minister K Atchannaidu": where the article names a
 * chief minister of a state, its other ministers are that state's cabinet. The state, or null.
 */
function stateCabinet(people: readonly PersonEntity[], doc: Document, ctx: ExtractionContext): string | null {
  for (const p of people) {
    const role = p.role;
    if (role?.head === 'minister' && role.isOffice && levelOf(role) === 'region') return resolveAffiliation(role, doc, ctx, p.name);
  }
  return null;
}

/**
 * "Military intelligence spokesperson X" after "Ukrainian Military Intelligence head Y": the body words
 * of a title name the body the article named in full, for another official or as an organization.
 */
function bodyNamedByTitle(role: RoleInfo, held: readonly PersonWithPost[], organizations: readonly Organization[]): string | null {
  const words = role.title.toLowerCase().split(/\s+/);
  const head = words.indexOf(role.head);
  const body = words.slice(0, head);
  if (!body.length || !body.every((w) => BODY_MODIFIERS.has(w))) return null;
  const tail = ` ${body.join(' ')}`;
  const ends = (name: string) => name.toLowerCase().endsWith(tail);
  for (const o of held) if (o.affiliation && ends(o.affiliation)) return o.affiliation;
  for (const o of organizations) if (ends(o.name)) return o.name;
  return null;
}

/** "In Maine, Gov. Janet Mills said": a place of the kind wanted, earlier in the title's own sentence. */
function regionEarlierInSentence(doc: Document, ctx: ExtractionContext, pos: number, kind: 'region' | 'city' | 'country'): string | null {
  return nearestInSentence(doc, ctx, pos, kind, 'before');
}

/**
 * The place of a kind named nearest `pos` in its sentence, on one side of it: the last one before, or
 * the first one after.
 */
function nearestInSentence(doc: Document, ctx: ExtractionContext, pos: number, kind: 'region' | 'city' | 'country', side: 'before' | 'after'): string | null {
  const si = doc.sentenceIndexAt(pos);
  if (si < 0) return null;
  const sent = doc.sentences[si]!;
  const from = side === 'before' ? sent.start : pos;
  const to = side === 'before' ? pos : sent.end;
  // "Wynne, a city in Arkansas' Cross County, … Gov. X said": a county is a region only where no state or province is named
  let best: { name: string; at: number; county: boolean } | null = null;
  for (const r of ctx.results.regions ?? []) {
    if (r.kind !== kind) continue;
    const county = namesCounty(r.name);
    for (const m of r.mentions) {
      if (m.start < from || m.end > to) continue;
      const nearer = !best || (side === 'before' ? m.start > best.at : m.start < best.at);
      if (!best || (best.county && !county) || (nearer && county === best.county)) best = { name: r.name, at: m.start, county };
    }
  }
  return best?.name ?? null;
}

/**
 * Where a post belongs: first the office's own evidence (its "of X", the body or place in its title),
 * then the article's setting (the county, city, state or country it reports on, for offices of that
 * level), then world knowledge (the country a head of state leads).
 */
export function resolveAffiliation(role: RoleInfo, doc: Document, ctx: ExtractionContext, name = '', known: ArticlePeople = NO_PEOPLE): string | null {
  const regions = ctx.results.regions ?? [];
  const level = levelOf(role);
  const own = ownAffiliation(role, doc, ctx);
  // "state epidemiologist for the state Health Department": an office of a level of government serves its place
  // "County Mayor X": the level in the title outranks the kind of place its head alone implies
  const implied = !role.affiliation || role.affiliation.kind === 'implied';
  if (level && level !== 'country' && (!own || !isPlace(own, regions) || (implied && !ownFitsLevel(own, level, regions)))) {
    return sentencePlaceOf(doc, regions, level, role.span.start) ?? sectionPlaceOf(doc, regions, level, role.span.start) ?? articlePlaceOf(doc, regions, level) ?? own;
  }
  const organizations = ctx.results.organizations ?? [];
  // "Const. X, of the Y detachment of the Z Police": a police rank serves the force over a place
  if (POLICE_TITLES.has(role.head) && !(own && overlapsNamed(own, organizations))) return policeForce(organizations) ?? own;
  if (own) return own;
  // a head of state's country from who they are, else as before from the places around and in the article
  if (isNationalTitle(role)) return countryLedBy(name, role.head) ?? regionEarlierInSentence(doc, ctx, role.span.start, 'country') ?? dominantCountry(regions, organizations);
  // a minister serves the country the article reports on; a foreign minister's is not told by the places he visits
  if (level === 'country' && !isForeignAffairs(role)) return (role.head === 'minister' ? known.cabinet : null) ?? articleCountry(doc, regions, organizations, known.leaderCountries);
  // "Director of Services": a portfolio of the body the article reports on
  if (hasPortfolioComplement(role, doc)) return bodyOfArticle(doc, organizations);
  return null;
}

// "the region's governor", "the regional governor": the region the text just named
const PLACE_ANAPHOR_BEFORE = /\b(?:the\s+(?:region|oblast|province)['’]s|the\s+regional)\s+$/iu;
/** Characters before a title read for "the region's". */
const ANAPHOR_WINDOW = 24;

/** Whether the place `own` names is of the level a title's words give ("County Mayor": a county). */
function ownFitsLevel(own: string, level: PlaceLevel, regions: readonly Region[]): boolean {
  const r = regions.find((x) => x.name === own);
  if (!r) return true;
  if (level === 'city') return r.kind === 'city';
  return r.kind === 'region' && (level === 'county') === namesCounty(r.name);
}

function overlapsNamed(name: string, organizations: readonly Organization[]): boolean {
  return organizations.some((o) => o.name === name);
}

/** "Director of Services": a title whose "of X" is a portfolio. */
function hasPortfolioComplement(role: RoleInfo, doc: Document): boolean {
  const a = role.affiliation;
  if (a?.kind !== 'named' || a.span.start < role.span.end) return false;
  return doc.text.slice(a.span.start, a.span.end).split(/\s+/).every((w) => PORTFOLIO_WORDS.has(w.toLowerCase()));
}

/** The office's own evidence: a place or body named in or beside its title, or the kind of place it implies. */
function ownAffiliation(role: RoleInfo, doc: Document, ctx: ExtractionContext): string | null {
  const a: AffiliationRef | null = role.affiliation;
  if (a?.kind === 'named') return namedAffiliation(role, a.span, doc, ctx);
  if (a?.kind === 'country') return bodyOfCountry(role, doc) ?? a.text;
  if (a?.kind === 'body') return organizationNamedBefore(ctx.results.organizations ?? [], a.noun, role.span.start);
  const place = a?.kind === 'implied' ? a.place : REGIONAL_TITLES.has(role.head) ? 'region' : CITY_TITLES.has(role.head) ? 'city' : null;
  if (!place) return null;
  // "Governor X said the Belgorod region was shelled": failing one before, the region a bare title's sentence names
  // ("of the region" points back, not forward; and a city's name after a mayor is as often part of the
  // mayor's own name, "Mayor Frank G. Jackson")
  const later = !a && place === 'region' ? nearestInSentence(doc, ctx, role.span.end, place, 'after') : null;
  const anaphoric = place === 'region' && PLACE_ANAPHOR_BEFORE.test(doc.text.slice(Math.max(0, role.span.start - ANAPHOR_WINDOW), role.span.start));
  const before = anaphoric ? previousSentencePlaceOf(doc, ctx.results.regions ?? [], 'region', role.span.start) : null;
  const section = (): string | null => (place === 'region' ? sectionPlaceOf(doc, ctx.results.regions ?? [], 'region', role.span.start) : null);
  // the round-up's section only where the title's own sentence and the one before name no place
  return regionEarlierInSentence(doc, ctx, role.span.start, place) ?? later ?? before ?? section() ?? dominantRegion(ctx, place, role.span.start);
}

/**
 * A place or body named with the title, as written; the body in full when the article named it before
 * ("Navy spokesman" after "the Ukrainian Navy"). Words before a minister's or secretary's title that
 * name no place or body found are its portfolio ("Citizen Protection Minister"), and so is the "of X"
 * of a title that serves no place by itself ("Director of Services"): neither is an affiliation.
 */
function namedAffiliation(role: RoleInfo, span: Span, doc: Document, ctx: ExtractionContext): string | null {
  const named = doc.text.slice(span.start, span.end);
  const organizations = ctx.results.organizations ?? [];
  if (BODY_WORD.test(named)) return organizationNamedBefore(organizations, named.toLowerCase(), role.span.start) ?? named;
  if (overlapsAny(span, organizations)) return named;
  // "governor of Russia's Rostov region", "mayor of La Paz city": the region or town named in it
  const regions = ctx.results.regions ?? [];
  if (overlapsAny(span, regions)) return regionWithin(span, regions, doc.text) ?? named;
  const after = span.start >= role.span.end;
  const words = named.split(/\s+/).map((w) => w.toLowerCase());
  // "Competition Commissioner X" where the article also writes "competition chief": common words, a portfolio
  const common = !REGIONAL_TITLES.has(role.head) && !CITY_TITLES.has(role.head) && words.every((w) => PORTFOLIO_WORDS.has(w) || doc.lowerWords.has(w));
  const portfolio = common || (after ? words.every((w) => PORTFOLIO_WORDS.has(w)) : PORTFOLIO_TITLES.has(role.head));
  return portfolio ? null : named;
}

/**
 * "Ukrainian Military Intelligence head": the capitalised words of a body between a country's adjective
 * and the head belong to the body the holder serves, not to a country alone (a minister's portfolio
 * words do not: "Russian Defence Minister" serves Russia).
 */
function bodyOfCountry(role: RoleInfo, doc: Document): string | null {
  if (PORTFOLIO_TITLES.has(role.head) || isNationalTitle(role)) return null;
  const words = role.title.split(' ');
  const body = words.slice(0, -1);
  if (!body.length || !body.every((w) => /^\p{Lu}/u.test(w) && BODY_MODIFIERS.has(w.toLowerCase()))) return null;
  const demonym = DEMONYM_BEFORE.exec(doc.text.slice(Math.max(0, role.span.start - 30), role.span.start))?.groups?.demonym;
  return demonym ? `${demonym} ${body.join(' ')}` : null;
}

const BODY_WORD = /^(?:Navy|Army|Police|Ministry|Agency|Air Force|Guard|Coast Guard|Service|Committee|Council|Commission)$/;
const DEMONYM_BEFORE = /(?<demonym>\p{Lu}[\p{L}-]+)\s+$/u;

// "Archdiocese of New York", "University of Texas": a body of the place, not the place
const BODY_OF_PLACE = /\p{Lu}[\p{L}\p{M}'’-]*\s+of\s+(?:the\s+)?$/u;

/** The one region (else the one city) a span holds a mention of, when the span says more than its name; else null. */
function regionWithin(span: Span, regions: readonly Region[], text: string): string | null {
  const inside = regions.filter((r) =>
    r.mentions.some((m) => m.start >= span.start && m.end <= span.end && m.end - m.start < span.end - span.start && !BODY_OF_PLACE.test(text.slice(span.start, m.start))),
  );
  for (const kind of ['region', 'city'] as const) {
    const ofKind = inside.filter((r) => r.kind === kind);
    if (ofKind.length) return ofKind.length === 1 ? ofKind[0]!.name : null;
  }
  return null;
}

function overlapsAny(span: Span, items: readonly { mentions: readonly Span[] }[]): boolean {
  return items.some((r) => r.mentions.some((m) => m.start < span.end && span.start < m.end));
}

function isPlace(name: string, regions: readonly Region[]): boolean {
  return regions.some((r) => r.name === name);
}

/**
 * The level of government an office serves when the text names no place: its title's level word
 * ("County Health Officer", "state health minister", "Chief Minister" of a state), a city's service
 * ("police chief"), a sheriff's county, or a minister's or secretary's country.
 */
function levelOf(role: RoleInfo): PlaceLevel | null {
  const words = role.title.toLowerCase().split(/\s+/);
  // the modifiers before the head: "Secretary of State" names a portfolio, not a level
  const head = words.indexOf(role.head);
  const modifiers = head >= 0 ? words.slice(0, head) : words;
  for (const w of modifiers) {
    const level = GOVERNMENT_LEVELS.get(w);
    if (level) return level;
  }
  if (COUNTY_TITLES.has(role.head)) return 'county';
  if (role.head === 'chief' && modifiers.some((w) => CITY_SERVICES.has(w))) return 'city';
  if (!PORTFOLIO_TITLES.has(role.head)) return null;
  // a chief minister heads a state or province
  if (modifiers.includes('chief')) return 'region';
  // a minister serves a country; a secretary only with a portfolio ("Defense Secretary", not "Press Secretary")
  return role.head !== 'secretary' || words.some((w) => PORTFOLIO_WORDS.has(w) || CABINET_WORDS.has(w)) ? 'country' : null;
}

/** "Foreign Minister", "Secretary of State": a portfolio of dealings with other countries. */
function isForeignAffairs(role: RoleInfo): boolean {
  const words = role.title.toLowerCase().split(/\s+/);
  return words.some((w) => FOREIGN_AFFAIRS_WORDS.has(w)) || (role.head === 'secretary' && /\bof state\b/iu.test(role.title));
}

/** "President X", "Prime Minister Y": a head of state or government, whose office is a country's. */
function isNationalTitle(role: RoleInfo): boolean {
  const words = role.title.toLowerCase().split(/\s+/);
  if (words.some((w) => w === 'regional' || w === 'state' || w === 'county' || w === 'city')) return false;
  // "President Obama", not "X, vice president of Acme": a head of state's title is written capitalised
  if (!/^\p{Lu}/u.test(role.title)) return false;
  const primeMinister = role.head === 'minister' && words.includes('prime');
  // "Deputy Prime Minister", "Vice President" serve the country too; a vice chancellor heads a university
  if (words.some((w) => w === 'vice' || w === 'deputy')) return primeMinister || role.head === 'president';
  return NATIONAL_TITLES.has(role.head) || primeMinister;
}

/** The most mentioned place of a kind (a region, failing that a city or country as fits). */
export function dominantRegion(ctx: ExtractionContext, kind: 'region' | 'city' | 'country', before = Infinity): string | null {
  const regions = ctx.results.regions ?? [];
  // a mayor's is a town, never a region the article names more often; no one governs a valley or a river
  const order = kind === 'region' ? ['region', 'city'] : kind === 'city' ? ['city'] : ['country'];
  for (const k of order) {
    // a district lies inside the region its governor serves
    const ofKind = regions.filter((r) => r.kind === k && !namesNaturalFeature(r.name) && !(kind === 'region' && namesDistrict(r.name)));
    // counted up to the title when the text named one of them before it, the one named last winning a
    // tie: "Texas and Oklahoma … McCurtain County, Oklahoma … Gov. Kevin Stitt said" is Oklahoma's governor
    const upTo = ofKind.some((r) => r.mentions[0]!.start < before) ? before : Infinity;
    let best: { name: string; count: number; last: number } | undefined;
    for (const r of ofKind) {
      // mentions come in text order: those before the title are a prefix
      const count = upTo === Infinity ? r.mentions.length : countStartingBelow(r.mentions, upTo);
      if (count === 0) continue;
      const last = upTo === Infinity ? -1 : r.mentions[count - 1]!.start;
      if (!best || count > best.count || (count === best.count && last > best.last)) best = { name: r.name, count, last };
    }
    if (best) return best.name;
  }
  return null;
}

