import fs from 'node:fs';
import { PACKAGE_FILE } from './paths.js';

/** The version in package.json, read once. */
export const VERSION: string = (JSON.parse(fs.readFileSync(PACKAGE_FILE, 'utf8')) as { version: string }).version;
