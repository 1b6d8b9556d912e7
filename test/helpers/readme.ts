// The README's recipes as the tests run them: read from the README itself, so that what a user
// copies is what was tested, and DuckDB run the way a user runs it, in the folder that holds tables/.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT } from './cli.js';

export const readmeText = () => fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');

export interface Recipe {
  language: string;
  code: string;
  /** The fenced block right after the recipe, when the README shows what it printed. */
  printed?: string;
}

/** Every block marked `<!-- recipe: NAME -->`, by name. */
export function readmeRecipes(): Map<string, Recipe> {
  const pattern = /<!-- recipe: (?<name>[\w-]+) -->\n```(?<language>\w+)\n(?<code>[\s\S]*?)```\n(?:```\n(?<printed>[\s\S]*?)```\n)?/g;
  const recipes = new Map<string, Recipe>();
  for (const m of readmeText().matchAll(pattern)) {
    const { name, language, code, printed } = m.groups!;
    recipes.set(name!, { language: language!, code: code!, printed });
  }
  return recipes;
}

/** The README's DuckDB queries, each named by the comment above it. */
export function readmeQueries(): Map<string, string> {
  const block = /<!-- tables-recipe:duckdb[^>]*-->\n```sql\n(?<sql>[\s\S]*?)```\n<!-- end of tables-recipe:duckdb -->/.exec(readmeText())?.groups?.sql;
  if (block === undefined) throw new Error('the README has no tables-recipe:duckdb block');
  const queries = new Map<string, string>();
  for (const chunk of block.split(/\n(?=-- )/).map((c) => c.trim()).filter(Boolean)) {
    const [comment, ...sql] = chunk.split('\n');
    queries.set(comment!.replace(/^-- /, ''), sql.join('\n').replace(/;\s*$/, ''));
  }
  return queries;
}

/** Runs queries with @duckdb/node-api in a child process working in `cwd`, as a user would in the folder that holds tables/. */
export function duckdb(cwd: string, queries: string[]): Record<string, unknown>[][] {
  const api = pathToFileURL(path.join(ROOT, 'node_modules/@duckdb/node-api/lib/index.js')).href;
  const script = `import { DuckDBInstance } from ${JSON.stringify(api)};
    let input = '';
    for await (const chunk of process.stdin) input += chunk;
    const connection = await (await DuckDBInstance.create(':memory:')).connect();
    const results = [];
    for (const sql of JSON.parse(input)) results.push((await connection.runAndReadAll(sql)).getRowObjectsJson());
    process.stdout.write(JSON.stringify(results));`;
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd, input: JSON.stringify(queries), encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`DuckDB failed: ${run.stderr}`);
  return JSON.parse(run.stdout) as Record<string, unknown>[][];
}
