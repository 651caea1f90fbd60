// @vitest-environment jsdom
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { afterAll, describe, expect, it } from 'vitest';
import { loadGraphText } from '../../src/core/index';
import { parseSvg } from '../core/render/fixtures';
import { ROOT, runCli } from './run-cli';

const dir = mkdtempSync(join(tmpdir(), 'pathwise-export-'));
const shipped = readFileSync(join(ROOT, 'graph-data/ms-102.json'), 'utf8');
const ROUTE = 'role-m365-administrator,role-cloud-solutions-architect';

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

function svgSize(svg: string): { width: number; height: number } {
  const root = parseSvg(svg).documentElement;
  return { width: Number(root.getAttribute('width')), height: Number(root.getAttribute('height')) };
}

function distinctColours(png: PNG): number {
  const seen = new Set<number>();
  for (let i = 0; i < png.data.length && seen.size < 1000; i += 4 * 7) seen.add(png.data.readUInt32BE(i));
  return seen.size;
}

describe('pathwise export', () => {
  it('writes the whole map as SVG with every node named, and as a PNG of the same size', () => {
    const svgRun = runCli(['export', '--format', 'svg', '-o', '-']);
    expect(svgRun.stderr).toBe('');
    expect(svgRun.status).toBe(0);
    const doc = parseSvg(svgRun.stdout);
    const result = loadGraphText(shipped);
    if (!result.ok) throw new Error('shipped map does not load');
    const titles = new Set([...doc.querySelectorAll('g.pw-node > title')].map((t) => t.textContent.split('\n')[0]));
    for (const node of result.graph.nodes) if (node.kind !== 'track') expect(titles).toContain(node.label);
    expect(doc.querySelectorAll('path.pw-edge').length).toBeGreaterThan(0);

    const file = join(dir, 'map.png');
    const pngRun = runCli(['export', '--format', 'png', '-o', file]);
    expect(pngRun.status).toBe(0);
    expect(pngRun.stdout).toMatch(/^wrote .*map\.png \(\d+ × \d+ px, \d+ nodes, \d+ edges\)\n$/);
    const png = PNG.sync.read(readFileSync(file));
    expect({ width: png.width, height: png.height }).toEqual(svgSize(svgRun.stdout));
    expect(distinctColours(png)).toBeGreaterThan(20);
    // The whole map in lanes is about 5,700 × 3,600 px: rasterising it took up to 48 s on the loaded shared machine.
  }, 120_000);

  it('exports a route only, and --scale 2 doubles the PNG', () => {
    const svgRun = runCli(['export', '--format', 'svg', '--route', ROUTE, '--theme', 'dark', '-o', '-']);
    expect(svgRun.status).toBe(0);
    const size = svgSize(svgRun.stdout);
    const labels = [...parseSvg(svgRun.stdout).querySelectorAll('g.pw-node')].map((g) => g.getAttribute('data-id'));
    expect(labels).toEqual(expect.arrayContaining(['role-m365-administrator', 'role-cloud-solutions-architect']));

    const file = join(dir, 'route@2x.png');
    const run = runCli(['export', '--format', 'png', '--route', ROUTE, '--theme', 'dark', '--scale', '2', '-o', file]);
    expect(run.status).toBe(0);
    const png = PNG.sync.read(readFileSync(file));
    expect({ width: png.width, height: png.height }).toEqual({ width: size.width * 2, height: size.height * 2 });
    expect(distinctColours(png)).toBeGreaterThan(20);
  });

  it('writes the graph file as JSON that loads back to the same document', () => {
    const file = join(dir, 'map.json');
    const run = runCli(['export', '--format', 'json', '-o', file]);
    expect(run.status).toBe(0);
    const text = readFileSync(file, 'utf8');
    const reloaded = loadGraphText(text);
    const original = loadGraphText(shipped);
    expect(reloaded.ok && original.ok).toBe(true);
    if (reloaded.ok && original.ok) expect(reloaded.graph.file).toEqual(original.graph.file);
  });

  it('writes a route as a Markdown checklist, and refuses md without --route', () => {
    const md = runCli(['export', '--format', 'md', '--route', ROUTE, '-o', '-']);
    expect(md.status).toBe(0);
    expect(md.stdout).toMatch(/^# Microsoft 365 Administrator to Cloud Solutions Architect\n/);
    expect(md.stdout).toContain('- [ ] **1. ');

    const refused = runCli(['export', '--format', 'csv']);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toBe('pathwise: --format csv exports a route as a study plan: give --route <from>,<to>\n');
  });

  it('rejects an unknown format with exit 2 and the allowed ones', () => {
    const run = runCli(['export', '--format', 'gif']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("argument 'gif' is invalid");
    expect(run.stderr).toContain('png, svg, md, csv, json');
  });
});
