// The script of an extraction worker that the bundle started (launch.ts): it loads the bundle the
// same way, with its code cache, and runs the worker loop from it (from the compiled modules if
// the bundle went away in the meantime, as a rebuild during a run does).
import { loadBundle } from './launch.js';

const bundle = loadBundle();
if (bundle) bundle.exports.runWorker();
else (await import('./parallel/worker-loop.js')).runWorker();
