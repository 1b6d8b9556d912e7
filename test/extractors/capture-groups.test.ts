// Every capture group in the extractors has a name, so that code reads
// `m.groups.month` and a group added to a pattern cannot shift the others' numbers.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';

const ROOT = join(process.cwd(), 'src/extractors');
const FOLDERS = ['dates', 'counts', 'regions', 'people', 'officials', 'quotes', 'organizations'];
/** Owned by the language layer and the tokenizer work, not by these patterns. */
const SKIPPED = new Set([
  'counts/tokens.ts', 'regions/parsers/nameScan.ts', 'regions/gazetteer.ts', 'dates/lexicon.ts', 'counts/lexicon.ts',
  'officials/tokens.ts', 'quotes/marks.ts', 'quotes/tokens.ts', 'quotes/lexicon.ts', 'organizations/lexicon.ts',
  'officials/lexicon/first-names.ts', 'officials/lexicon/non-names.ts', 'officials/lexicon/places.ts', 'officials/lexicon/titles.ts',
]);

/** The numbered (unnamed) capture groups opened in a piece of regular-expression source. */
export function numberedGroups(source: string): number {
  let count = 0;
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (ch === '\\') i++;
    else if (inClass) inClass = ch !== ']';
    else if (ch === '[') inClass = true;
    else if (ch === '(' && source[i + 1] !== '?') count++;
  }
  return count;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? filesUnder(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

/** The pattern source pieces of a file: regex literals, and the string and template text that builds a `new RegExp`. */
function patternPieces(file: string): string[] {
  const sf = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const pieces: string[] = [];
  const stringConstants = new Map<string, ts.Expression>();
  const interpolated = new Set<string>();
  const textOf = (node: ts.Node, raw = false): void => {
    // String.raw keeps its backslashes: the pattern is the raw text, not the cooked one
    const text = (part: ts.TemplateLiteralLikeNode) => (raw ? part.rawText ?? part.text : part.text);
    if (ts.isStringLiteral(node)) pieces.push(node.text);
    else if (ts.isNoSubstitutionTemplateLiteral(node)) pieces.push(text(node));
    else if (ts.isTemplateExpression(node)) {
      pieces.push(text(node.head), ...node.templateSpans.map((s) => text(s.literal)));
      for (const span of node.templateSpans) if (ts.isIdentifier(span.expression)) interpolated.add(span.expression.text);
    } else if (ts.isTaggedTemplateExpression(node)) textOf(node.template, node.tag.getText(sf) === 'String.raw');
    else ts.forEachChild(node, (child) => textOf(child, raw));
  };
  /** `new RegExp(source)` and `patternOnFirstUse(source, flags)`, which makes one. */
  const buildsPattern = (node: ts.Node): node is ts.NewExpression | ts.CallExpression =>
    (ts.isNewExpression(node) && node.expression.getText(sf) === 'RegExp') ||
    (ts.isCallExpression(node) && node.expression.getText(sf) === 'patternOnFirstUse');
  const visit = (node: ts.Node): void => {
    if (ts.isRegularExpressionLiteral(node)) pieces.push(node.text.slice(1, node.text.lastIndexOf('/')));
    else if (buildsPattern(node) && node.arguments?.[0]) textOf(node.arguments[0]);
    else if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.initializer) stringConstants.set(node.name.text, node.initializer);
    ts.forEachChild(node, visit);
  };
  visit(sf);
  for (const name of interpolated) {
    const init = stringConstants.get(name);
    if (init && (ts.isStringLiteral(init) || ts.isTemplateLiteral(init) || ts.isTaggedTemplateExpression(init) || ts.isBinaryExpression(init))) textOf(init);
  }
  return pieces;
}

describe('capture groups', () => {
  it('counts numbered groups, not named ones, lookarounds, escapes or classes', () => {
    expect(numberedGroups('(?<month>May)(?:x)(?=y)(?<!z)\\(\\)[(]')).toBe(0);
    expect(numberedGroups('(a)|(?<b>b)|([)(])')).toBe(2);
  });

  const files = FOLDERS.flatMap((f) => filesUnder(join(ROOT, f))).filter((f) => !SKIPPED.has(f.slice(ROOT.length + 1)));
  it.each(files.map((f) => [f.slice(ROOT.length + 1), f]))('%s names every group', (_name, file) => {
    const numbered = patternPieces(file).filter((p) => numberedGroups(p) > 0);
    expect(numbered).toEqual([]);
  });

  it('finds the patterns of a file, String.raw and patternOnFirstUse ones included', () => {
    const pieces = patternPieces(join(ROOT, 'dates/parsers/calendar.ts'));
    expect(pieces.some((p) => p.includes('(?<month>'))).toBe(true);
    const designated = patternPieces(join(ROOT, 'regions/parsers/designated.ts'));
    expect(designated.some((p) => p.includes('^ of (?:the )?(?<name>'))).toBe(true);
  });
});
