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
    // The launcher compiles one fixed file of the project, the bundle of its own code, never an input.
    const launcher = fs.readFileSync(path.join(ROOT, 'src/launch.ts'), 'utf8');
    expect(launcher.match(/new vm\.Script\(/g)).toHaveLength(1);
    expect(launcher).toMatch(/const source = fs\.readFileSync\(BUNDLE_FILE, 'utf8'\);/);
    expect(launcher).toMatch(/new vm\.Script\(WRAP_HEAD \+ source \+ WRAP_TAIL,/);
    const allowed = new Set(['src/launch.ts']);
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
