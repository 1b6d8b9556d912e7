import type { AffiliationRef, RoleInfo } from '../../record/people.js';
import { COPULAS, PREPOSITIONS } from '../../language/function-words.js';
import { DEMONYMS, PLACE_ADJECTIVES, PLACE_QUALIFIERS, PLACE_WORDS } from '../../language/places.js';
import { GOVERNMENT_LEVELS, HONORIFICS, isRankTitle, OFFICE_HEADS, PARTY_WORDS, PORTFOLIO_TITLES, PORTFOLIO_WORDS, ROLE_HEADS, TITLE_ABBREVIATIONS, TITLE_COMPLEMENTS, TITLE_MODIFIERS } from '../../language/titles.js';
import type { Document } from '../../document/document.js';
import { sameLineGap, type Token } from '../../document/tokens.js';

// Words that open a clause or sentence: an affiliation never runs back over them.
const FUNCTION_WORDS = new Set(
  `the a an and but or if in on at by for from to of with as after before when while since this that these those
   he she it they we i you his her their our its there here what who according meanwhile however yet also so then
   now today yesterday earlier later former ex- late said says told`.split(/\s+/).filter(Boolean),
);
/** Words that open a title phrase before its owner or head: "the region's governor", "its mayor". */
export const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their', 'our', 'whose']);
// "ambassador to Chisinau", "adviser to the president": where or whom the holder is sent to, not whom they serve
const POSTED_TO = 'to';
const BE_VERBS = new Set(['is', 'was', 'has', 'had', 'been', 'serves', 'served', 'as', 'became', 'becomes', 'remains', 'now', 'also', 'currently']);

const isHead = (t: Token | undefined) => !!t && t.isWord && (OFFICE_HEADS.has(t.lower) || ROLE_HEADS.has(t.lower) || TITLE_ABBREVIATIONS.has(t.lower));
const isTitleToken = (t: Token | undefined) => !!t && t.isWord && (isHead(t) || TITLE_MODIFIERS.has(t.lower));
const isDot = (tokens: Token[], j: number) => tokens[j]?.text === '.' && j > 0 && tokens[j]!.start === tokens[j - 1]!.end && TITLE_ABBREVIATIONS.has(tokens[j - 1]!.lower);

function expand(t: Token): string {
  const full = TITLE_ABBREVIATIONS.get(t.lower);
  return full ?? t.text;
}

function headOf(words: Token[]): Token | undefined {
  const of = words.findIndex((w) => w.lower === 'of');
  const upto = of >= 0 ? of : words.length;
  for (let k = upto - 1; k >= 0; k--) if (isHead(words[k])) return words[k];
  return undefined;
}

// "former President X", "the late senator", "ex-governor": a past office makes no official
const PAST = new Set(['former', 'ex', 'late', 'onetime', 'one-time', 'retired', 'then', 'erstwhile']);

/** The title as written, abbreviations expanded: "Gov." → "Governor". */
function titleOf(words: Token[]): string {
  // a loop, not words.filter(…).map(…).join(' '): no intermediate arrays for titleBefore to read
  let title = '';
  let n = 0;
  for (const w of words) {
    if (!w.isWord) continue;
    title += (n++ > 0 ? ' ' : '') + (w.lower === 'of' ? 'of' : expand(w));
  }
  return title;
}

function makeRole(words: Token[], affiliation: AffiliationRef | null, source: RoleInfo['source'], past = false): RoleInfo | null {
  const head = headOf(words);
  if (!head) return null;
  const headLower = TITLE_ABBREVIATIONS.get(head.lower)?.toLowerCase().split(' ').pop() ?? head.lower;
  return {
    title: titleOf(words),
    head: headLower,
    // a company's chief executive holds no public office; a role of a level of government is one ("state epidemiologist")
    isOffice: (OFFICE_HEADS.has(headLower) || words.some((w) => GOVERNMENT_LEVELS.has(w.lower))) && !past && !words.some((w) => w.lower === 'executive' || w.lower === 'ceo'),
    span: { start: words[0]!.start, end: words[words.length - 1]!.end },
    affiliation,
    source,
  };
}

/** A word of past office at token j or just before it: "former Texas Gov.", "ex-President". */
function isPast(tokens: Token[], j: number): boolean {
  for (let k = j; k >= 0 && k > j - 4; k--) {
    const t = tokens[k]!;
    // "Then President Obama took the stage": a sentence's opening "Then" tells the order of events, not a past office
    if (PAST.has(t.lower)) return !(t.cap && t.lower === 'then' && tokens[k + 1]?.text !== '-');
    if (!t.isWord && t.text !== '-') return false;
  }
  return false;
}

/**
 * The title written right before a name, with what stands before it:
 * "Governor Vasily Anohin", "Kharkiv Oblast Governor X", "Russian President X", "Lt. Gen. X",
 * "the region's governor X", "Governor of the Belgorod Region X".
 */
export function titleBefore(doc: Document, tokens: Token[], nameFirst: number): RoleInfo | null {
  const text = doc.text;
  let j = nameFirst - 1;
  // "Commissioner Sir Mark Rowley", "Health Minister Dr. Ana Silva": the title stands before the honorific
  if (tokens[j]?.text === '.' && HONORIFICS.has(tokens[j - 1]?.lower ?? '')) j -= 2;
  else if (tokens[j]?.cap && HONORIFICS.has(tokens[j]!.lower)) j--;
  const words: Token[] = [];
  let right = tokens[j + 1]!;
  while (j >= 0) {
    if (isDot(tokens, j)) {
      j--;
      continue;
    }
    const t = tokens[j]!;
    // "Secretary of State", "Minister of Foreign Affairs": an office named with its portfolio
    if (t.lower === 'of' && words.length && words.every((w) => w.cap && PORTFOLIO_WORDS.has(w.lower)) && isHead(tokens[j - 1]) && tokens[j - 1]!.cap) {
      words.unshift(t);
      right = t;
      j--;
      continue;
    }
    if (!isTitleToken(t) || !sameLineGap(text, t, right) && !isDot(tokens, j + 1)) break;
    words.unshift(t);
    right = t;
    j--;
  }
  // "Maricopa County Supervisor X", "Cook County State's Attorney": a place word after a proper name closes
  // the affiliation rather than opening the title
  while (words.length > 1 && words[0]!.cap && PLACE_WORDS.has(words[0]!.lower) && !isHead(words[0]) && isProperBefore(text, tokens, j, words[0]!) && headOf(words.slice(1))) {
    words.shift();
    j++;
  }
  // "police spokesman Sgt. X": a lower-case post before a rank is the title; the rank only says how senior
  for (let r = 1; r < words.length; r++) {
    if (words[r]!.cap && !words[r - 1]!.cap && isHead(words[r - 1]) && isRankTitle(words.slice(r).map(expand).join(' '))) {
      words.length = r;
      break;
    }
  }
  if (words.length && headOf(words)) {
    // modifiers that are capitalised place or body words before the head belong to the affiliation
    return makeRole(words, affiliationBefore(doc, tokens, j, words[0]!), 'before', isPast(tokens, j));
  }
  // "Governor of the Belgorod Region Vyacheslav Gladkov", "Minister for Emergency Management Kristy McBain"
  for (let k = nameFirst - 1, n = 0; k > 0 && n < 7; k--, n++) {
    const t = tokens[k]!;
    if ((t.lower === 'of' || (t.lower === 'for' && PORTFOLIO_TITLES.has(tokens[k - 1]!.lower))) && isHead(tokens[k - 1])) {
      const between = tokens.slice(k + 1, nameFirst);
      if (!between.length || between.some((b) => !b.isWord || !(b.cap || b.lower === 'the' || PLACE_WORDS.has(b.lower)))) return null;
      const titleWords: Token[] = [];
      for (let q = k - 1; q >= 0 && isTitleToken(tokens[q]); q--) titleWords.unshift(tokens[q]!);
      return makeRole(titleWords, affiliationIn(between), 'before');
    }
    if (!t.isWord) return null;
  }
  return null;
}

function isProperBefore(text: string, tokens: Token[], j: number, next: Token): boolean {
  const t = tokens[j];
  return !!t && t.isWord && t.cap && !FUNCTION_WORDS.has(t.lower) && !PLACE_WORDS.has(t.lower) && sameLineGap(text, t, next);
}

/** The affiliation written before a title whose first word is `titleStart` and whose previous token is index j. */
function affiliationBefore(doc: Document, tokens: Token[], j: number, titleStart: Token): AffiliationRef | null {
  const text = doc.text;
  const owner = titleStart.cap ? null : ownerOverPortfolio(tokens, j);
  if (owner) return affiliationIn([owner]);
  const t = tokens[j];
  if (!t) return null;
  if (t.poss) {
    // "Ukraine's President", "the region's governor"
    const owner: Token[] = [];
    for (let k = j - 1; k >= 0 && tokens[k]!.isWord && !FUNCTION_WORDS.has(tokens[k]!.lower); k--) {
      owner.unshift(tokens[k]!);
      if (!tokens[k]!.cap) break;
    }
    return owner.length ? affiliationIn(owner) : null;
  }
  if (!sameLineGap(text, t, titleStart)) return null;
  // "Clermont County Sheriff’s office Captain X": the office of a capitalised title, in lower case
  if (t.text === 'office' && tokens[j - 1]?.poss && isHead(tokens[j - 2]) && tokens[j - 2]!.cap && tokens[j - 2]!.end === tokens[j - 1]!.start) {
    const owner = affiliationBefore(doc, tokens, j - 2, tokens[j - 1]!);
    const start = owner?.kind === 'named' ? Math.min(owner.span.start, tokens[j - 2]!.start) : tokens[j - 2]!.start;
    return { kind: 'named', span: { start, end: t.end } };
  }
  const cap: Token[] = [];
  let right = titleStart;
  // in a headline every word is capitalised: take one word at most
  const headline = doc.lines.isTitleCase(t.start);
  for (let k = j; k >= 0 && cap.length < (headline ? 1 : 5); k--) {
    const w = tokens[k]!;
    // in a headline every word is capitalised: only a country adjective is read
    if (headline && !DEMONYMS.has(w.lower)) break;
    // "Ennis/Shannon area Councillor": two places of one electoral area, joined by a slash
    if (w.text === '/' && w.end === right.start && tokens[k - 1]?.cap && tokens[k - 1]!.end === w.start) {
      right = w;
      continue;
    }
    // "Dalton County Sheriff's Department spokesman": an office's possessive, glued to it, is inside the body's name
    if (w.poss && cap.length && isHead(tokens[k - 1]) && tokens[k - 1]!.cap && tokens[k - 1]!.end === w.start) {
      right = w;
      continue;
    }
    if (!w.isWord || !sameLineGap(text, w, right)) break;
    if (!(w.cap || PLACE_WORDS.has(w.lower)) || FUNCTION_WORDS.has(w.lower)) break;
    if (w.allCaps && w.text.length > 5) break;
    cap.unshift(w);
    right = w;
  }
  return cap.length ? affiliationIn(cap) : null;
}

/**
 * "EU foreign policy chief", "UN human rights chief": a body's abbreviation or a country's adjective
 * before one or two lower-case words of portfolio that stand before the title. The body or country, if any.
 */
function ownerOverPortfolio(tokens: Token[], j: number): Token | null {
  for (let k = j; k >= 0 && k > j - 2; k--) {
    const w = tokens[k]!;
    if (!w.isWord || w.cap || FUNCTION_WORDS.has(w.lower) || PREPOSITIONS.includes(w.lower)) return null;
    const before = tokens[k - 1];
    if (!before || !before.isWord || PARTY_WORDS.has(before.lower)) return null;
    if ((before.allCaps && before.text.length >= 2 && before.text.length <= 5) || (before.cap && DEMONYMS.has(before.lower))) return before;
  }
  return null;
}

/**
 * Reads an affiliation phrase: proper names give the place or body as written ("Kharkiv Oblast",
 * "Kharkiv Regional Military Administration"); a country adjective alone gives the country; a bare place
 * word ("the southwestern Russian region") says only what kind of place is meant.
 */
export function affiliationIn(words: Token[]): AffiliationRef | null {
  const ws = words.filter((w) => w.isWord);
  while (ws.length && DETERMINERS.has(ws[0]!.lower)) ws.shift();
  if (!ws.length) return null;
  // a party adjective alone ("Republican nominee") is no affiliation; "Green Party" is one
  if (ws.length === 1 && PARTY_WORDS.has(ws[0]!.lower)) return null;
  const proper = ws.findIndex((w) => w.cap && !DEMONYMS.has(w.lower) && !PLACE_QUALIFIERS.has(w.lower) && !PLACE_WORDS.has(w.lower));
  // "that city in Crimea": the place word names the place, the proper name only where it lies
  const inAt = ws.findIndex((w) => w.lower === 'in');
  if (inAt > 0 && inAt < proper && PLACE_WORDS.has(ws[inAt - 1]!.lower)) return { kind: 'implied', place: PLACE_WORDS.get(ws[inAt - 1]!.lower)! };
  if (proper >= 0) {
    let last = proper;
    for (let k = proper + 1; k < ws.length; k++) {
      if (ws[k]!.cap || PLACE_WORDS.has(ws[k]!.lower) || (['of', 'and', 'the', 'for'].includes(ws[k]!.lower) && ws[k + 1]?.cap)) last = k;
      else break;
    }
    while (last > proper && !ws[last]!.cap && !PLACE_WORDS.has(ws[last]!.lower)) last--;
    return { kind: 'named', span: { start: ws[proper]!.start, end: ws[last]!.end } };
  }
  // "the regional military administration": the adjective tells the kind of place the body governs
  // loops, not ws.map(…).filter(Boolean).pop() / .find(Boolean): the same last and first hit without the arrays
  let place: 'region' | 'city' | 'country' | undefined;
  for (let k = ws.length - 1; k >= 0 && !place; k--) place = PLACE_WORDS.get(ws[k]!.lower) ?? PLACE_ADJECTIVES.get(ws[k]!.lower);
  if (place) return { kind: 'implied', place };
  let demonym: string | undefined;
  for (let k = 0; k < ws.length && !demonym; k++) demonym = DEMONYMS.get(ws[k]!.lower);
  if (demonym) return { kind: 'country', text: demonym };
  if (ws.length === 1 && BODY_NOUNS.has(ws[0]!.lower)) return { kind: 'body', noun: ws[0]!.lower };
  return null;
}

/** Kinds of body an article names once in full and then by the kind alone ("the agency", "the ministry"). */
const BODY_NOUNS = new Set(
  'agency ministry department office service committee commission council administration authority board court inspectorate'.split(' '),
);

/** Phrase tokens from index `from` up to the next comma, stop or bracket (at most `max` tokens). */
function phraseAfter(tokens: Token[], from: number, max = 14): Token[] {
  const out: Token[] = [];
  for (let k = from; k < tokens.length && out.length < max; k++) {
    const t = tokens[k]!;
    if (!t.isWord && !t.poss && !(t.text === '-' || t.text === '.' && isDot(tokens, k))) break;
    out.push(t);
  }
  return out;
}

/**
 * A role given in apposition after a name: "X, the governor of Y,", "X, head of the Kharkiv Regional
 * Military Administration", "X, who is the mayor of Y", "X, 45, a resident of Kyiv".
 */
export function roleAfter(tokens: Token[], nameLast: number): RoleInfo | null {
  let k = nameLast + 1;
  if (tokens[k]?.poss) return null;
  if (tokens[k]?.text === ',') {
    k++;
    // an age or a party-state tag before the role: "X, 45, a resident"
    if (/^\p{N}+$/u.test(tokens[k]?.text ?? '') && tokens[k + 1]?.text === ',') k += 2;
    if (tokens[k]?.lower === 'who') {
      k++;
      while (tokens[k] && BE_VERBS.has(tokens[k]!.lower)) k++;
      const byVerb = roleByVerb(tokens, k);
      if (byVerb) return byVerb;
      const afterClause = roleAfterRelativeClause(tokens, k);
      if (afterClause) return afterClause;
    }
  } else if (tokens[k] && BE_VERBS.has(tokens[k]!.lower) && ['is', 'was', 'became', 'remains'].includes(tokens[k]!.lower)) {
    k++;
    while (tokens[k] && BE_VERBS.has(tokens[k]!.lower)) k++;
  } else return null;
  return rolePhrase(phraseAfter(tokens, k));
}

const COPULA_SET: ReadonlySet<string> = new Set(COPULAS);
const RELATIVE_CLAUSE_TOKENS = 30;

/**
 * "X, who has led the council since 2020 and chairs its budget committee, is the head of the Y Council":
 * the role stated after a relative clause closes, however long the clause.
 */
function roleAfterRelativeClause(tokens: Token[], from: number): RoleInfo | null {
  for (let k = from; k < tokens.length && k < from + RELATIVE_CLAUSE_TOKENS; k++) {
    const t = tokens[k]!;
    if (t.text === '.' && !isDot(tokens, k)) return null;
    if (t.text !== ',' || !COPULA_SET.has(tokens[k + 1]?.lower ?? '')) continue;
    let q = k + 2;
    while (tokens[q] && BE_VERBS.has(tokens[q]!.lower)) q++;
    return rolePhrase(phraseAfter(tokens, q));
  }
  return null;
}

// "X, who heads the Kharkiv Regional Military Administration": an office told by its verb. Only a body
// or place named in capitals makes it an office ("who heads the family business" names none). Not
// "leads": a candidate leads a rival or a poll far more often than a body.
const OFFICE_VERBS: ReadonlyMap<string, string> = new Map([
  ['heads', 'head'], ['chairs', 'chair'], ['commands', 'commander'], ['governs', 'governor'],
]);

function roleByVerb(tokens: Token[], k: number): RoleInfo | null {
  const verb = tokens[k];
  const title = verb && OFFICE_VERBS.get(verb.lower);
  if (!title) return null;
  // "who heads Mr. Obama's Council of Economic Advisers": the body is what follows the owner
  const phrase = phraseAfter(tokens, k + 1);
  const owner = phrase.findIndex((w) => w.poss);
  const affiliation = affiliationIn(owner >= 0 ? phrase.slice(owner + 1) : phrase);
  if (affiliation?.kind !== 'named') return null;
  return { title, head: title, isOffice: true, span: { start: verb.start, end: verb.end }, affiliation, source: 'apposition' };
}

const PREPOSITION_SET: ReadonlySet<string> = new Set(PREPOSITIONS);

/** A role phrase on its own: "[det] [owner's|Proper|adjectives] TITLE [of|for|in X]". */
export function rolePhrase(phrase: Token[]): RoleInfo | null {
  if (!phrase.length) return null;
  // the head: the first title head not inside the owner part; the title runs over following title words
  // "President Obama's nominee": a title inside the owner is the owner's
  let ownerEnd = -1;
  for (let q = 0; q < phrase.length && !TITLE_COMPLEMENTS.has(phrase[q]!.lower) && !PREPOSITION_SET.has(phrase[q]!.lower); q++) if (phrase[q]!.poss) ownerEnd = q;
  let h = -1;
  for (let q = ownerEnd + 1; q < phrase.length; q++) {
    if (TITLE_COMPLEMENTS.has(phrase[q]!.lower)) break;
    if (isHead(phrase[q])) {
      h = q;
      break;
    }
  }
  if (h < 0) return null;
  let headsEnd = h;
  while (headsEnd + 1 < phrase.length && (isHead(phrase[headsEnd + 1]) || phrase[headsEnd + 1]!.text === '.')) headsEnd++;
  // the title ends at the last head of the run of heads and their modifiers ("deputy police chief")
  let titleEnd = headsEnd;
  for (let q = headsEnd + 1; q < phrase.length && (isHead(phrase[q]) || phrase[q]!.text === '.' || TITLE_MODIFIERS.has(phrase[q]!.lower)); q++) {
    if (isHead(phrase[q]) || phrase[q]!.text === '.') titleEnd = q;
  }
  let titleStart = h;
  while (titleStart > 0 && (TITLE_MODIFIERS.has(phrase[titleStart - 1]!.lower) || phrase[titleStart - 1]!.text === '.')) titleStart--;
  const before = phrase.slice(0, titleStart);
  // words before the title: a determiner, an owner, adjectives: nothing that reads like a clause
  if (before.length > 6 || before.some((w) => w.isWord && ['who', 'which', 'that', 'said', 'says', 'and', 'but', 'when'].includes(w.lower))) return null;
  const titleWords = phrase.slice(titleStart, titleEnd + 1);
  let affiliation: AffiliationRef | null = null;
  const rest = phrase.slice(titleEnd + 1);
  if (rest.length && TITLE_COMPLEMENTS.has(rest[0]!.lower) && rest[0]!.lower !== POSTED_TO) affiliation = affiliationIn(rest.slice(1));
  if (!affiliation && before.length) {
    const possAt = before.findIndex((w) => w.poss);
    affiliation = affiliationIn(possAt >= 0 ? before.slice(0, possAt) : before);
  }
  const past = before.some((w) => PAST.has(w.lower));
  const role = makeRole(titleWords, affiliation, 'apposition', past);
  // "X, deputy national security adviser": the whole title, an office as far as its first heads make one
  const heads = titleEnd > headsEnd ? makeRole(phrase.slice(titleStart, headsEnd + 1), affiliation, 'apposition', past) : null;
  return role && heads?.isOffice && !role.isOffice ? { ...role, head: heads.head, isOffice: true } : role;
}

// Lower-case words that may stand inside the complement of an office before the name's comma: "the head of
// the regional military administration, X", "the governor of the neighbouring Kursk Region, X". Anything
// else (a verb, a time: "after meeting the governor on Monday, X") means the segment is a clause, not a title.
const BODY_WORDS = new Set(
  `administration government council ministry department office authority authorities agency service committee
   commission police assembly legislature parliament cabinet force forces command board court`.split(/\s+/).filter(Boolean),
);

function isComplementWord(w: Token): boolean {
  if (w.cap || w.poss) return true;
  const l = w.lower;
  // "the governor of that city in Crimea, X"
  return l === 'the' || l === 'and' || l === 'of' || l === 'in' || l === 'that' || l === 'this' || PLACE_WORDS.has(l) || PLACE_QUALIFIERS.has(l) || PLACE_ADJECTIVES.has(l) || TITLE_MODIFIERS.has(l) || BODY_WORDS.has(l) || PORTFOLIO_WORDS.has(l);
}

/**
 * The role in apposition before a name that may carry a rank: "the regional police chief, Colonel X" reads
 * the role before the comma ahead of the rank; without a rank it is `roleBeforeComma` at the name.
 */
export function roleBeforeName(tokens: Token[], nameFirst: number): RoleInfo | null {
  let k = nameFirst - 1;
  while (k >= 0 && k > nameFirst - 6 && (isTitleToken(tokens[k]) || isDot(tokens, k))) k--;
  return roleBeforeComma(tokens, k);
}

/** "newly appointed", "recently elected": an adverb or participle qualifying a title. */
function isParticiple(w: Token): boolean {
  return w.isWord && !w.cap && PARTICIPLE.test(w.lower);
}

const PARTICIPLE = /^\p{L}{3,}(?:ed|ly)$/u;

/**
 * A role in apposition before a name: "the region's governor, Vasily Anokhin", "the mayor of Kyiv, X".
 * `comma` is the index of the comma right before the name.
 */
export function roleBeforeComma(tokens: Token[], comma: number): RoleInfo | null {
  if (tokens[comma]?.text !== ',') return null;
  const seg: Token[] = [];
  for (let k = comma - 1; k >= 0 && seg.length < 12; k--) {
    const t = tokens[k]!;
    // "the head of the Donetsk Oblast Military Administration (OMA), X": a body's acronym stands aside
    if (k === comma - 1 && t.text === ')' && tokens[k - 1]?.allCaps && tokens[k - 2]?.text === '(') {
      k -= 2;
      continue;
    }
    if (!t.isWord && !t.poss && !(t.text === '.' && isDot(tokens, k))) break;
    seg.unshift(t);
  }
  if (!seg.length) return null;
  // the title must end the segment, or be followed only by its complement "of X"
  let h = -1;
  for (let q = seg.length - 1; q >= 0; q--) {
    if (isHead(seg[q])) {
      h = q;
      break;
    }
  }
  if (h < 0) return null;
  const tail = seg.slice(h + 1);
  if (tail.length && !(TITLE_COMPLEMENTS.has(tail[0]!.lower) && tail.slice(1).every(isComplementWord))) return null;
  // the phrase starts at a determiner, an owner or the title itself
  let s = h;
  while (s > 0 && (isTitleToken(seg[s - 1]) || seg[s - 1]!.poss || seg[s - 1]!.cap || DETERMINERS.has(seg[s - 1]!.lower) || PLACE_WORDS.has(seg[s - 1]!.lower) || PLACE_QUALIFIERS.has(seg[s - 1]!.lower) || isParticiple(seg[s - 1]!))) {
    s--;
    if (DETERMINERS.has(seg[s]!.lower)) break;
  }
  return rolePhrase(seg.slice(s));
}

// AP-style abbreviations of US states, as written in party-state tags: "Sen. X, R-Ky.," "(D-S.C.)".
const US_STATES: Record<string, string> = {
  ala: 'Alabama', al: 'Alabama', alaska: 'Alaska', ak: 'Alaska', ariz: 'Arizona', az: 'Arizona', ark: 'Arkansas', ar: 'Arkansas',
  calif: 'California', ca: 'California', colo: 'Colorado', co: 'Colorado', conn: 'Connecticut', ct: 'Connecticut',
  del: 'Delaware', de: 'Delaware', fla: 'Florida', fl: 'Florida', ga: 'Georgia', hawaii: 'Hawaii', hi: 'Hawaii',
  idaho: 'Idaho', id: 'Idaho', ill: 'Illinois', il: 'Illinois', ind: 'Indiana', in: 'Indiana', iowa: 'Iowa', ia: 'Iowa',
  kan: 'Kansas', kans: 'Kansas', ks: 'Kansas', ky: 'Kentucky', la: 'Louisiana', maine: 'Maine', me: 'Maine', md: 'Maryland',
  mass: 'Massachusetts', ma: 'Massachusetts', mich: 'Michigan', mi: 'Michigan', minn: 'Minnesota', mn: 'Minnesota',
  miss: 'Mississippi', ms: 'Mississippi', mo: 'Missouri', mont: 'Montana', mt: 'Montana', neb: 'Nebraska', ne: 'Nebraska',
  nev: 'Nevada', nv: 'Nevada', nh: 'New Hampshire', nj: 'New Jersey', nm: 'New Mexico', ny: 'New York',
  nc: 'North Carolina', nd: 'North Dakota', ohio: 'Ohio', oh: 'Ohio', okla: 'Oklahoma', ok: 'Oklahoma', ore: 'Oregon',
  or: 'Oregon', pa: 'Pennsylvania', ri: 'Rhode Island', sc: 'South Carolina', sd: 'South Dakota', tenn: 'Tennessee',
  tn: 'Tennessee', tex: 'Texas', tx: 'Texas', texas: 'Texas', utah: 'Utah', ut: 'Utah', vt: 'Vermont', va: 'Virginia',
  wash: 'Washington', wa: 'Washington', wva: 'West Virginia', wv: 'West Virginia', wis: 'Wisconsin', wi: 'Wisconsin',
  wyo: 'Wyoming', wy: 'Wyoming',
};

/**
 * A place written right after a name: "Police Chief John Roberts of Portland", "Sen. Susan Collins,
 * R-Maine," or "(D-S.C.)". It gives the affiliation of a title that had none.
 */
const CLOSES_ASIDE = new Set([',', '.', ';', ')']);
// "Sgt. X, of the Y Police,", "DI X, from the Z Unit,", "Lt. X, with the Y Sheriff's Office,"
const ASIDE_LINKS = new Set(['of', 'from', 'with']);

export function placeAfterName(text: string, tokens: Token[], nameLast: number): AffiliationRef | null {
  const k = nameLast + 1;
  const t = tokens[k];
  if (!t) return null;
  // "Mayor X of Dalton", "Sgt. X of the Dalton Police Department", "Cllr X, of the Y Ward,": the place or body after the name
  const aside = t.text === ',' && ASIDE_LINKS.has(tokens[k + 1]?.lower ?? '');
  const of = aside ? k + 1 : k;
  const first = tokens[of + 1]?.lower === 'the' ? tokens[of + 2] : tokens[of + 1];
  if ((aside || tokens[of]!.lower === 'of') && first?.cap) {
    const words: Token[] = [];
    let q = of + 1;
    for (; q < tokens.length && words.length < 8; q++) {
      const w = tokens[q]!;
      // "of the Sheriff's Office": an office's possessive, glued to it, is inside the body's name
      if (w.poss && words.length && isHead(tokens[q - 1]) && tokens[q - 1]!.end === w.start && tokens[q + 1]?.cap) continue;
      // "of the United States Court of Appeals": a body's own complement
      const joins = (w.lower === 'of' || w.lower === 'for') && words.length > 0 && !!tokens[q + 1]?.cap;
      if (!joins && (!w.isWord || !(w.cap || PLACE_WORDS.has(w.lower) || (w.lower === 'the' && words.length === 0)))) break;
      words.push(w);
    }
    // set off by commas, the phrase is an apposition only when it ends there
    if (aside && !CLOSES_ASIDE.has(tokens[q]?.text ?? '')) return null;
    return affiliationIn(words);
  }
  if (t.text === ',' || t.text === '(') {
    // party-state tag: up to the next comma or bracket
    const from = tokens[k + 1];
    if (!from || !/^[RDI]-/.test(from.text)) return null;
    let end = from.end;
    for (let q = k + 2; q < tokens.length && q < k + 8 && tokens[q]!.text !== ',' && tokens[q]!.text !== ')'; q++) end = tokens[q]!.end;
    const state = text.slice(from.start + 2, end).replace(/[.\s]/g, '').toLowerCase();
    const name = US_STATES[state];
    if (name) return { kind: 'country', text: name };
    if (/^\p{Lu}/u.test(text.slice(from.start + 2, end))) return { kind: 'country', text: text.slice(from.start + 2, end).replace(/\.$/, '') };
  }
  return null;
}
