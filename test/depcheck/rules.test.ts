import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

// The rules of .dependency-cruiser.cjs, run by the cruiser itself over small trees made here.
const ROOT = resolve('.');
const CRUISER = join(ROOT, 'node_modules/dependency-cruiser/bin/dependency-cruise.mjs');

function cruise(files: Record<string, string>): { status: number | null; output: string } {
  const dir = mkdtempSync(join(tmpdir(), 'newsfacts-depcheck-'));
  try {
    copyFileSync(join(ROOT, 'tsconfig.json'), join(dir, 'tsconfig.json'));
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), text);
    }
    const r = spawnSync(process.execPath, [CRUISER, 'src', '--config', join(ROOT, '.dependency-cruiser.cjs')], { cwd: dir, encoding: 'utf8' });
    return { status: r.status, output: r.stdout + r.stderr };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const ALLOWED = {
  'src/extractors/results.ts': 'export const shared = 1;\n',
  'src/extractors/framework.ts': "import { shared } from './results.js';\nexport const framework = shared;\n",
  'src/extractors/alpha/index.ts': "import { framework } from '../framework.js';\nimport { local } from './parts/local.js';\nimport type { Doc } from '../../document/doc.js';\nexport const alpha = (d: Doc) => framework + local + d.n;\n",
  'src/extractors/alpha/parts/local.ts': 'export const local = 2;\n',
  'src/extractors/beta/index.ts': "import { shared } from '../results.js';\nexport const beta = shared;\n",
  'src/document/doc.ts': 'export interface Doc { n: number }\n',
  'src/article/decode.ts': 'export const decode = 3;\n',
  'src/sources/files.ts': 'export const files = 4;\n',
  'src/summary/aggregate.ts': "import { decode } from '../article/decode.js';\nexport const aggregate = decode;\n",
  'src/pipeline.ts': "import { alpha } from './extractors/alpha/index.js';\nimport { beta } from './extractors/beta/index.js';\nexport const run = [alpha, beta];\n",
};

describe('npm run depcheck: the import rules', () => {
  test('a tree that keeps the rules passes: own folder, framework, results, document', () => {
    const r = cruise(ALLOWED);
    expect(r.output).toMatch(/no dependency violations found/);
    expect(r.status).toBe(0);
  });

  test('an extractor folder importing another kind fails, by type import too, for any pair of kinds', () => {
    const r = cruise({
      ...ALLOWED,
      'src/extractors/alpha/index.ts': "import { beta } from '../beta/index.js';\nexport const alpha = beta;\n",
      'src/extractors/beta/parts/deep.ts': "import type { Doc } from '../../../document/doc.js';\nexport type Deep = Doc;\n",
      'src/extractors/gamma/index.ts': "import type { Deep } from '../beta/parts/deep.js';\nexport const gamma = (d: Deep) => d.n;\n",
    });
    expect(r.status).not.toBe(0);
    expect(r.output).toMatch(/extractor-imports-another-kind: src\/extractors\/alpha\/index\.ts → src\/extractors\/beta\/index\.ts/);
    expect(r.output).toMatch(/extractor-imports-another-kind: src\/extractors\/gamma\/index\.ts → src\/extractors\/beta\/parts\/deep\.ts/);
  });

  test('a source importing article code fails', () => {
    const r = cruise({ ...ALLOWED, 'src/sources/files.ts': "import { decode } from '../article/decode.js';\nexport const files = decode;\n" });
    expect(r.status).not.toBe(0);
    expect(r.output).toMatch(/sources-import-article: src\/sources\/files\.ts → src\/article\/decode\.ts/);
  });

  test('extraction importing the summary fails', () => {
    const r = cruise({
      ...ALLOWED,
      'src/pipeline.ts': "import { aggregate } from './summary/aggregate.js';\nexport const run = aggregate;\n",
      'src/document/doc.ts': "import { aggregate } from '../summary/aggregate.js';\nexport interface Doc { n: number }\nexport const d = aggregate;\n",
    });
    expect(r.status).not.toBe(0);
    expect(r.output).toMatch(/extraction-imports-summary: src\/pipeline\.ts → src\/summary\/aggregate\.ts/);
    expect(r.output).toMatch(/extraction-imports-summary: src\/document\/doc\.ts → src\/summary\/aggregate\.ts/);
  });

  test('an import that does not resolve fails rather than slipping past the rules', () => {
    const r = cruise({ ...ALLOWED, 'src/extractors/beta/index.ts': "import { gone } from '../alpha/missing.js';\nexport const beta = gone;\n" });
    expect(r.status).not.toBe(0);
    expect(r.output).toMatch(/not-resolvable/);
  });
});
