import type { Document } from '../../document/document.js';
import type { ExtractionContext } from '../framework.js';
import { organizationNamedBefore } from '../results.js';
import type { AffiliationRef, PersonEntity, RoleInfo } from '../../record/people.js';
import { CITY_TITLES, NATIONAL_TITLES, REGIONAL_TITLES } from '../../language/titles.js';

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
  const held = people.map((person) => ({
    person,
    title: person.role ? person.role.title : null,
    affiliation: person.role ? resolveAffiliation(person.role, doc, ctx) : null,
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
  return held;
}

/** "In Maine, Gov. Janet Mills said": a place of the kind wanted, earlier in the title's own sentence. */
function regionEarlierInSentence(doc: Document, ctx: ExtractionContext, pos: number, kind: 'region' | 'city' | 'country'): string | null {
  const si = doc.sentenceIndexAt(pos);
  if (si < 0) return null;
  const sent = doc.sentences[si]!;
  let best: { name: string; at: number } | null = null;
  for (const r of ctx.results.regions ?? []) {
    if (r.kind !== kind) continue;
    for (const m of r.mentions) if (m.start >= sent.start && m.end <= pos && (!best || m.start > best.at)) best = { name: r.name, at: m.start };
  }
  return best?.name ?? null;
}

export function resolveAffiliation(role: RoleInfo, doc: Document, ctx: ExtractionContext): string | null {
  const text = doc.text;
  const a: AffiliationRef | null = role.affiliation;
  if (a?.kind === 'named') {
    const named = text.slice(a.span.start, a.span.end);
    // "Navy spokesman" after "the Ukrainian Navy said": the body in full
    return BODY_WORD.test(named) ? (organizationNamedBefore(ctx.results.organizations ?? [], named.toLowerCase(), role.span.start) ?? named) : named;
  }
  if (a?.kind === 'country') return a.text;
  if (a?.kind === 'body') return organizationNamedBefore(ctx.results.organizations ?? [], a.noun, role.span.start);
  if (!a && isNationalTitle(role)) return regionEarlierInSentence(doc, ctx, role.span.start, 'country') ?? clearlyDominantCountry(ctx);
  const place = a?.kind === 'implied' ? a.place : REGIONAL_TITLES.has(role.head) ? 'region' : CITY_TITLES.has(role.head) ? 'city' : null;
  if (!place) return null;
  return regionEarlierInSentence(doc, ctx, role.span.start, place) ?? dominantRegion(ctx, place);
}

const BODY_WORD = /^(?:Navy|Army|Police|Ministry|Agency|Air Force|Guard|Coast Guard|Service|Committee|Council|Commission)$/;

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

/**
 * The country the article is about, when it plainly is about one: the one whose name and places it
 * mentions at least twice as often as any other's, failing that the one it names at least twice as
 * often. A president of another country named in passing is then left without an affiliation rather
 * than given the wrong one.
 */
function clearlyDominantCountry(ctx: ExtractionContext): string | null {
  const regions = ctx.results.regions ?? [];
  // every mention of a place counts for its country as well as the country's own: "Russia struck the
  // Odesa region … Izmail … Odesa" is an article about Ukraine, though only Russia is named as a country
  const weight = new Map<string, number>();
  const named = new Map<string, number>();
  for (const r of regions) {
    const country = r.kind === 'country' ? r.name : r.country;
    if (country) weight.set(country, (weight.get(country) ?? 0) + r.mentions.length);
    if (r.kind === 'country') named.set(r.name, r.mentions.length);
  }
  // failing that, the country named as a country at least twice as often as any other
  return clearWinner(weight) ?? clearWinner(named);
}

/** The key whose count is at least twice every other's, if any. */
function clearWinner(counts: Map<string, number>): string | null {
  let best: string | null = null;
  let bestN = 0;
  let second = 0;
  for (const [key, n] of counts) {
    if (n > bestN) {
      second = bestN;
      best = key;
      bestN = n;
    } else if (n > second) second = n;
  }
  return best && bestN >= 2 * second ? best : null;
}

/** The most mentioned place of a kind (a region, failing that a city or country as fits). */
export function dominantRegion(ctx: ExtractionContext, kind: 'region' | 'city' | 'country'): string | null {
  const regions = ctx.results.regions ?? [];
  const order = kind === 'region' ? ['region', 'city'] : kind === 'city' ? ['city', 'region'] : ['country'];
  for (const k of order) {
    let best: (typeof regions)[number] | undefined;
    for (const r of regions) if (r.kind === k && (!best || r.mentions.length > best.mentions.length)) best = r;
    if (best) return best.name;
  }
  return null;
}

