import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from './run-cli';

const shipped = join(ROOT, 'graph-data/ms-102.json');

describe('pathwise validate', () => {
  it('exits 0 and says ok for the shipped map', () => {
    const { status, stdout, stderr } = runCli(['validate', shipped]);
    expect(stderr).toBe('');
    expect(status).toBe(0);
    expect(stdout).toMatch(/ms-102\.json: ok \(\d+ nodes, \d+ edges\)/);
  });

  it('exits 1 and prints every problem as file:line:col  path  message', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pathwise-cli-'));
    const file = join(dir, 'broken.json');
    const doc = JSON.parse(readFileSync(shipped, 'utf8')) as { nodes: Record<string, unknown>[]; edges: Record<string, unknown>[] };
    doc.edges[0] = { ...doc.edges[0], target: 'az-3O5' };
    (doc.nodes[1] as Record<string, unknown>).sorces = [];
    writeFileSync(file, JSON.stringify(doc, null, 2));
    const { status, stdout, stderr } = runCli(['validate', file]);
    expect(status).toBe(1);
    expect(stdout).toBe('');
    const lines = stderr.trim().split('\n');
    expect(lines).toContainEqual(expect.stringMatching(/broken\.json:\d+:\d+ {2}nodes\[1\]\.sorces {2}unknown key "sorces"/));
    expect(lines).toContainEqual(expect.stringMatching(/broken\.json:\d+:\d+ {2}edges\[0\]\.target {2}unknown node "az-3O5" \(did you mean "az-305"\?\)/));
    expect(lines.at(-1)).toBe(`${file}: 2 problems`);
  });

  it('reports an unreadable file without a stack trace', () => {
    const { status, stderr } = runCli(['validate', '/nonexistent/map.json']);
    expect(status).toBe(1);
    expect(stderr).toContain('/nonexistent/map.json  cannot read: ENOENT');
    expect(stderr).not.toContain('    at ');
  });
});

describe('pathwise stats', () => {
  it('prints stable JSON with counts and full source coverage for the shipped map', () => {
    const { status, stdout } = runCli(['stats', '--json']);
    expect(status).toBe(0);
    const stats = JSON.parse(stdout) as { nodes: number; nodesByKind: Record<string, number>; tracks: unknown[]; sources: { coveragePercent: number } };
    expect(Object.keys(stats)).toEqual(['title', 'lastVerified', 'nodes', 'edges', 'nodesByKind', 'edgesByKind', 'tracks', 'sources']);
    expect(stats.nodes).toBe(Object.values(stats.nodesByKind).reduce((a, b) => a + b, 0));
    expect(stats.tracks).toHaveLength(13);
    expect(stats.sources.coveragePercent).toBe(100);
  });

  it('has help for every command', () => {
    const { status, stdout } = runCli(['--help']);
    expect(status).toBe(0);
    expect(stdout).toMatch(/validate/);
    expect(stdout).toMatch(/stats/);
  });
});
