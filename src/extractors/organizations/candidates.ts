import type { Document } from '../../document/document.js';
import type { Span } from '../../document/span.js';
import { MONTH_NAMES, WEEKDAY_NAMES } from '../../language/calendar.js';
import { AFTER_BODY_VERBS } from '../../language/speech.js';
import { COUNTRY_NAMES, DEMONYMS } from '../../language/places.js';
import { isFoldedFirstName } from '../../language/first-names.js';
import { OFFICE_HEADS, PERSONAL_RANK_WORDS, PORTFOLIO_TITLES, ROLE_HEADS, TITLE_MODIFIERS } from '../../language/titles.js';
import { namesNoBody } from './acronym-uses.js';
import { nextCapitalisedWord, sameLineGap, type Token } from '../../document/tokens.js';
import { COMPANY_HEADS, DISTRICT_SERVICES, FIELD_OF_WORK_HEADS, HOUSE_WORDS, KNOWN_ORGS, NATIONAL_SOCIETIES, NON_ORG_ACRONYMS, NOT_ORGS, ORG_HEADS, STATE_FORM_WORDS, PARTY_PLURALS, PARTY_QUALIFIERS, SHIP_PREFIXES, STANDALONE_BODIES, UNIT_HEADS, UTILITY_HEADS, VERY_WEAK_HEADS, WEAK_HEADS } from '../../language/organizations.js';

/** One place where the text names an organisation, before mentions are merged. */
export interface OrgCandidate extends Span {
  /** The name as written, without a leading "the". */
  name: string;
  acronym?: string;
  /** When an acronym and its expansion were written together, the spans of the other forms. */
  pair?: Span[];
  /** A country adjective in front: "Russian Ministry of Defense". */
  demonym?: string;
  source: 'named' | 'lowercase-ministry' | 'known' | 'acronym' | 'defined-acronym';
}

/**
 * Every candidate is made here, all fields in one order and the absent ones undefined: one object
 * shape, so mergeOrganizations, which reads candidates of every source, stays optimised.
 */
export function orgCandidate(start: number, end: number, name: string, source: OrgCandidate['source'], acronym?: string, pair?: Span[], demonym?: string): OrgCandidate {
  return { start, end, name, acronym, pair, demonym, source };
}

/** A paired span as a plain { start, end }, never the token itself: mergeOrganizations reads pairs and its own spans alike. */
function spanOf(s: Span): Span {
  return { start: s.start, end: s.end };
}

// Capitalised words that open a sentence or clause but never an organisation's name.
const LEADING = new Set(
  `the a an according in on at by for from to of with as after before when while since this that these those and but
   or if meanwhile however yet also so then now today yesterday earlier later said says told his her their its our
   both all some many several while during under over against between via amid despite among including like unlike
   through within without across about behind beyond near toward towards upon whether where although because once
   unless until whose every each neither either most more another any such which what`.split(/\s+/).filter(Boolean),
);
const CONNECTORS = new Set(['of', 'and', 'for', 'on', 'the', '&']);

const CALENDAR = new Set([...WEEKDAY_NAMES, ...MONTH_NAMES]);

const isHead = (t: Token) => t.isWord && ORG_HEADS.has(t.lower);

/**
 * Capitalised names built on an organisation head word: "Ministry of Defense", "Armed Forces of
 * Ukraine", "Kharkiv Regional Military Administration", "Defense Ministry". The name runs from the
 * first capitalised word that is not a sentence opener to the last head word and its "of X".
 *
 * A run of capitalised words (with their connectors) is always a contiguous range of tokens, and so
 * is each part it splits into: they are passed as first and last token index, not as arrays of
 * indices, and no string is made but for a part that becomes a candidate. This runs on every
 * capitalised word of every article; the arrays were most of what the organisations extractor allocated.
 */
export function namedOrganizations(doc: Document, tokens: Token[]): OrgCandidate[] {
  const text = doc.text;
  const out: OrgCandidate[] = [];
  for (let i = nextCapitalisedWord(tokens, 0); i < tokens.length; ) {
    const t = tokens[i]!;
    const last = runEnd(text, tokens, i);
    const before = out.length;
    splitRun(doc, tokens, i, last, out);
    if (out.length > before && out[before]!.start === t.start) withUnitNumber(text, tokens, i, out, before);
    i = nextCapitalisedWord(tokens, last + 1);
  }
  return out;
}

const ORDINAL_SUFFIX = /^(?:st|nd|rd|th)$/;
const DIGITS = /^\d{1,4}$/;

/**
 * "the 47th Mechanized Brigade": a military unit's number is part of its name (there are dozens of
 * Mechanized Brigades). The run of capitalised words starts after it, so the candidate read from the
 * run's first token at `first` (out[at]) takes the ordinal written just before.
 */
function withUnitNumber(text: string, tokens: Token[], first: number, out: OrgCandidate[], at: number): void {
  const c = out[at]!;
  const suffix = tokens[first - 1], digits = tokens[first - 2];
  if (!suffix || !digits || !ORDINAL_SUFFIX.test(suffix.text) || !DIGITS.test(digits.text)) return;
  if (digits.end !== suffix.start || text.slice(suffix.end, tokens[first]!.start) !== ' ') return;
  const head = c.name.slice(c.name.lastIndexOf(' ') + 1).toLowerCase();
  if (!UNIT_HEADS.has(head)) return;
  out[at] = orgCandidate(digits.start, c.end, text.slice(digits.start, c.end), c.source, c.acronym, c.pair, c.demonym);
}

/** The last token of the run of capitalised words from `first`: at most 14 tokens before a last connector. */
function runEnd(text: string, tokens: Token[], first: number): number {
  let j = first;
  while (j - first + 1 < 14) {
    const k = j + 1;
    const n = tokens[k];
    if (n?.poss && isPossessiveHead(tokens, j, k)) {
      j = k + 1;
      continue;
    }
    // "Clermont County Sheriff’s office": the office of a title a place opens, in lower case, ends the name
    if (n?.poss && j > first && isLowercaseOffice(tokens, j, k)) return k + 1;
    if (!n || !n.isWord && n.text !== '&' || !sameLineGap(text, tokens[j]!, n)) break;
    if (n.cap) {
      j = k;
      continue;
    }
    // connectors join capitalised words: "Armed Forces of Ukraine", "Air and Space Forces"
    if (!CONNECTORS.has(n.lower)) break;
    let m = k + 1;
    // "Hofstra University on Monday": a date is no part of a name; nor, in "State Emergency Service of
    // Ukraine on Facebook", the platform a body wrote on
    if (tokens[m] && CALENDAR.has(tokens[m]!.lower)) break;
    if (n.lower === 'on' && tokens[m] && KNOWN_ORGS.has(tokens[m]!.text)) break;
    if (tokens[m]?.lower === 'the' && n.lower !== 'the') m++;
    const after = tokens[m];
    if (!after || !after.isWord || !after.cap || !sameLineGap(text, tokens[m - 1]!, after)) break;
    j = m;
  }
  return j;
}

/**
 * "Prosecutor's Office", "Sheriff's Office", "Police Spokesperson's Unit": an office's possessive,
 * glued to its title, before a capitalised head word, is inside the body's name.
 */
function isPossessiveHead(tokens: Token[], title: number, poss: number): boolean {
  const t = tokens[title]!;
  const head = tokens[poss + 1];
  return t.cap && tokens[poss]!.start === t.end && (OFFICE_HEADS.has(t.lower) || ROLE_HEADS.has(t.lower)) && !!head && head.cap && isHead(head);
}

/** "Sheriff’s office": a capitalised title's possessive, glued to it, then "office" in lower case. */
function isLowercaseOffice(tokens: Token[], title: number, poss: number): boolean {
  const t = tokens[title]!;
  const office = tokens[poss + 1];
  return t.cap && tokens[poss]!.start === t.end && (OFFICE_HEADS.has(t.lower) || ROLE_HEADS.has(t.lower)) && office?.text === 'office';
}

/**
 * "Apple Inc and Alphabet Inc" names two bodies; "Members of the Congressional Black Caucus" one, after
 * the connector. A run splits at "and" when a head word stands before it (but once inside a name's
 * complement: "Department of Housing and Urban Development", see joinsComplement), and starts after
 * the last connector before its first head word.
 * Reads each part of the run `first`..`last` (token indices, inclusive) for a candidate, in order.
 */
function splitRun(doc: Document, tokens: Token[], first: number, last: number, out: OrgCandidate[]): void {
  const text = doc.text;
  // the part read so far is partStart..k-1
  let partStart = first;
  let sawHead = false;
  // only a word that heads a body in other names too ("Management" of "Disaster Management and
  // Mitigation Agency" is the body's work, not a body)
  let sawStrongHead = false;
  let joined = false;
  // inside a head's complement ("Department of Health"), where an "and" may join a field of work
  let inComplement = false;
  for (let k = first; k <= last; k++) {
    const t = tokens[k]!;
    if ((t.lower === 'and' || t.text === '&') && (sawHead || STANDALONE_BODIES.has(tokens[k - 1]?.lower ?? ''))) {
      if (!joined && sawHead && (joinsComplement(tokens, k + 1, last, inComplement) || (!sawStrongHead && tokens[k + 1]?.lower !== 'the' && !namesCompany(tokens, k + 1, last)))) {
        joined = true;
        continue;
      }
      if (k > partStart) readPart(doc, tokens, partStart, k - 1, first, out);
      partStart = k + 1;
      sawHead = false;
      sawStrongHead = false;
      joined = false;
      inComplement = false;
      continue;
    }
    if (!sawHead && CONNECTORS.has(t.lower) && t.lower !== 'and' && t.text !== '&') {
      partStart = k + 1;
      continue;
    }
    if (sawHead && isComplementOpener(t.lower) && tokens[k - 1]!.cap && isHead(tokens[k - 1]!)) inComplement = true;
    else if (t.cap && (isHead(t) || HOUSE_WORDS.has(t.lower)) && !headsATitle(tokens, k)) {
      sawHead = true;
      inComplement = false;
      if (!VERY_WEAK_HEADS.has(t.lower)) sawStrongHead = true;
    }
  }
  if (last >= partStart) readPart(doc, tokens, partStart, last, first, out);
}

/**
 * "Police Chief Ann Roe of the Dalton Police Department": a head word before a capitalised office, and a
 * name after it, is a title; the body starts after the connector.
 */
function headsATitle(tokens: Token[], k: number): boolean {
  const office = tokens[k + 1];
  const name = tokens[k + 2];
  return !!office && !!name && office.cap && OFFICE_HEADS.has(office.lower) && name.cap && !isHead(name) && !OFFICE_HEADS.has(name.lower);
}

/** Whether tokens from..to, up to the next "and", end a company's name ("Apple Inc"). */
function namesCompany(tokens: Token[], from: number, to: number): boolean {
  for (let k = from; k <= to && tokens[k]!.lower !== 'and'; k++) if (COMPANY_HEADS.has(tokens[k]!.lower)) return true;
  return false;
}

/**
 * Is the "and" before token `from` inside the body's name ("Department of Housing and Urban Development",
 * "Committee on Parks and Recreation")? So when what follows, up to the next "and", is a few capitalised
 * words that name no body of their own: not "and the AFL-CIO", not "and the Foreign Ministry".
 * Inside a head's complement (`inComplement`: the "and" follows "Department of X"), a field of work
 * named by its services joins too ("Department of Health and Human Services", "Office of Information
 * Programs and Services"), but not a body a country or place opens ("and Ukrainian Emergency Services").
 */
function joinsComplement(tokens: Token[], from: number, to: number, inComplement: boolean): boolean {
  let words = 0;
  for (let k = from; k <= to; k++) {
    const t = tokens[k]!;
    if (t.lower === 'and' || t.text === '&') break;
    const field = inComplement && FIELD_OF_WORK_HEADS.has(t.lower) && endsPart(tokens, k, to) && !DEMONYMS.has(tokens[from]!.lower);
    if (!field && (t.lower === 'the' || t.allCaps || isHead(t) || HOUSE_WORDS.has(t.lower) || STANDALONE_BODIES.has(t.lower) || KNOWN_ORGS.has(t.text))) return false;
    if (++words > 3) return false;
  }
  return words > 0;
}

/** Whether token k is the last of its part: the run's last token, or the one before an "and". */
function endsPart(tokens: Token[], k: number, to: number): boolean {
  return k === to || tokens[k + 1]!.lower === 'and' || tokens[k + 1]!.text === '&';
}

function readPart(doc: Document, tokens: Token[], from: number, to: number, runStart: number, out: OrgCandidate[]): void {
  const cand = orgInRun(doc, tokens, from, to, runStart);
  if (cand) out.push(cand);
}

/**
 * A head word at token k of the part from..to: an organisation head; "House" before "of X" ("House of
 * Representatives"); a party's plural after its qualifier ("Liberal Democrats"); "District" after
 * the service it runs ("Public Health District").
 */
function isHeadInRun(tokens: Token[], from: number, to: number, k: number): boolean {
  const t = tokens[k]!;
  // "Clermont County Sheriff’s office" (see isLowercaseOffice)
  if (t.text === 'office') return k > from && tokens[k - 1]!.poss;
  if (!t.cap) return false;
  if (isHead(t)) return true;
  // "Public Health District", "Unified School District": a district that runs a service, not a place
  if (t.lower === 'district') return k > from && tokens[k - 1]!.cap && DISTRICT_SERVICES.has(tokens[k - 1]!.lower);
  if (HOUSE_WORDS.has(t.lower)) return k + 2 <= to && tokens[k + 1]!.lower === 'of' && tokens[k + 2]!.cap;
  if (PARTY_PLURALS.has(t.lower)) return k > from && PARTY_QUALIFIERS.has(tokens[k - 1]!.lower);
  return false;
}

const QUOTE_MARK = /^["'“”‘’«»]$/u;

/**
 * "Nova Scotia Power", "Duke Energy", "Tampa Electric": a utility is named by where or whose it is and
 * what it sells, with no head word. A run of capitalised words with no other head that ends on one
 * names a body when no word before it is one the article writes in lower case ("Nuclear Power",
 * "Clean Energy" are things) and it holds no "and" (two bodies, or one this cannot tell apart).
 */
function utilityName(doc: Document, tokens: Token[], from: number, to: number): OrgCandidate | null {
  const last = tokens[to]!;
  if (!last.cap || !UTILITY_HEADS.has(last.lower)) return null;
  let start = from;
  while (start < to && (LEADING.has(tokens[start]!.lower) || !tokens[start]!.cap)) start++;
  if (start === to) return null;
  const lowerWords = doc.lowerWords;
  for (let k = start; k < to; k++) {
    const t = tokens[k]!;
    if (!t.cap || t.lower === 'and' || t.text === '&' || lowerWords.has(t.lower) || CALENDAR.has(t.lower)) return null;
  }
  if (isHeadline(doc, tokens[from]!.start)) return null;
  // "the show’s “Star Power” award", "''Girl Power'' signs": a title in quotation marks
  if (QUOTE_MARK.test(doc.text.charAt(tokens[start]!.start - 1)) && QUOTE_MARK.test(doc.text.charAt(last.end))) return null;
  const name = doc.text.slice(tokens[start]!.start, last.end);
  return orgCandidate(tokens[start]!.start, last.end, name, 'named');
}

/** The organisation the part from..to (token indices, inclusive) names, if any. */
function orgInRun(doc: Document, tokens: Token[], from: number, to: number, runStart: number): OrgCandidate | null {
  const text = doc.text;
  let lastHead = -1;
  for (let k = from; k <= to; k++) if (isHeadInRun(tokens, from, to, k)) lastHead = k;
  if (lastHead < 0) return utilityName(doc, tokens, from, to);
  // "Armed Forces Minister James Holloway": the words before a minister's title name the portfolio, not a body
  const after = tokens[lastHead + 1];
  if (after && after.cap && PORTFOLIO_TITLES.has(after.lower) && lastHead < to) return null;
  // "Acting Police Sergeant X", "Detective Police Constable Y": a rank, not a body, when only title words come before the head
  if (after && after.cap && OFFICE_HEADS.has(after.lower) && lastHead < to && onlyTitleWords(tokens, from, lastHead)) return null;
  // "Minister for Home and Disaster Management X": nor do the words after it, on a weak head
  if ((WEAK_HEADS.has(tokens[lastHead]!.lower) || VERY_WEAK_HEADS.has(tokens[lastHead]!.lower)) && isPortfolioOf(tokens, from)) return null;
  // the end: the head, or the end of its complement ("of Defense", "of Ukraine"), before any person's name or title
  let end = lastHead;
  if (end < to && isComplementOpener(tokens[end + 1]!.lower)) {
    let q = end + 1;
    let first = true;
    while (q < to) {
      const t = tokens[q + 1]!;
      // "Department of Justice", "University of Virginia": the complement's one word is its field or
      // place, though it may be a title or a given name; before another name it is a person's ("Office
      // of President Volodymyr Zelensky")
      const alone = first && (q + 1 === to || !tokens[q + 2]!.cap);
      if (t.cap && !alone && (isFoldedFirstName(t.lower) || OFFICE_HEADS.has(t.lower) || ROLE_HEADS.has(t.lower))) break;
      if (t.cap) first = false;
      q++;
    }
    while (q > end && !tokens[q]!.cap) q--;
    end = q;
  }
  // the start: skip sentence openers, and a person's title or name written before the body
  let start = from;
  while (start < lastHead && (LEADING.has(tokens[start]!.lower) || !tokens[start]!.cap || RUN_BY.test(tokens[start]!.lower))) start++;
  for (let q = start; q < lastHead; q++) {
    const t = tokens[q]!;
    // "Governor Ivan Petrov Foundation" loses its title; "General Staff" keeps its first word
    if ((OFFICE_HEADS.has(t.lower) || ROLE_HEADS.has(t.lower) || isPluralOffice(t.lower)) && !isHead(tokens[q + 1]!) && !tokens[q + 1]!.poss) start = q + 1;
  }
  while (start < lastHead && !tokens[start]!.cap) start++;
  // in a headline written in title case every word is capitalised: there, words the article also
  // writes in lower case ("Wealthy Voters Abandon Republican Party") are not part of a name
  const headlineLower = isHeadline(doc, tokens[runStart]!.start) ? doc.lowerWords : null;
  if (headlineLower) {
    for (let q = lastHead - 1; q >= start; q--) {
      // a connector is in lower case in a title too ("Department of Health and Human Services Says")
      if (tokens[q]!.cap && headlineLower.has(tokens[q]!.lower)) {
        start = q + 1;
        break;
      }
    }
  }
  const head = tokens[lastHead]!;
  // a head word alone ("the Ministry", "Police") names no particular body
  let capitalised = 0;
  for (let q = start; q <= end; q++) if (tokens[q]!.isWord && tokens[q]!.cap) capitalised++;
  if (capitalised < 2) return null;
  // a weak head names a body with a word before it or its complement after it ("Centre for Volcanology")
  if (WEAK_HEADS.has(head.lower) && lastHead - start < 1 && (end === lastHead || !insideSentence(doc, tokens, lastHead))) return null;
  if (VERY_WEAK_HEADS.has(head.lower) && lastHead - start < 2) return null;
  const s = tokens[start]!.start;
  const e = tokens[end]!.end;
  const name = text.slice(s, e);
  if (NOT_ORGS.has(name) || isCountryFormalName(tokens, start, end)) return null;
  let demonym: string | undefined;
  const firstWord = tokens[start]!.lower;
  if (DEMONYMS.has(firstWord) && end - start + 1 > 2) demonym = DEMONYMS.get(firstWord);
  return orgCandidate(s, e, name, 'named', undefined, undefined, demonym);
}

/** A word with a word of its own sentence before it: not a line's or sentence's first ("News of the PGA's move"). */
function insideSentence(doc: Document, tokens: Token[], k: number): boolean {
  const s = doc.sentenceIndexAt(tokens[k]!.start);
  return k > 0 && s >= 0 && tokens[k - 1]!.start >= doc.sentences[s]!.start;
}

const FULL_STOP_AT_END = /\.["”’']?\s*$/u;

/**
 * Whether the line at `pos` is a headline, where every word is capitalised: a mostly capitalised
 * line, in title case or not ending on a full stop. A sentence with a few long words in lower case is
 * prose however many names it holds ("The Central Oregon Major Incident Team led by the Oregon State
 * Police along with the Crook County District Attorney’s Office is investigating.").
 */
function isHeadline(doc: Document, pos: number): boolean {
  if (!doc.lines.isCapitalised(pos)) return false;
  if (doc.lines.isTitleCase(pos)) return true;
  const line = doc.lines.indexAt(pos);
  const start = doc.lines.startOf(line);
  const end = doc.lines.endOf(line);
  return !FULL_STOP_AT_END.test(doc.text.slice(Math.max(start, end - 4), end));
}

/** "Minister for X", "Secretary of X": the part from `from` is a minister's or secretary's portfolio. */
function isPortfolioOf(tokens: Token[], from: number): boolean {
  const connector = tokens[from - 1];
  const title = tokens[from - 2];
  return !!connector && !!title && (connector.lower === 'for' || connector.lower === 'of') && PORTFOLIO_TITLES.has(title.lower);
}

/** "the Russian Federation", "the Czech Republic": a country's formal name is a place, not a body. */
function isCountryFormalName(tokens: Token[], start: number, end: number): boolean {
  return end === start + 1 && DEMONYMS.has(tokens[start]!.lower) && STATE_FORM_WORDS.has(tokens[end]!.lower);
}

/** "the Hamas-run Gaza Health Ministry", "Iran-backed": who runs a body says nothing of its name. */
const RUN_BY = /^\p{L}+-(?:run|led|backed|controlled|owned|funded|linked|affiliated|allied|aligned|installed|appointed|based)$/u;

/** "of", "for", "on": the words that open a head's complement ("Ministry of Defense"). */
function isComplementOpener(w: string): boolean {
  return w === 'of' || w === 'for' || w === 'on';
}

// First words of the two-word known names ("White" of "White House"): only these are worth joining to the next word.
const KNOWN_FIRST_WORDS: ReadonlySet<string> = new Set([...KNOWN_ORGS].filter((n) => n.split(' ').length === 2).map((n) => n.split(' ')[0]!));

/** Names from the list of well-known organisations and platforms ("Telegram", "Reuters"). */
export function knownOrganizations(doc: Document, tokens: Token[]): OrgCandidate[] {
  const out: OrgCandidate[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!t.isWord || !t.cap) continue;
    const two = KNOWN_FIRST_WORDS.has(t.text) && tokens[i + 1]?.isWord ? `${t.text} ${tokens[i + 1]!.text}` : '';
    if (two && KNOWN_ORGS.has(two) && sameLineGap(doc.text, t, tokens[i + 1]!)) {
      const country = NATIONAL_SOCIETIES.has(two) ? countryBefore(doc.text, tokens, i) : null;
      const start = country ? country.start : t.start;
      out.push(orgCandidate(start, tokens[i + 1]!.end, doc.text.slice(start, tokens[i + 1]!.end), 'known'));
      i++;
    } else if (KNOWN_ORGS.has(t.text)) out.push(orgCandidate(t.start, t.end, t.text, 'known'));
  }
  return out;
}


/** The country's name or adjective, of one or two words, written right before token i ("Kenya", "New Zealand", "American"), if any. */
function countryBefore(text: string, tokens: Token[], i: number): Token | null {
  let found: Token | null = null;
  let words = '';
  for (let k = i - 1; k >= 0 && k >= i - 2; k--) {
    const w = tokens[k]!;
    if (!w.isWord || !w.cap || text.slice(w.end, tokens[k + 1]!.start) !== ' ') break;
    words = words ? `${w.lower} ${words}` : w.lower;
    if (DEMONYMS.has(words) || COUNTRY_NAMES.has(words)) found = w;
  }
  return found;
}

/** Acronyms written with their expansion, and acronyms of things ("unmanned aerial vehicles (UAVs)"). */
export interface AcronymDefinitions {
  orgs: OrgCandidate[];
  /** Acronyms the text defines as things, not bodies. */
  things: Set<string>;
}

const ACRONYM = /^[A-Z][A-Z0-9]{1,5}$/;
const POSSESSIVE = /^['’]s$/;

function acronymOf(t: Token | undefined): string | null {
  if (!t || !t.isWord) return null;
  const w = t.text.endsWith('s') && /^[A-Z]{2,6}s$/.test(t.text) ? t.text.slice(0, -1) : t.text;
  return ACRONYM.test(w) ? w : null;
}

// Small words an acronym skips: "Ministry of Defence" → MoD's letters M and D.
const SKIPPED_IN_INITIALS = new Set(['of', 'and', 'the', 'for', 'on', 'in', 'de', 'la', '&']);

/** Initials of one word, hyphenated parts counted apart: "Vozdushno-Korablevoy" → VK; a small word gives none. */
function initialsOfWord(w: Token): string {
  if (!w.isWord || SKIPPED_IN_INITIALS.has(w.lower)) return '';
  let out = w.text[0]!.toUpperCase();
  for (let i = w.text.indexOf('-'); i >= 0; i = w.text.indexOf('-', i + 1)) out += w.text[i + 1]!.toUpperCase();
  return out;
}

/** Initials of a phrase: "Vozdushno-Korablevoy Sily" → VKS. */
const initials = (ws: Token[]): string => ws.map(initialsOfWord).join('');

/** The shortest tail of `ws` whose initials spell the acronym, or null; initials grow from the end, one word at a time. */
function matchingTail(ws: Token[], acr: string): Token[] | null {
  let ini = '';
  for (let s = ws.length - 1; s >= 0; s--) {
    ini = initialsOfWord(ws[s]!) + ini;
    if (ini === acr) return ws.slice(s);
    if (ini.length > acr.length) break;
  }
  return prefixTail(ws, acr) ?? renamedTail(ws, acr);
}

/**
 * "Centers for Disease Control and Prevention (CDC)": a body that grew a last "and X" keeps the
 * acronym of its older name; the expansion is the whole name.
 */
function renamedTail(ws: Token[], acr: string): Token[] | null {
  const n = ws.length;
  if (n < 4 || ws[n - 2]!.lower !== 'and' || !ws[n - 1]!.cap) return null;
  const older = ws.slice(0, n - 2);
  let ini = '';
  for (let s = older.length - 1; s >= 0; s--) {
    ini = initialsOfWord(older[s]!) + ini;
    if (ini === acr) return ws.slice(s);
    if (ini.length > acr.length) break;
  }
  return null;
}

const ACRONYM_CONNECTORS = new Set(['of', 'and', 'for', 'the', 'on', '&']);

/**
 * "Lagos State Emergency Management Agency (LASEMA)": an acronym made of the first letters of each
 * word, one to three of them ("LA" from Lagos), connectors optional. The longest such run of words
 * that opens on a capitalised word, up to eight words.
 */
function prefixTail(ws: Token[], acr: string): Token[] | null {
  const a = acr.toLowerCase();
  let found: Token[] | null = null;
  for (let s = ws.length - 1; s >= 0 && s >= ws.length - 8; s--) {
    const first = ws[s]!;
    if (!first.cap || ACRONYM_CONNECTORS.has(first.lower)) continue;
    if (prefixesSpell(ws, s, a, 0)) found = ws.slice(s);
  }
  return found;
}

function prefixesSpell(ws: Token[], w: number, a: string, at: number): boolean {
  if (w === ws.length) return at === a.length;
  const word = ws[w]!.lower;
  if (ACRONYM_CONNECTORS.has(word) && prefixesSpell(ws, w + 1, a, at)) return true;
  for (let n = 1; n <= 3 && n <= word.length && at + n <= a.length; n++) {
    if (a.slice(at, at + n) !== word.slice(0, n)) break;
    if (prefixesSpell(ws, w + 1, a, at + n)) return true;
  }
  return false;
}

export function acronymDefinitions(doc: Document, tokens: Token[]): AcronymDefinitions {
  const out: AcronymDefinitions = { orgs: [], things: new Set<string>() };
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i]!.text !== '(') continue;
    let close = i + 1;
    while (close < tokens.length && close < i + 24 && tokens[close]!.text !== ')') close++;
    if (tokens[close]?.text !== ')') continue;
    readParenthesis(doc.text, tokens, i, close, out);
  }
  return out;
}

/**
 * What one parenthesis defines. Apart from the scan above, which runs on every token, so that the
 * scan stays small and its rarely taken branches live here.
 */
function readParenthesis(text: string, tokens: Token[], i: number, close: number, { orgs, things }: AcronymDefinitions): void {
  const inside = tokens.slice(i + 1, close);
  // "Expansion (ACR)"
  const acr = inside.length === 1 ? acronymOf(inside[0]) : null;
  if (acr) {
    const before: Token[] = [];
    // a possessive inside a name ("People's Republic", "Children's Hospital") spells no letter; one
    // right before the parenthesis ends the name ("the Agency's (HCA) officer")
    const inName = (k: number) => k < i - 1 && POSSESSIVE.test(tokens[k]!.text);
    for (let k = i - 1; k >= 0 && i - k <= 10 && (tokens[k]!.isWord || tokens[k]!.text === '&' || inName(k)); k--) if (!inName(k)) before.unshift(tokens[k]!);
    const tail = matchingTail(before, acr);
    // "the Donetsk People's Republic (DPR)", "the Central African Republic (CAR)": a state is a place, not a body
    if (tail && tail.some((w) => w.cap) && (modifiesNoun(tokens, close, tail) || namesATitle(tail) || STATE_FORM_WORDS.has(tail[tail.length - 1]!.lower))) things.add(acr);
    else if (tail && tail.some((w) => w.cap)) {
      const first = namePrefixStart(text, before, tail[0]!);
      orgs.push(orgCandidate(first.start, tail[tail.length - 1]!.end, text.slice(first.start, tail[tail.length - 1]!.end), 'defined-acronym', acr, [spanOf(inside[0]!)]));
    } else if (tail || (before.length && !before[before.length - 1]!.cap)) things.add(acr);
    return;
  }
  // "ACR (Expansion, or Translation)"; not a dateline's city before its agency ("BERLIN (Reuters) —")
  const outer = acronymOf(tokens[i - 1]);
  if (outer && tokens[i - 1]!.text === outer && !isDateline(text, tokens[i - 1]!)) {
    const parts: Token[][] = [[]];
    for (const w of inside) {
      if (w.text === ',' || w.text === ';' || w.lower === 'or') {
        if (parts[parts.length - 1]!.length) parts.push([]);
      } else parts[parts.length - 1]!.push(w);
    }
    const exp = parts.find((p) => p.length && initials(p) === outer && p.some((w) => w.cap));
    // the other capitalised forms (a translation) are mentions of the same body
    const alts = parts.filter((p) => p !== exp && p.length && p[0]!.cap && p.every((w) => w.isWord) && p[0]!.lower !== 'via').map((p) => ({ start: p[0]!.start, end: p[p.length - 1]!.end }));
    if (exp) {
      orgs.push(orgCandidate(exp[0]!.start, exp[exp.length - 1]!.end, text.slice(exp[0]!.start, exp[exp.length - 1]!.end), 'defined-acronym', outer, [spanOf(tokens[i - 1]!), ...alts]));
    } else if (parts.some((p) => p.length && p.every((w) => !w.cap))) things.add(outer);
    else if (alts.length) {
      // an expansion in another language or order: the acronym is still a body's name
      orgs.push(orgCandidate(tokens[i - 1]!.start, tokens[i - 1]!.end, outer, 'defined-acronym', outer, alts));
    }
  }
}

const SENTENCE_BEFORE = /(?:^|[.!?:\n]["”’']?)\s*$/u;

/**
 * "the Donetsk Oblast Military Administration (OMA)": an acronym leaves out the place that opens
 * its body's name. The capitalised words right before the spelled words belong to the name, but not
 * a demonym ("Ukrainian Air Force (UAF)"), an owner ("Russia's FSB"), a day or month, or a word
 * opening its sentence.
 */
function namePrefixStart(text: string, before: Token[], first: Token): Token {
  let start = first;
  for (let k = before.indexOf(first) - 1; k >= 0; k--) {
    const w = before[k]!;
    if (!w.cap || ACRONYM_CONNECTORS.has(w.lower) || DEMONYMS.has(w.lower) || CALENDAR.has(w.lower) || text.slice(w.end, start.start) !== ' ' || SENTENCE_BEFORE.test(text.slice(Math.max(0, w.start - 4), w.start))) break;
    start = w;
  }
  return start;
}

// Lower-case words that may follow a body's name without making it a modifier: verbs, function words.
const AFTER_BODY = new Set([
  ...`and or in on at to of for is was are were has had have will would could may might which that who
   also as with from by after before but if when while than then later`.split(/\s+/).filter(Boolean),
  ...AFTER_BODY_VERBS,
]);

/** Whether the tokens from..to-1 are all words of a person's rank ("Acting", "Detective"), naming no body of their own. */
function onlyTitleWords(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (!PERSONAL_RANK_WORDS.has(tokens[k]!.lower)) return false;
  return true;
}

/** "Superintendents of Police", "district collectors": the plural of an office names its holders, not a body. */
function isPluralOffice(w: string): boolean {
  return w.length > 4 && w.endsWith('s') && OFFICE_HEADS.has(w.slice(0, -1));
}

/** "Deputy Superintendent of Police (DSP)", "Chief of Defence Staff (CDS)": an expansion that is a title names a post, not a body. */
function namesATitle(expansion: Token[]): boolean {
  for (const w of expansion) {
    if (OFFICE_HEADS.has(w.lower) || isPluralOffice(w.lower)) return true;
    if (!TITLE_MODIFIERS.has(w.lower)) return false;
  }
  return false;
}

/**
 * "NATO's Quick Reaction Alert (QRA) mission": an expansion with no organisation head, defined in
 * front of a lower-case noun, names a thing (a mission, a system, a programme), not a body.
 */
function modifiesNoun(tokens: Token[], close: number, expansion: Token[]): boolean {
  if (expansion.some((w) => w.cap && ORG_HEADS.has(w.lower))) return false;
  const next = tokens[close + 1];
  if (!next || !next.isWord || next.cap || AFTER_BODY.has(next.lower) || /(?:ed|ly)$/.test(next.lower)) return false;
  // "Magen David Adom (MDA) emergency service": the noun after it says what kind of body it is
  for (let k = close + 1; k < close + 4 && tokens[k]?.isWord && !tokens[k]!.cap; k++) if (ORG_HEADS.has(tokens[k]!.lower)) return false;
  return true;
}

/** Stand-alone acronyms ("the FSB said"), except those of things, places and units, and shouted headlines. */
export function bareAcronyms(doc: Document, tokens: Token[], things: Set<string>): OrgCandidate[] {
  const out: OrgCandidate[] = [];
  const lowerWords = doc.lowerWords;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!t.isWord || !t.allCaps || !ACRONYM.test(t.text) || t.text.includes('-')) continue;
    if (NON_ORG_ACRONYMS.has(t.text) || things.has(t.text) || DEMONYMS.has(t.lower)) continue;
    if (namesNoBody(doc.text, tokens, i)) continue;
    // "HMS Somerset": a ship's prefix before its name
    if (SHIP_PREFIXES.has(t.text) && tokens[i + 1]?.cap) continue;
    // a shouted word ("NO", "ALL") is one the text also writes in lower case
    if (lowerWords.has(t.lower)) continue;
    // "EB-5", "Su-34": a model or class, not a body
    if (tokens[i + 1]?.text === '-' && tokens[i + 1]!.start === t.end) continue;
    // a run of capitals is a shouted headline or a transcript's speaker label, not an acronym
    const prev = prevWord(tokens, i);
    const next = tokens[i + 1];
    if ((prev && prev.allCaps && sameLineGap(doc.text, prev, t)) || (next && next.isWord && next.allCaps && sameLineGap(doc.text, t, next))) continue;
    // "PENCE:" a transcript's speaker; "FLINT, Mich. —" a dateline
    if (next?.text === ':') continue;
    if (isDateline(doc.text, t)) continue;
    out.push(orgCandidate(t.start, t.end, t.text, 'acronym', t.text));
  }
  return out;
}

/** A dateline opens a paragraph: "FLINT, Mich. —", "BERLIN (Reuters) —", "KYIV —". */
function isDateline(text: string, t: Token): boolean {
  const opensParagraph = t.start === 0 || text[t.start - 1] === '\n';
  return opensParagraph && t.text.length > 3 && /^\s*(?:,|\(|[—–-])/.test(text.slice(t.end, t.end + 3));
}

function prevWord(tokens: Token[], i: number): Token | undefined {
  const p = tokens[i - 1];
  return p && p.isWord ? p : undefined;
}
