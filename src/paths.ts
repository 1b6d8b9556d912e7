/**
 * Where the project's files are, found from this module's own place. It sits directly in src/
 * (tests), in dist/ (the compiled modules) and in the bundle dist/newsfacts.cjs alike, so one level
 * up is the project root in all three: a module deeper in the tree cannot say `../../data` once
 * it has been bundled into dist/.
 */
export const PROJECT_ROOT = new URL('../', import.meta.url);

export const GAZETTEER_FILE = new URL('data/gazetteer.json', PROJECT_ROOT);
export const TOWNS_FILE = new URL('data/towns.tsv', PROJECT_ROOT);
export const PACKAGE_FILE = new URL('package.json', PROJECT_ROOT);

/**
 * The script of an extraction worker when the CLI runs from the compiled modules. Started from the
 * bundle, the launcher gives its own (src/launch.ts), which loads the bundle in the worker too.
 */
export const WORKER_SCRIPT = new URL('dist/parallel/worker.js', PROJECT_ROOT);

/** compromise bundled with its lexicon model kept apart, and that model (scripts/build-compromise.mjs). */
export const COMPROMISE_BUILD = new URL('dist/compromise.cjs', PROJECT_ROOT);
export const COMPROMISE_MODEL = new URL('dist/compromise-model.json', PROJECT_ROOT);
