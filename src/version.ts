import fs from 'node:fs';

/** The version in package.json, read once; the path holds from src/ (tests) and dist/ (built). */
export const VERSION: string = (JSON.parse(fs.readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }).version;
