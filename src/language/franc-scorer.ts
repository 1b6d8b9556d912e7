// franc-min's answer, computed from its own scripts, trigram models and text cleaning, with each
// script's models indexed by trigram: franc looks every trigram of the sample up in every
// language's model (44 for the Latin script, an object lookup each), where a sample's trigrams meet
// few of them. Same algorithm, same answer (test/language/franc-scorer.test.ts holds it to franc).
import { data } from 'franc-min/data.js';
import { expressions } from 'franc-min/expressions.js';
import { clean } from 'trigram-utils';

/** franc's distance for a trigram a model lacks. */
const MAX_DIFFERENCE = 300;

/** A number for each character of a script's models, so that a trigram is one small integer; 0 for the others. */
const ALPHABET = 128;

/** The languages of a script that has several, and for each trigram its rank in the models that hold it. */
interface ScriptModels {
  languages: string[];
  /** UTF-16 unit → its number in the models' alphabet (1 …), 0 when no model holds it */
  letters: Uint8Array;
  /** trigram's number → [language index, rank, language index, rank, …] */
  ranks: Map<number, number[]>;
}

function indexModels(languages: Record<string, string>): ScriptModels {
  const names = Object.keys(languages);
  const letters = new Uint8Array(0x10000);
  let size = 0;
  const letterOf = (code: number) => (letters[code] ||= ++size);
  const ranks = new Map<number, number[]>();
  names.forEach((name, li) => {
    const model = languages[name]!.split('|');
    for (let rank = 0; rank < model.length; rank++) {
      const t = model[rank]!;
      const key = (letterOf(t.charCodeAt(0)) * ALPHABET + letterOf(t.charCodeAt(1))) * ALPHABET + letterOf(t.charCodeAt(2));
      const entry = ranks.get(key);
      if (!entry) ranks.set(key, [li, rank]);
      // a trigram listed twice in a model keeps its first rank, as franc's model object does
      else if (entry[entry.length - 2] !== li) entry.push(li, rank);
    }
  });
  if (size >= ALPHABET) throw new Error(`franc-scorer: ${size} letters in one script's models`);
  return { languages: names, letters, ranks };
}

/** Each script's index, made when a text of that script first comes. */
const modelsByScript = new Map<string, ScriptModels>();

function scriptModels(script: string): ScriptModels | undefined {
  const languages = data[script];
  if (!languages) return undefined;
  let models = modelsByScript.get(script);
  if (!models) modelsByScript.set(script, (models = indexModels(languages)));
  return models;
}

/** The script whose characters are most of `value` (the first on a tie), and that share. */
function topScript(value: string): { script: string; share: number } {
  let top = { script: '', share: -1 };
  for (const [script, expression] of Object.entries(expressions)) {
    const share = (value.match(expression)?.length ?? 0) / value.length || 0;
    if (share > top.share) top = { script, share };
  }
  return top;
}

/**
 * franc's distance from the sample's trigram counts to each of the script's models, in model order.
 * The trigrams are franc's (trigram-utils: the cleaned text with a space either side, by UTF-16
 * unit); one of a letter no model holds is in no model, and is only counted.
 */
function distancesOf(value: string, models: ScriptModels): number[] {
  const text = ` ${clean(value)} `;
  const { letters } = models;
  const counts = new Map<number, number>();
  const unmodelled = new Set<string>();
  for (let i = 0; i + 3 <= text.length; i++) {
    const a = letters[text.charCodeAt(i)]!;
    const b = letters[text.charCodeAt(i + 1)]!;
    const c = letters[text.charCodeAt(i + 2)]!;
    if (a === 0 || b === 0 || c === 0) unmodelled.add(text.slice(i, i + 3));
    else {
      const key = (a * ALPHABET + b) * ALPHABET + c;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  const distances = new Array<number>(models.languages.length).fill((counts.size + unmodelled.size) * MAX_DIFFERENCE);
  for (const [key, count] of counts) {
    const entry = models.ranks.get(key);
    if (!entry) continue;
    for (let i = 0; i < entry.length; i += 2) distances[entry[i]!]! += Math.abs(count - entry[i + 1]! - 1) - MAX_DIFFERENCE;
  }
  return distances;
}

/** The script's models for a text, or the answer when there is nothing to score: `und`, or the one language of its script. */
function modelsFor(value: string, minLength: number): { sample: string; models: ScriptModels } | string {
  if (!value || value.length < minLength) return 'und';
  const sample = value.slice(0, 2048);
  const { script, share } = topScript(sample);
  const models = scriptModels(script);
  if (models) return { sample, models };
  return share === 0 ? 'und' : script;
}

/**
 * The languages `francAll(value, { minLength })` lists, in its order (ISO 639-3 codes): nearest first,
 * in model order on a tie; `und` alone when the text is shorter than `minLength` or has no letters
 * of a known script.
 */
export function francRanking(value: string, minLength: number): string[] {
  const found = modelsFor(value, minLength);
  if (typeof found === 'string') return [found];
  const distances = distancesOf(found.sample, found.models);
  return found.models.languages.map((language, li) => ({ language, distance: distances[li]! })).sort((a, b) => a.distance - b.distance).map((x) => x.language);
}

/** What `franc(value, { minLength })` returns: the first of francRanking, without ranking the rest. */
export function francLanguage(value: string, minLength: number): string {
  const found = modelsFor(value, minLength);
  if (typeof found === 'string') return found;
  const distances = distancesOf(found.sample, found.models);
  let best = 0;
  for (let li = 1; li < distances.length; li++) if (distances[li]! < distances[best]!) best = li;
  return found.models.languages[best]!;
}
