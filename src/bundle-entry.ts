// The entry of the bundle dist/newsfacts.cjs (scripts/bundle.mjs): what launch.ts calls in it.
export { main } from './cli.js';
export { runWorker } from './parallel/worker-loop.js';
export { writeCodeCaches } from './code-cache.js';
