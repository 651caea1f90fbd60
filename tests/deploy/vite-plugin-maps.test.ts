import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import { afterEach, describe, expect, it } from 'vitest';
import { checkShippedMaps, shippedMaps } from '../../vite-plugin-maps';

const MS102 = readFileSync(new URL('../../graph-data/ms-102.json', import.meta.url), 'utf8');
const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A throwaway project: an entry that imports the map checks, and a graph-data folder holding `maps`. */
function project(maps: Record<string, string>): { root: string; graphs: string } {
  const root = mkdtempSync(join(tmpdir(), 'pathwise-maps-'));
  dirs.push(root);
  const graphs = join(root, 'graph-data');
  mkdirSync(graphs);
  writeFileSync(join(root, 'index.html'), '<script type="module" src="./main.js"></script>');
  writeFileSync(join(root, 'main.js'), "import { mapChecks } from 'virtual:pathwise-map-checks';\nwindow.checks = mapChecks;\n");
  for (const [name, text] of Object.entries(maps)) writeFileSync(join(graphs, name), text);
  return { root, graphs };
}

function viteBuild(root: string, graphs: string) {
  return build({ root, configFile: false, logLevel: 'silent', plugins: [shippedMaps({ dir: graphs })], build: { outDir: join(root, 'dist'), minify: false } });
}

// One bad edge target, at line 3 of its file.
const BROKEN = MS102.replace('"target": "', '"target": "no-such-node-').replace(/^\{\n/, '{\n');

describe('shipped maps checked at build time', () => {
  it('embeds the SHA-256 of each shipped map that loads', async () => {
    const { graphs } = project({ 'ms-102.json': MS102 });
    const checks = await checkShippedMaps(graphs);
    expect(Object.keys(checks)).toEqual(['maps/ms-102.json']);
    expect(checks['maps/ms-102.json']?.sha256).toBe(createHash('sha256').update(readFileSync(join(graphs, 'ms-102.json'))).digest('hex'));
  });

  it('a vite build fails with the loader’s problem (file, line, path, message) when a map is broken', async () => {
    expect(BROKEN).not.toBe(MS102);
    const { root, graphs } = project({ 'ms-102.json': MS102, 'broken.json': BROKEN });
    const failed = viteBuild(root, graphs);
    await expect(failed).rejects.toThrow(/shipped map .*broken\.json does not load \(1 problem\)/);
    await expect(failed).rejects.toThrow(/broken\.json:\d+:\d+ {2}edges\[\d+\]\.target {2}.*no-such-node-/);
  }, 60_000);

  it('a vite build of good maps puts their hashes into the bundle', async () => {
    const { root, graphs } = project({ 'ms-102.json': MS102 });
    await viteBuild(root, graphs);
    const assets = join(root, 'dist', 'assets');
    const js = readdirSync(assets).filter((f) => f.endsWith('.js')).map((f) => readFileSync(join(assets, f), 'utf8')).join('\n');
    expect(js).toContain(createHash('sha256').update(MS102).digest('hex'));
  }, 60_000);
});
