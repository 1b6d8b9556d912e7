import { createRequire } from 'node:module';

type FastCsv = typeof import('fast-csv');
let loaded: FastCsv | undefined;

/**
 * fast-csv, loaded when the first CSV is written: otherwise it is a twentieth of start-up.
 * Required, not imported: a dynamic import() inside the bundle would need Node's experimental
 * module loader hook for vm scripts (launch.ts).
 */
export const fastCsv = (): FastCsv => (loaded ??= createRequire(import.meta.url)('fast-csv') as FastCsv);
