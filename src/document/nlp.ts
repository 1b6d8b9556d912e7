import { createRequire } from 'node:module';
import type nlpType from 'compromise';

export type Nlp = typeof nlpType;
export type NlpView = ReturnType<Nlp>;

let loaded: Nlp | undefined;

/**
 * compromise, loaded on first use and then kept for the process (or worker): its lexicon takes
 * about 0.4 s to load, which a run whose extractors never ask for a parse should not pay.
 * The CommonJS build is required synchronously so that extractors stay synchronous.
 */
export function nlp(text: string): NlpView {
  loaded ??= createRequire(import.meta.url)('compromise') as Nlp;
  return loaded(text);
}
