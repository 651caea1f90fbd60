import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { writeBenchFile } from '../../bench/bench-dir';
import { writeBareFlowLayout } from '../../bench/build-site';

const temporary: string[] = [];
const freshFolder = () => {
  const dir = mkdtempSync(join(tmpdir(), 'pathwise-bench-'));
  temporary.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of temporary.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('the bench on a fresh clone (no .bench folder yet)', () => {
  it('writes the bare React Flow layout into a folder that does not exist yet', () => {
    const file = join(freshFolder(), 'clone', '.bench', 'bare-flow-layout.json');
    const result = writeBareFlowLayout(file);
    expect(result.ok).toBe(true);
    const page = JSON.parse(readFileSync(file, 'utf8')) as { nodes: { id: string }[]; edges: unknown[] };
    // The default map's drawn nodes (tracks are lanes, not boxes), whatever the layout does with them.
    expect(page.nodes.length).toBeGreaterThanOrEqual(100);
    expect(page.nodes.map((n) => n.id)).toEqual(expect.arrayContaining(['ms-102', 'az-104', 'sc-300']));
    expect(page.edges.length).toBeGreaterThanOrEqual(200);
  });

  it('creates nested folders for any file it writes (the --json output too)', () => {
    const file = join(freshFolder(), 'a', 'b', 'out.json');
    writeBenchFile(file, '{}\n');
    expect(existsSync(file)).toBe(true);
    expect(readFileSync(file, 'utf8')).toBe('{}\n');
  });

  it('writes files only through writeBenchFile, which creates the folders', () => {
    const dir = join(import.meta.dirname, '..', '..', 'bench');
    const offenders = readdirSync(dir)
      .filter((f) => f.endsWith('.ts') && f !== 'bench-dir.ts')
      .filter((f) => /\b(writeFileSync|writeFile|appendFileSync|createWriteStream)\s*\(/.test(readFileSync(join(dir, f), 'utf8')));
    expect(offenders).toEqual([]);
  });
});
