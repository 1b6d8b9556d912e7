// The script of an extraction worker when the CLI runs from the compiled modules (paths.ts).
import { runWorker } from './worker-loop.js';

runWorker();
