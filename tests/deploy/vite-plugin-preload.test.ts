import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import { afterEach, describe, expect, it } from 'vitest';
import { preloadFirstData } from '../../vite-plugin-preload';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('preloadFirstData', () => {
  it('preloads the named files and the built copy of a ?url data file, under the base, matching fetch()', async () => {
    const root = mkdtempSync(join(tmpdir(), 'pathwise-preload-'));
    dirs.push(root);
    writeFileSync(join(root, 'index.html'), '<html><head></head><body><script type="module" src="./main.js"></script></body></html>');
    writeFileSync(join(root, 'layout.json'), JSON.stringify({ big: 'x'.repeat(8000) }));
    writeFileSync(join(root, 'main.js'), "import url from './layout.json?url';\nvoid fetch(url);\n");
    await build({
      root,
      base: '/sub/',
      configFile: false,
      logLevel: 'silent',
      plugins: [preloadFirstData({ files: ['maps/a.json'], assets: ['layout.json'] })],
      build: { outDir: join(root, 'dist'), minify: false },
    });
    const html = readFileSync(join(root, 'dist', 'index.html'), 'utf8');
    const links = [...html.matchAll(/<link rel="preload"[^>]*>/g)].map((m) => m[0]);
    expect(links).toHaveLength(2);
    expect(links[0]).toBe('<link rel="preload" as="fetch" crossorigin="anonymous" href="/sub/maps/a.json">');
    expect(links[1]).toMatch(/^<link rel="preload" as="fetch" crossorigin="anonymous" href="\/sub\/assets\/layout-[\w-]+\.json">$/);
  }, 60_000);
});
