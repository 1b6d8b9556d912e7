// franc-min's answer, computed from its own scripts, trigram models and trigram maker, with each
// model indexed by trigram: franc looks every trigram of the sample up in every language's model
// (82 models, an object lookup each), where a sample's trigrams meet few of them. Same algorithm,
// same answer (test/language/franc-scorer.test.ts holds it to franc on random and real text).
import { data } from 'franc-min/data.js';
import { expressions } from 'franc-min/expressions.js';
import { trigrams } from 'trigram-utils';

/** franc's distance for a trigram a model lacks. */
const MAX_DIFFERENCE = 300;

/** The languages of a script that has several, and for each trigram its rank in the models that hold it. */
interface ScriptModels {
  languages: string[];
  /** trigram → [language index, rank, language index, rank, …] */
  ranks: Map<string, number[]>;
}

function indexModels(languages: Record<string, string>): ScriptModels {
  const names = Object.keys(languages);
  const ranks = new Map<string, number[]>();
  names.forEach((name, li) => {
    const model = languages[name]!.split('|');
    for (let rank = 0; rank < model.length; rank++) {
      const entry = ranks.get(model[rank]!);
      if (!entry) ranks.set(model[rank]!, [li, rank]);
      // a trigram listed twice in a model keeps its first rank, as franc's model object does
      else if (entry[entry.length - 2] !== li) entry.push(li, rank);
    }
  });
  return { languages: names, ranks };
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

/** The script's languages, nearest the sample's trigram counts first (in model order on a tie), as franc ranks them. */
function rankByDistance(value: string, models: ScriptModels): string[] {
  const counts = new Map<string, number>();
  for (const trigram of trigrams(value)) counts.set(trigram, (counts.get(trigram) ?? 0) + 1);
  const distances = new Array<number>(models.languages.length).fill(counts.size * MAX_DIFFERENCE);
  for (const [trigram, count] of counts) {
    const entry = models.ranks.get(trigram);
    if (!entry) continue;
    for (let i = 0; i < entry.length; i += 2) distances[entry[i]!]! += Math.abs(count - entry[i + 1]! - 1) - MAX_DIFFERENCE;
  }
  return models.languages.map((language, li) => ({ language, distance: distances[li]! })).sort((a, b) => a.distance - b.distance).map((x) => x.language);
}

/**
 * The languages `francAll(value, { minLength })` lists, in its order (ISO 639-3 codes): `und` alone
 * when the text is shorter than `minLength` or has no letters of a known script.
 */
export function francRanking(value: string, minLength: number): string[] {
  if (!value || value.length < minLength) return ['und'];
  const sample = value.slice(0, 2048);
  const { script, share } = topScript(sample);
  const models = scriptModels(script);
  if (models) return rankByDistance(sample, models);
  return [share === 0 ? 'und' : script];
}

/** What `franc(value, { minLength })` returns: the first of francRanking. */
export function francLanguage(value: string, minLength: number): string {
  return francRanking(value, minLength)[0]!;
}
