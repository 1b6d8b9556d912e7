import { foldName } from '../../../language/fold.js';
import { BUILDING_WORDS, DESIGNATORS, DESIGNATORS_BEFORE_NAME, PLACE_PREPOSITIONS, PLACE_QUALIFIERS, STREET_WORDS } from '../../../language/places.js';
import { ORG_HEADS } from '../../../language/organizations.js';
import { OFFICE_HEADS, ROLE_HEADS, titleWord } from '../../../language/titles.js';
import { alternation } from '../../../language/alternation.js';
import type { Parser } from '../../framework.js';
import { loadGazetteer, makePlace, nameOption, type Place } from '../gazetteer.js';
import { CAP_WORD, FUNCTION_WORDS, looksAdjectival, namesAdjectivally, patternOnFirstUse, patternPlace, placeCandidate, type PlaceCandidate } from '../candidate.js';

/** Designators written only capitalised: "the Republic" and "People's Republic" name a state, "republic" is a common noun. */
const CAPITALISED_ONLY: ReadonlySet<string> = new Set(['republic', "people's republic"]);
/** A designator as the text may write it: each word's first letter in either case, unless capitalised only. */
const designatorForm = (designator: string) =>
  designator
    .split(' ')
    .map((w) => {
      const rest = alternation([w.slice(1)]).replace("'", "['’]");
      return CAPITALISED_ONLY.has(designator) ? `${w[0]!.toUpperCase()}${rest}` : `[${w[0]!.toUpperCase()}${w[0]}]${rest}`;
    })
    .join(' ');
// Longest forms first, so that "urban district" is read whole before "district".
const DESIGNATOR_FORMS = [...DESIGNATORS.keys()].sort((a, b) => b.length - a.length).map(designatorForm);
// The designator is found first (rare words, cheap to scan for); the capitalised run before it
// is then read from a short window with an end-anchored pattern. The letter and space before it are
// looked at once it is found, by a look-behind that reads it back: one that opens a pattern is tried
// at every position of the text.
const PATTERN = new RegExp(
  String.raw`(?<designator>Autonomous Okrug|Autonomous Oblast|${DESIGNATOR_FORMS.join('|')})(?<=[\p{L}\p{M}] \k<designator>)(?![\p{L}\p{M}])`,
  'gu',
);
const nameBefore = patternOnFirstUse(String.raw`(?<![\p{L}\p{M}\p{N}])${CAP_WORD}(?: ${CAP_WORD}){0,3} $`, 'u');
/** Characters before the designator read for its name: room for four capitalised words. */
const NAME_RUN_WINDOW = 100;
/** Characters after a lowercase "district" read for what it is: " of " and a name, or " attorney's". */
const DISTRICT_AFTER_WINDOW = 16;
/** Characters before a run read for "the ". */
const THE_WINDOW = 5;
/** Characters after a district read for " of " and the city it belongs to. */
const CITY_OF_DISTRICT_WINDOW = 60;
// A lowercase "district" is a common word ("the business district", "Manhattan district
// attorney"): it names a district only after "the X" or before "of Y" ("the Pokrovsk district of
// Donetsk Oblast", "in the Rylsk district,").
const THE_BEFORE = /(?:^|[^\p{L}\p{M}])[Tt]he $/u;
const OF_AFTER = /^ of \p{Lu}/u;
const OPENS_SENTENCE = /(?:^|[.!?\n]["”’']?\s*)$/u;
const QUALIFIER_BEFORE = /(?<word>\p{Ll}[\p{Ll}-]*) $/u;
/** Characters before a district's name read for a direction word ("southwestern ") or a comma. */
const QUALIFIER_WINDOW = 16;

/**
 * Whether a comma, a direction adjective or a preposition of place stands right before `at`:
 * "Kulbaki, Glushkovsky district", "northeastern Wayanad district", "in Dhubri district".
 */
function placedBefore(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - QUALIFIER_WINDOW), at);
  if (before.endsWith(', ')) return true;
  const word = QUALIFIER_BEFORE.exec(before)?.groups?.word;
  return word !== undefined && (PLACE_QUALIFIERS.has(word) || PLACE_PREPOSITIONS.includes(word) || word === 'of');
}
const NOT_A_PLACE_AFTER = /^ (?:attorney|attorneys|attorney's|court|courts|judge|judges)(?![\p{L}\p{M}])/u;
// Designators that some countries' first-level regions do not carry: "Santa Cruz County" is not
// Argentina's Santa Cruz Province unless the article is about Argentina.
const OWN_DESIGNATOR_ONLY = new Set(['county', 'district']);
const PEOPLES_REPUBLIC = "People's Republic";

/**
 * "Smolensk Region", "Kharkiv oblast", "Krasnodar Krai", "Cook County": a name followed by its
 * designator. The name is matched as the longest known region base ending the capitalised run
 * ("In the Kursk Region" → Kursk); an unknown name counts only for designators that cannot be
 * anything else, and never when it reads as an adjective ("Russian region", "Western Province").
 */
export const designatedRegionParser: Parser<PlaceCandidate> = {
  name: 'designated-region',
  pattern: PATTERN,
  extract(m, doc) {
    const from = Math.max(0, m.index - NAME_RUN_WINDOW);
    const run = nameBefore().exec(doc.text.slice(from, m.index));
    if (!run) return null;
    const gaz = loadGazetteer();
    const runStart = from + run.index;
    const words = run[0].slice(0, -1).split(' ');
    const designatorText = m.groups!.designator!.replace('’', "'");
    const designatorWord = designatorText.toLowerCase().split(' ').pop()!;
    const designator = DESIGNATORS.get(designatorText.toLowerCase()) ?? DESIGNATORS.get(designatorWord) ?? { canonical: 'Region', unknownOk: false };
    const end = m.index + m[0].length;
    const isDistrict = designator.canonical.endsWith('istrict');
    if (isDistrict && /^\p{Ll}/u.test(designatorText)) {
      const after = doc.text.slice(end, end + DISTRICT_AFTER_WINDOW);
      if (NOT_A_PLACE_AFTER.test(after)) return null;
      const the = words[0] === 'The' || words[0] === 'the' || THE_BEFORE.test(doc.text.slice(Math.max(0, runStart - THE_WINDOW), runStart));
      // a plain "district" ("his House district", "a Pennsylvania district") names one only after "the",
      // before "of", or listed after a place or a direction ("Kulbaki, Glushkovsky district", "northeastern Wayanad district")
      if (!the && !OF_AFTER.test(after)) {
        if (designatorText === 'district' ? !placedBefore(doc.text, runStart) : OPENS_SENTENCE.test(doc.text.slice(Math.max(0, runStart - THE_WINDOW), runStart))) return null;
        // "western Pennsylvania district" is the state's: only a name the gazetteer does not know is a district so
        if (designatorText === 'district' && words.some((_, i) => gaz.byName.has(foldName(words.slice(i).join(' '))))) return null;
      }
    }
    // offsets of each word inside the run
    const starts: number[] = [];
    let pos = runStart;
    for (const w of words) {
      starts.push(pos);
      pos += w.length + 1;
    }
    for (let i = 0; i < words.length; i++) {
      const base = words.slice(i).join(' ');
      const key = foldName(base);
      let regions = gaz.byBase.get(key) ?? regionsOfCentre(key);
      // "the Jewish state" is no Jewish Autonomous Oblast: an adjective names a region only with its own designator
      if (regions?.length && looksAdjectival(words[i]!)) regions = regions.filter((p) => designatorFits(p, designatorText));
      if (regions?.length && designator.canonical === PEOPLES_REPUBLIC) {
        // "the Donetsk People's Republic": a state proclaimed over a region, named as written and
        // located by that region
        const region = regions.find((p) => p.kind === 'region');
        if (!region) return null;
        const name = `${base} ${PEOPLES_REPUBLIC}`;
        const place = makePlace(`${region.key}|${foldName(PEOPLES_REPUBLIC)}`, name, 'region', region.cc, false, region.rank, region);
        return placeCandidate(starts[i]!, end, '', [nameOption(place, 'name')], 'designated');
      }
      if (regions?.length) {
        const options = preferByDesignator(regions, designatorText).map((place) => nameOption(place, 'base'));
        if (!OWN_DESIGNATOR_ONLY.has(designatorWord) || options.some((o) => o.place.name.endsWith(` ${designator.canonical}`))) {
          return placeCandidate(starts[i]!, end, '', options, 'designated');
        }
        // "Santa Cruz County": the region of that base elsewhere, or a county of the article's country;
        // a region named by its bare base is another place ("Washington County" is no state)
        const own = patternPlace(`${base} ${designator.canonical}`, 'region');
        const misfits = options.filter((o) => foldName(o.place.name) !== key).map((o) => nameOption(o.place, o.via, o.exact, true));
        return placeCandidate(starts[i]!, end, '', [...misfits, nameOption(own, 'base')], 'designated');
      }
      // the whole run with its designator may itself be a known name ("Northern Territory"),
      // when the designator is capitalised as part of it
      if (!/^\p{Lu}/u.test(designatorText)) continue;
      const whole = gaz.byName.get(foldName(`${base} ${designatorText}`));
      const region = whole?.find((o) => o.place.kind === 'region');
      if (region) return placeCandidate(starts[i]!, end, '', [region], 'designated');
    }
    if (!designator.unknownOk) return null;
    let i = 0;
    while (i < words.length - 1 && FUNCTION_WORDS.has(words[i]!.toLowerCase())) i++;
    const name = words.slice(i);
    if (FUNCTION_WORDS.has(name[0]!.toLowerCase()) || namesAdjectivally(name, isDistrict)) return null;
    if (designator.alsoBusiness && (words.slice(0, i).some((w) => w.toLowerCase() === 'the') || THE_BEFORE.test(doc.text.slice(Math.max(0, runStart - THE_WINDOW), runStart)))) {
      return null;
    }
    // a capitalised designator is part of the name ("Cook County"); a lowercase one is normalised
    const canonical = `${name.join(' ')} ${designator.canonical}`;
    const kind = isDistrict && districtOfCity(doc.text.slice(end, end + CITY_OF_DISTRICT_WINDOW)) ? 'city' : 'region';
    return placeCandidate(starts[i]!, end, '', [nameOption(patternPlace(canonical, kind), 'base')], 'designated');
  },
};

const ofName = patternOnFirstUse(String.raw`^ of (?:the )?(?<name>${CAP_WORD}(?: ${CAP_WORD})?)`, 'u');
const REGION_WORD_AFTER = /^ (?:[Rr]egion|[Oo]blast|[Kk]rai|[Pp]rovince|[Rr]epublic|[Cc]ounty|[Ss]tate)(?![\p{L}\p{M}])/u;

/**
 * "the Shevchenkivskyi district of Lviv": a district of a city is a part of that city, not a
 * region ("the Pokrovsk district of Donetsk Oblast" is one).
 */
function districtOfCity(after: string): boolean {
  const of = ofName().exec(after);
  if (!of) return false;
  if (REGION_WORD_AFTER.test(after.slice(of[0].length))) return false;
  const options = loadGazetteer().byName.get(foldName(of.groups!.name!)) ?? [];
  return options.some((o) => o.place.kind === 'city') && !options.some((o) => o.place.kind === 'region' && o.via === 'name');
}

/**
 * A region named after its centre in one of the city's other spellings ("Mykolayiv region"):
 * the city's canonical name is the region's base.
 */
function regionsOfCentre(key: string): Place[] | undefined {
  const gaz = loadGazetteer();
  const cities = gaz.byName.get(key)?.filter((o) => o.place.kind === 'city') ?? [];
  for (const c of cities) {
    const regions = gaz.byBase.get(foldName(c.place.name))?.filter((r) => r.cc === c.place.cc);
    if (regions?.length) return regions;
  }
  return undefined;
}

/** Whether the designator in the text is the region's own ("Altai Krai" for Altai Region, not Altai Republic). */
function designatorFits(p: Place, designator: string): boolean {
  const d = designator.toLowerCase();
  const n = p.name.toLowerCase();
  return n.endsWith(` ${d}`) || (/^(?:krai|kray|territory|oblast|region)$/.test(d) && n.endsWith(' region')) || (d === 'republic' && !n.endsWith(' region'));
}

/** "Altai Krai" and "Altai Republic" share a base: the designator picks between them. */
function preferByDesignator(regions: Place[], designator: string): Place[] {
  if (regions.length < 2) return regions;
  return [...regions.filter((p) => designatorFits(p, designator)), ...regions.filter((p) => !designatorFits(p, designator))];
}

const BEFORE_NAME = new RegExp(String.raw`(?<designator>${alternation([...DESIGNATORS_BEFORE_NAME.keys()].sort((a, b) => b.length - a.length))}) (?<name>\p{Lu}[\p{L}\p{M}'’-]*)`, 'gu');
/** A capitalised word and a space, or an ampersand, right before the designator: "Henry County Mayor", "Smith & Co. Ltd". */
const NAME_OR_FIRM_BEFORE = /(?:\p{Lu}[\p{L}\p{M}.'’-]*|&) $/u;
const PLACED_BEFORE = new RegExp(String.raw`(?:, |(?:^|[^\p{L}])(?:${alternation([...PLACE_PREPOSITIONS])}) )$`, 'iu');

/**
 * "Fermoy, Co Cork", "in County Durham": a designator before one capitalised word names a county, as
 * Ireland and Britain write them. Not after another name ("Henry County Mayor X", "Smith & Co."), nor
 * before a title, a body's head, a street word or a word the article writes in lower case ("County
 * Judge", "County Council", "County Road", "the County jail … the jail").
 */
export const designatorBeforeParser: Parser<PlaceCandidate> = {
  name: 'designator-before-name',
  pattern: BEFORE_NAME,
  extract(m, doc) {
    if (m.index > 0 && /[\p{L}\p{M}]/u.test(doc.text[m.index - 1]!)) return null;
    const before = doc.text.slice(Math.max(0, m.index - 30), m.index);
    if (NAME_OR_FIRM_BEFORE.test(before)) return null;
    // "Co" is a company's as often: it names a county after a comma or a preposition of place ("Fermoy, Co Cork", "in Co Meath")
    if (m.groups!.designator !== 'County' && !PLACED_BEFORE.test(before)) return null;
    const word = m.groups!.name!;
    const lower = word.toLowerCase();
    if (word.length < 3 || OFFICE_HEADS.has(lower) || ROLE_HEADS.has(lower) || titleWord(lower) || ORG_HEADS.has(lower)) return null;
    if (STREET_WORDS.has(lower) || BUILDING_WORDS.has(lower) || FUNCTION_WORDS.has(lower)) return null;
    if (doc.lowerWords.has(lower) || looksAdjectival(word)) return null;
    const canonical = `${DESIGNATORS_BEFORE_NAME.get(m.groups!.designator!)!} ${word}`;
    return placeCandidate(m.index, m.index + m[0].length, '', [nameOption(patternPlace(canonical, 'region'), 'name')], 'designated');
  },
};
