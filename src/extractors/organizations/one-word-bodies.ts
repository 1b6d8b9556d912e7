import type { Document } from '../../document/document.js';
import type { Token } from '../../document/tokens.js';
import { DEMONYMS } from '../../language/places.js';
import { GROUP_MEMBER_NOUNS, GROUP_NOUNS, KNOWN_ORGS } from '../../language/organizations.js';
import { orgCandidate, type OrgCandidate } from './candidates.js';

// Adjectives of peoples and places ("Kurdish fighters", "Chechen", "Syrian"), not a group's name.
const ADJECTIVE_SHAPE = /(?<suffix>ian|ish|ese|ean|ic)$/u;
const APPOSITION_WORDS = 6;

/**
 * Groups known by one name, where the sentence shows they are a body: their members after them
 * ("Wagner mercenaries"), an apposition saying what they are ("the Camorra, a Neapolitan mafia-like
 * group"), or a number to call them on ("via Crimestoppers, on 0800 555 111"). Every other capitalised mention of the name in the article is then a mention too.
 */
export function oneWordBodies(doc: Document, tokens: Token[]): OrgCandidate[] {
  const names = new Set<string>();
  for (let i = 1; i < tokens.length; i++) {
    // what follows the word is cheaper to read than what the word is, and rarely a body's
    if (!hasMembersAfter(tokens, i) && !describedAsGroup(tokens, i) && !reachedByPhone(tokens, i)) continue;
    if (isCandidateWord(doc, tokens, i)) names.add(tokens[i]!.text);
  }
  const out: OrgCandidate[] = [];
  if (!names.size) return out;
  for (const t of tokens) if (t.isWord && names.has(t.text)) out.push(orgCandidate(t.start, t.end, t.text, 'known'));
  return out;
}

/** A capitalised word inside a sentence, alone (no capitalised neighbour), that is no country's adjective. */
function isCandidateWord(doc: Document, tokens: Token[], i: number): boolean {
  const t = tokens[i]!;
  if (!t.isWord || !t.cap || t.allCaps || KNOWN_ORGS.has(t.text)) return false;
  const prev = tokens[i - 1]!;
  const next = tokens[i + 1];
  if ((prev.isWord && prev.cap) || (next?.isWord && next.cap)) return false;
  if (DEMONYMS.has(t.lower) || ADJECTIVE_SHAPE.test(t.lower) || doc.lowerWords.has(t.lower)) return false;
  const s = doc.sentenceIndexAt(t.start);
  return s >= 0 && doc.sentences[s]!.start < prev.start;
}

function hasMembersAfter(tokens: Token[], i: number): boolean {
  const next = tokens[i + 1];
  return !!next && next.isWord && GROUP_MEMBER_NOUNS.has(next.lower);
}

/** "via Crimestoppers, on 0800 555 111": a service the reader calls on a number. */
function reachedByPhone(tokens: Token[], i: number): boolean {
  let k = i + 1;
  if (tokens[k]?.text === ',') k++;
  return tokens[k]?.lower === 'on' && PHONE_START.test(tokens[k + 1]?.text ?? '');
}

const PHONE_START = /^(?<digits>\d{3,})$/u;

/** "the X, a powerful Neapolitan mafia-like group": "the", the name, a comma, "a" and a group noun a few words on. */
function describedAsGroup(tokens: Token[], i: number): boolean {
  if (tokens[i - 1]!.lower !== 'the' || tokens[i + 1]?.text !== ',') return false;
  // "Brothers to the Rescue, an exile group": the last word of a longer name
  if (tokens[i - 3]?.cap && tokens[i - 2]?.isWord && !tokens[i - 2]!.cap) return false;
  const article = tokens[i + 2];
  if (!article || (article.lower !== 'a' && article.lower !== 'an')) return false;
  for (let k = i + 3; k < i + 3 + APPOSITION_WORDS && k < tokens.length; k++) {
    const w = tokens[k]!;
    // "the Capitol, a group of lawmakers": a group of people, not what the name is
    if (GROUP_NOUNS.has(w.lower)) return tokens[k + 1]?.lower !== 'of';
    if (!w.isWord && w.text !== '-') return false;
  }
  return false;
}
