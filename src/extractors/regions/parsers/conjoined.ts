import { foldName } from '../../../language/fold.js';
import { DESIGNATOR_PLURALS } from '../../../language/places.js';
import type { Parser } from '../../framework.js';
import { loadGazetteer, nameOption, type NameOption } from '../gazetteer.js';
import { CAP_WORD, FUNCTION_WORDS, namesAdjectivally, patternOnFirstUse, patternPlace, placeCandidate, type PlaceCandidate } from '../candidate.js';

/** Plurals written only in lowercase: "the United States", "the Central Districts" are names of their own. */
const LOWERCASE_ONLY: ReadonlySet<string> = new Set(['states', 'districts', 'republics']);
// The letter before the plural is looked at once the word is found, by a look-behind that reads the
// word back: one that opens a pattern is tried at every position of the text.
const PLURAL = new RegExp(
  String.raw`(?<plural>${[...DESIGNATOR_PLURALS.keys()].map((p) => (LOWERCASE_ONLY.has(p) ? p : `[${p[0]!.toUpperCase()}${p[0]}]${p.slice(1)}`)).join('|')})(?<![\p{L}\p{M}]\k<plural>)(?![\p{L}\p{M}])`,
  'gu',
);
/** The characters before the plural that the list is read from, so the anchored list pattern stays cheap. */
const LIST_WINDOW = 160;
/** Characters before a list's first word that show whether it opens a sentence (". " and a quotation mark). */
const OPENER_WINDOW = 4;
const NAME = String.raw`${CAP_WORD}(?: ${CAP_WORD})?`;
const SEP = String.raw`(?:,? and |, | & |,? or )`;
/**
 * A list of names of one or two capitalised words ending the window: `(?:NAME SEP)+NAME $`. Written
 * with NAME once, as names each followed by a separator or by the final space, and a lookahead that
 * asks for a separator (none can occur inside a name), because compiling NAME's capitalised-word
 * classes twice slows start-up (docs/extraction-notes.md). The test checks both forms agree.
 */
export const listBefore = patternOnFirstUse(String.raw`(?=\p{Lu})(?=[^]*?(?:, | and | & | or ))(?:${NAME}(?:${SEP}(?=\p{Lu})|(?= $)))+ $`, 'u');
const SEPARATOR = /,? and |, | & |,? or /g;
const OWN_DESIGNATOR_ONLY = new Set(['County', 'District']);
const OPENS_SENTENCE = /(?:^|[.!?\n]["”’']?\s*)$/u;
const knownName = (s: string) => {
  const gaz = loadGazetteer();
  const key = foldName(s);
  return gaz.byBase.has(key) || Boolean(gaz.byName.get(key)?.length);
};

/**
 * "Bryansk, Kursk and Belgorod regions", "the Kharkiv and Sumy oblasts": one plural designator
 * shared by a list of names gives one region per name. Unknown names count unless they read as
 * adjectives ("Russian and Belarusian regions").
 */
export const conjoinedRegionsParser: Parser<PlaceCandidate> = {
  name: 'conjoined-regions',
  pattern: PLURAL,
  extract(m, doc) {
    const from = Math.max(0, m.index - LIST_WINDOW);
    const before = doc.text.slice(from, m.index);
    const list = listBefore().exec(before);
    if (!list) return null;
    const gaz = loadGazetteer();
    const designator = DESIGNATOR_PLURALS.get(m.groups!.plural!.toLowerCase())!;
    const out: PlaceCandidate[] = [];
    let offset = from + list.index;
    const body = list[0].slice(0, -1);
    const parts: { text: string; start: number }[] = [];
    let last = 0;
    for (const sep of body.matchAll(SEPARATOR)) {
      parts.push({ text: body.slice(last, sep.index), start: offset + last });
      last = sep.index! + sep[0].length;
    }
    parts.push({ text: body.slice(last), start: offset + last });
    // "In Bryansk, Kursk …": a capitalised function word opening the list is not a name
    const first = parts[0]!;
    const firstWords = first.text.split(' ');
    // "Earlier Rylsk and Lgov districts": a sentence's first word is capitalised for that reason alone
    const opener = firstWords.length > 1 && OPENS_SENTENCE.test(doc.text.slice(Math.max(0, first.start - OPENER_WINDOW), first.start)) && !knownName(first.text);
    if (firstWords.length > 1 && (opener || FUNCTION_WORDS.has(firstWords[0]!.toLowerCase()))) {
      first.start += firstWords[0]!.length + 1;
      first.text = firstWords.slice(1).join(' ');
    }
    for (const part of parts) {
      if (FUNCTION_WORDS.has(part.text.toLowerCase())) continue;
      const known = gaz.byBase.get(foldName(part.text));
      const candidate = (opts: NameOption[]) => placeCandidate(part.start, part.start + part.text.length, part.text, opts, 'list', 'region');
      const options = known?.map((place) => nameOption(place, 'base')) ?? [];
      // "Santa Cruz and Pima counties": a known base whose region is no county is one only in its own
      // country's articles; "Vermont and Maine counties" are the states' own
      const key = foldName(part.text);
      const fits =
        !OWN_DESIGNATOR_ONLY.has(designator) || options.some((o) => o.place.name.endsWith(` ${designator}`) || foldName(o.place.name) === key);
      if (options.length && fits) {
        out.push(candidate(options));
      } else if (options.length) {
        const own = nameOption(patternPlace(`${part.text} ${designator}`, 'region'), 'base');
        out.push(candidate([...options.map((o) => nameOption(o.place, o.via, o.exact, true)), own]));
      } else if (!namesAdjectivally(part.text.split(' '), designator === 'District')) {
        out.push(candidate([nameOption(patternPlace(`${part.text} ${designator}`, 'region'), 'base')]));
      }
    }
    return out.length >= 2 ? out : null;
  },
};
