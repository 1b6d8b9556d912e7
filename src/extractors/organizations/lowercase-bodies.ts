import type { Document } from '../../document/document.js';
import { AFTER_BODY_VERBS } from '../../language/speech.js';
import { DEMONYMS } from '../../language/places.js';
import { orgCandidate, type OrgCandidate } from './candidates.js';

const MINISTRY_DOMAIN =
  /\b(?:defen[cs]e|foreign|interior|emergenc(?:y|ies)|health|justice|finance|economy|energy|education|culture|agriculture|transport|digital)\s+ministry\b/gi;

/** "the defense ministry", "the Russian defense ministry": ministries written in lower case. */
export function lowercaseMinistries(doc: Document): OrgCandidate[] {
  const out: OrgCandidate[] = [];
  const text = doc.text;
  if (!/ministry/.test(text)) return out;
  MINISTRY_DOMAIN.lastIndex = 0;
  for (let m = MINISTRY_DOMAIN.exec(text); m; m = MINISTRY_DOMAIN.exec(text)) {
    const end = m.index + m[0].length;
    // capitalised ones ("Defense Ministry") are named organisations
    if (text.charCodeAt(end - 8) !== 109) continue;
    // a country adjective right before: "the Russian defense ministry"
    const before = /(?<adjective>[A-Z][a-z]+)\s+$/.exec(text.slice(Math.max(0, m.index - 20), m.index));
    const adj = before && DEMONYMS.has(before.groups!.adjective!.toLowerCase()) ? before.groups!.adjective! : undefined;
    const start = adj ? m.index - before![0].length : m.index;
    out.push(orgCandidate(start, end, text.slice(start, end), 'lowercase-ministry', undefined, undefined, adj ? DEMONYMS.get(adj.toLowerCase()) : undefined));
  }
  return out;
}

const FORCE_IN_LOWER_CASE = /\b(?<adjective>[A-Z][a-z]+)\s+(?:air\s+force|navy|army|armed\s+forces|coast\s+guard|border\s+guards?|national\s+guard)\b/g;

const AFTER_FORCE = new RegExp(`^\\s+(?:${AFTER_BODY_VERBS.join('|')})\\b`, 'u');
const ACCORDING_TO = /according\s+to\s+(?:the\s+)?$/iu;

/**
 * "the Ukrainian air force said", "according to the Israeli army": a country's forces written in lower
 * case, after its adjective (without it, "the army" is no particular body), where they speak. Only
 * there: "fighting alongside the Ukrainian army" describes whose side, and names no source.
 */
export function lowercaseForces(doc: Document): OrgCandidate[] {
  const out: OrgCandidate[] = [];
  const text = doc.text;
  FORCE_IN_LOWER_CASE.lastIndex = 0;
  for (let m = FORCE_IN_LOWER_CASE.exec(text); m; m = FORCE_IN_LOWER_CASE.exec(text)) {
    const country = DEMONYMS.get(m.groups!.adjective!.toLowerCase());
    if (!country) continue;
    const end = m.index + m[0].length;
    if (!AFTER_FORCE.test(text.slice(end, end + 16)) && !ACCORDING_TO.test(text.slice(Math.max(0, m.index - 20), m.index))) continue;
    out.push(orgCandidate(m.index, end, m[0], 'lowercase-ministry', undefined, undefined, country));
  }
  return out;
}
