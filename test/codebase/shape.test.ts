// The shape the code base keeps: every capture group has a name (code reads `m.groups.month`, and a
// group added to a pattern cannot shift the others' numbers), no function runs over 80 lines, and
// every file is named in kebab-case.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';

const ROOT = join(process.cwd(), 'src');
const MAX_FUNCTION_LINES = 80;

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

/** Functions (declarations, methods, arrows) whose body spans more than `max` lines, as "name:line (n lines)". */
export function longFunctions(file: string, source: string, max: number): string[] {
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true);
  const long: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isFunctionLike(node) && 'body' in node && node.body) {
      const first = sf.getLineAndCharacterOfPosition(node.getStart(sf)).line;
      const lines = sf.getLineAndCharacterOfPosition(node.end).line - first + 1;
      const name = node.name && ts.isIdentifier(node.name) ? node.name.text : '(anonymous)';
      if (lines > max) long.push(`${name}:${first + 1} (${lines} lines)`);
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return long;
}

const files = filesUnder(ROOT);
const relative = (f: string) => f.slice(ROOT.length + 1);

describe('capture groups', () => {
  it('counts numbered groups, not named ones, lookarounds, escapes or classes', () => {
    expect(numberedGroups('(?<month>May)(?:x)(?=y)(?<!z)\\(\\)[(]')).toBe(0);
    expect(numberedGroups('(a)|(?<b>b)|([)(])')).toBe(2);
  });

  it.each(files.map((f) => [relative(f), f]))('%s names every group', (_name, file) => {
    const numbered = patternPieces(file).filter((p) => numberedGroups(p) > 0);
    expect(numbered).toEqual([]);
  });

  it('finds the patterns of a file, String.raw and patternOnFirstUse ones included', () => {
    const pieces = patternPieces(join(ROOT, 'extractors/dates/parsers/calendar.ts'));
    expect(pieces.some((p) => p.includes('(?<month>'))).toBe(true);
    const designated = patternPieces(join(ROOT, 'extractors/regions/parsers/designated.ts'));
    expect(designated.some((p) => p.includes('^ of (?:the )?(?<name>'))).toBe(true);
  });
});

describe('functions and files', () => {
  it('measures a function from its first line to its last', () => {
    const body = Array.from({ length: 5 }, (_, i) => `  const x${i} = ${i};`).join('\n');
    expect(longFunctions('f.ts', `function short() {\n${body}\n}`, 7)).toEqual([]);
    expect(longFunctions('f.ts', `function long() {\n${body}\n}`, 6)).toEqual(['long:1 (7 lines)']);
  });

  it.each(files.map((f) => [relative(f), f]))(`%s has no function over ${MAX_FUNCTION_LINES} lines`, (_name, file) => {
    expect(longFunctions(file, readFileSync(file, 'utf8'), MAX_FUNCTION_LINES)).toEqual([]);
  });

  it('names every source and test file in kebab-case', () => {
    const names = [...files, ...filesUnder(join(process.cwd(), 'test'))].map((f) => f.slice(process.cwd().length + 1));
    expect(names.filter((f) => !/^[a-z0-9.-]+$/.test(f.split('/').pop()!))).toEqual([]);
  });
});
