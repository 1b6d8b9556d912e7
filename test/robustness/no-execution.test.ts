import fs from 'node:fs';
import path from 'node:path';
import { htmlToArticle } from '../../src/article/html.js';
import { ROOT } from '../helpers/cli.js';

// newsfacts reads hostile pages: nothing in an input may ever run.
describe('nothing from an input is executed', () => {
  it('ignores scripts, event handlers and javascript: links in a page', () => {
    const g = globalThis as Record<string, unknown>;
    delete g.pwned;
    const page = htmlToArticle(
      `<html><head><script>globalThis.pwned = 'head'</script></head><body onload="globalThis.pwned='onload'">
       <article><h1>Drones downed</h1>
       <p>Governor Jane Roe of the Tver Region said on Monday that four drones were shot down over the region overnight.</p>
       <img src="x" onerror="globalThis.pwned='onerror'">
       <script>globalThis.pwned = 'body'; document.write('<p>injected paragraph with many words in it to look like text</p>')</script>
       <p>Emergency services were sent to the scene where the debris fell, and no one was hurt, officials said.</p>
       <a href="javascript:globalThis.pwned='link'">more</a><iframe srcdoc="<script>parent.pwned=1</script>"></iframe>
       </article></body></html>`,
      { url: 'https://example.org/a' },
    );
    expect(g.pwned).toBeUndefined();
    expect(page.text).toMatch(/four drones were shot down/);
    expect(page.text).not.toMatch(/pwned|injected paragraph/);
  });

  it('has no code path that evaluates strings or starts processes', () => {
    // The launcher and compromise's loader each run one fixed file the build made (the bundle of the
    // project's own code, compromise's build), through the one module that compiles: never an input.
    const compiler = fs.readFileSync(path.join(ROOT, 'src/code-cache.ts'), 'utf8');
    expect(compiler.match(/new vm\.Script\(/g)).toHaveLength(1);
    expect(compiler).toMatch(/const source = fs\.readFileSync\(file, 'utf8'\);/);
    expect(compiler).toMatch(/new vm\.Script\(WRAP_HEAD \+ source \+ WRAP_TAIL,/);
    const callers = { 'src/launch.ts': /runBuiltFile\(BUNDLE_FILE, options\)/g, 'src/document/nlp.ts': /runBuiltFile\(buildFile\)/g };
    for (const [file, call] of Object.entries(callers)) {
      const src = fs.readFileSync(path.join(ROOT, file), 'utf8');
      expect(src.match(/runBuiltFile\(/g)).toHaveLength(src.match(call)!.length);
    }
    expect(fs.readFileSync(path.join(ROOT, 'src/document/nlp.ts'), 'utf8')).toMatch(/const buildFile = fileURLToPath\(COMPROMISE_BUILD\);/);
    const allowed = new Set(['src/code-cache.ts']);
    const offenders: string[] = [];
    const walk = (dir: string) => {
      for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
        const full = path.join(dir, e.name);
        if (e.isDirectory()) walk(full);
        else if (/\.ts$/.test(e.name)) {
          const src = fs.readFileSync(full, 'utf8');
          const file = path.relative(ROOT, full);
          if (!allowed.has(file) && /\beval\s*\(|new\s+Function\s*\(|child_process|\bvm\b['"]|runScripts/.test(src)) offenders.push(file);
        }
      }
    };
    walk(path.join(ROOT, 'src'));
    expect(offenders).toEqual([]);
  });
});
