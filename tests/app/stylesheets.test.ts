import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');

/** Every stylesheet under src/, found on disk so a new one is checked too. */
function stylesheets(dir = join(ROOT, 'src')): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return stylesheets(path);
    return entry.name.endsWith('.css') ? [path] : [];
  });
}

/**
 * Blocks that are opened inside a style rule (not an at-rule), and blocks never closed. The app's
 * CSS uses no nesting, so a rule inside a rule means a lost `}`: browsers read everything after it
 * as nested and the page layout falls apart (a merge once dropped two braces this way).
 */
function structureProblems(css: string): string[] {
  const text = css.replace(/\/\*[\s\S]*?\*\//g, (c) => c.replace(/[^\n]/g, ' ')).replace(/"[^"\n]*"|'[^'\n]*'/g, (s) => ' '.repeat(s.length));
  const stack: { line: number; at: boolean }[] = [];
  const problems: string[] = [];
  let line = 1;
  let start = 0;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i];
    if (ch === '\n') line += 1;
    if (ch === '{') {
      const prelude = text.slice(start, i).trim();
      const parent = stack[stack.length - 1];
      if (parent !== undefined && !parent.at) problems.push(`line ${line}: "${prelude}" opens inside the rule from line ${parent.line}`);
      stack.push({ line, at: prelude.startsWith('@') });
      start = i + 1;
    } else if (ch === '}') {
      if (stack.pop() === undefined) problems.push(`line ${line}: "}" closes nothing`);
      start = i + 1;
    } else if (ch === ';') {
      start = i + 1;
    }
  }
  for (const open of stack) problems.push(`line ${open.line}: block never closed`);
  return problems;
}

describe('stylesheets', () => {
  it.each(stylesheets().map((p) => [p.slice(ROOT.length + 1), p]))('%s has every rule closed and none nested', (_name, path) => {
    expect(structureProblems(readFileSync(path, 'utf8'))).toEqual([]);
  });

  it('finds a lost brace', () => {
    expect(structureProblems('.a {\n  color: red;\n\n.b {\n  color: blue;\n}\n')).toEqual([
      'line 4: ".b" opens inside the rule from line 1',
      'line 1: block never closed',
    ]);
    expect(structureProblems('@media (max-width: 720px) {\n  .a { color: red; }\n}\n')).toEqual([]);
  });
});
