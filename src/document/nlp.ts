import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type nlpType from 'compromise';
import { runBuiltFile } from '../code-cache.js';
import { restoreNet, type KeptNet, type MatchNet } from './kept-net.js';
import { COMPROMISE_BUILD, COMPROMISE_MODEL } from '../paths.js';

export type Nlp = typeof nlpType;
export type NlpView = ReturnType<Nlp>;

let loaded: Nlp | undefined;

/**
 * compromise, loaded on first use and then kept for the process (or worker), so that a run whose
 * extractors never ask for a parse does not pay for it. Required synchronously, so that extractors
 * stay synchronous.
 */
export function nlp(text: string): NlpView {
  loaded ??= loadCompromise();
  return loaded(text);
}

/** The build made with its model kept (scripts/build-compromise.mjs) where it is there and current, else the package's own. */
export function loadCompromise(): Nlp {
  const require = createRequire(import.meta.url);
  return loadWithKeptModel(require) ?? (require('compromise') as Nlp);
}

interface KeptModel {
  version: string;
  /** The model's parts ("one", "two", "three"), each by its keys. */
  model: Record<string, Record<string, unknown>>;
  /** The post-tagger's match network, built (src/document/kept-net.ts); its patterns are the model's `two.matches`. */
  net?: KeptNet;
}

/**
 * compromise's code with the finished model the build kept put in place of the one it would work
 * out: its lexicon expansion is most of its load time. Undefined when the build has none, or has
 * one for another version of compromise than the one installed.
 */
export function loadWithKeptModel(require: NodeRequire): Nlp | undefined {
  const buildFile = fileURLToPath(COMPROMISE_BUILD);
  const modelFile = fileURLToPath(COMPROMISE_MODEL);
  if (!fs.existsSync(buildFile) || !fs.existsSync(modelFile)) return undefined;
  try {
    const kept = JSON.parse(fs.readFileSync(modelFile, 'utf8')) as KeptModel;
    const manifest = path.resolve(path.dirname(require.resolve('compromise')), '../../package.json');
    if ((JSON.parse(fs.readFileSync(manifest, 'utf8')) as { version?: string }).version !== kept.version) return undefined;
    // from the code cache the build trained on example articles, as the bundle is (src/code-cache.ts)
    const built = (runBuiltFile(buildFile)?.exports ?? require(buildFile)) as Nlp | { default: Nlp };
    const nlp = typeof built === 'function' ? built : built.default;
    // key by key: the build's own regular expressions stay, which JSON could not keep
    const model = (nlp.world() as { model: Record<string, Record<string, unknown>> }).model;
    for (const [part, values] of Object.entries(kept.model)) Object.assign((model[part] ??= {}), values);
    if (kept.net) useKeptNet(nlp, kept.net);
    return nlp;
  } catch {
    return undefined;
  }
}

interface NetWorld {
  model: { two: { matches?: object[] } };
  methods: { one: { buildNet(matches: object[], world: unknown): MatchNet } };
}

/**
 * Puts the kept network in place of the one compromise would build from its patterns at the first
 * parse: its parsed patterns become the model's, and building a network of exactly those gives it.
 */
function useKeptNet(nlp: Nlp, kept: KeptNet): void {
  const world = nlp.world() as unknown as NetWorld;
  const { matches, net } = restoreNet(kept);
  world.model.two.matches = matches;
  const methods = world.methods.one;
  const buildNet = methods.buildNet;
  methods.buildNet = (list, w) => (list === matches ? net : buildNet(list, w));
}
