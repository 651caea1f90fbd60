// The npm package as a user gets it: `npm pack` (which compiles lib/ through the prepack script),
// then the tarball installed into an empty folder outside the repository, then its `pathwise` command
// and its library used from there. Nothing here runs the repository's sources.
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const NPM = process.platform === 'win32' ? 'npm.cmd' : 'npm';

function run(command: string, args: readonly string[], cwd: string): SpawnSyncReturns<string> {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', timeout: 240_000, env: { ...process.env, npm_config_update_notifier: 'false' } });
  if (result.error !== undefined) throw result.error;
  return result;
}

/** `npx pathwise …` in the consumer folder, as an author would type it. */
function pathwise(cwd: string, ...args: string[]) {
  return run('npx', ['--no-install', 'pathwise', ...args], cwd);
}

// The author's own map in their own repository (not one the package ships).
const OWN_MAP = {
  schemaVersion: 1,
  meta: { id: 'own-map', title: 'Own map', lastVerified: '2026-12-01' },
  nodes: [
    { id: 'helpdesk', kind: 'role', label: 'Helpdesk analyst', seniority: 'entry' },
    { id: 'sysadmin', kind: 'role', label: 'Systems administrator', seniority: 'mid' },
    { id: 'architect', kind: 'role', label: 'Cloud architect', seniority: 'senior' },
  ],
  edges: [
    { source: 'helpdesk', target: 'sysadmin', kind: 'leads-to', months: 18 },
    { source: 'sysadmin', target: 'architect', kind: 'leads-to', months: 30 },
  ],
};

let work = '';
let consumer = '';
let packed: { filename: string; files: { path: string }[] };

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'pathwise-pack-'));
  const pack = run(NPM, ['pack', '--json', '--pack-destination', work], ROOT);
  expect(pack.status, pack.stderr).toBe(0);
  // prepack prints tsup's log before the JSON.
  const json = pack.stdout.slice(pack.stdout.indexOf('[\n'));
  packed = (JSON.parse(json) as (typeof packed)[])[0] as typeof packed;

  consumer = join(work, 'consumer');
  run('mkdir', ['-p', consumer], work);
  writeFileSync(join(consumer, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
  writeFileSync(join(consumer, 'own-map.json'), JSON.stringify(OWN_MAP, null, 2));
  const install = run(NPM, ['install', '--prefer-offline', '--no-audit', '--no-fund', join(work, packed.filename)], consumer);
  expect(install.status, install.stderr).toBe(0);
}, 300_000);

afterAll(() => {
  if (work !== '') rmSync(work, { recursive: true, force: true });
}, 120_000);

// Each command starts Node and npx; on a loaded 2-core machine one takes seconds.
describe('npm package', { timeout: 90_000 }, () => {
  it('holds the compiled CLI and library, the types, the schema and the shipped maps, and no sources', () => {
    const files = packed.files.map((f) => f.path).sort();
    for (const needed of ['bin/pathwise.js', 'lib/cli/cli.js', 'lib/core/index.js', 'lib/core/index.d.ts', 'graph-data/graph.schema.json', 'graph-data/ms-102.json', 'package.json']) {
      expect(files).toContain(needed);
    }
    expect(files.filter((f) => f.startsWith('src/') || f.startsWith('tests/') || f.endsWith('.ts') && !f.endsWith('.d.ts'))).toEqual([]);
  });

  it('installs without tsx or the app-only dependencies (React, React Flow)', () => {
    for (const absent of ['tsx', 'react', '@xyflow/react', 'vite']) {
      expect(existsSync(join(consumer, 'node_modules', absent)), absent).toBe(false);
    }
    expect(existsSync(join(consumer, 'node_modules/pathwise/src'))).toBe(false);
  });

  it('pathwise --version prints the package version', () => {
    const version = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
    const result = pathwise(consumer, '--version');
    expect(result.status).toBe(0);
    expect(result.stdout).toBe(`${version}\n`);
  });

  it('pathwise validate checks the author’s own map, and names the line of a mistake', () => {
    const ok = pathwise(consumer, 'validate', 'own-map.json');
    expect(ok.stderr).toBe('');
    expect(ok.stdout).toBe('own-map.json: ok (3 nodes, 2 edges)\n');
    expect(ok.status).toBe(0);

    const broken = JSON.stringify(OWN_MAP, null, 2).replace('"target": "architect"', '"target": "archtect"');
    writeFileSync(join(consumer, 'broken.json'), broken);
    const bad = pathwise(consumer, 'validate', 'broken.json');
    expect(bad.status).toBe(1);
    expect(bad.stdout + bad.stderr).toContain('broken.json:37:7  edges[1].target  unknown node "archtect" (did you mean "architect"?)');
  });

  it('pathwise route finds a route on the author’s map and on the shipped MS-102 map', () => {
    const own = pathwise(consumer, 'route', 'helpdesk', 'architect', '--graph', 'own-map.json');
    expect(own.status, own.stderr).toBe(0);
    expect(own.stdout).toContain('Route to Cloud architect, by least time:');
    expect(own.stdout).toContain('start  Helpdesk analyst [role]');
    expect(own.stdout).toContain('1. Systems administrator [role]');
    expect(own.stdout).toContain('2. Cloud architect [role]');
    expect(own.stdout).toContain('Total: 2 steps, 48 months');

    const shipped = pathwise(consumer, 'route', 'MS-102', 'AZ-104', '--by', 'steps');
    expect(shipped.status, shipped.stderr).toBe(0);
    expect(shipped.stdout).toContain('Route to AZ-104 Azure Administrator, by fewest steps:');
    expect(shipped.stdout).toContain('Total: 1 step');
  });

  it('exports the core with types: load, validate, route, layout and render work from plain Node and type-check', () => {
    writeFileSync(
      join(consumer, 'use.ts'),
      `import { findRoute, layoutGraph, loadGraphText, renderSvg, type RouteResult } from 'pathwise';

const loaded = loadGraphText(${JSON.stringify(JSON.stringify(OWN_MAP))});
if (!loaded.ok) throw new Error('invalid');
const bad = loadGraphText('{"schemaVersion": 1}');
const result: RouteResult = findRoute(loaded.graph, 'helpdesk', 'architect', { by: 'months' });
const layout = layoutGraph({ nodes: loaded.graph.nodes, edges: loaded.graph.edges });
const svg = renderSvg({ nodes: loaded.graph.byId, layout, theme: 'light', legend: false, title: 'Own', date: '2026-12-02' });
console.log(JSON.stringify({
  badOk: bad.ok,
  route: result.ok ? result.route.steps.map((s) => s.id) : null,
  laidOut: layout.nodes.length,
  svg: svg.includes('<svg xmlns="http://www.w3.org/2000/svg"') && svg.includes('Cloud architect'),
}));
`,
    );
    writeFileSync(
      join(consumer, 'tsconfig.json'),
      JSON.stringify({ compilerOptions: { module: 'nodenext', moduleResolution: 'nodenext', target: 'es2023', strict: true, noEmit: true, types: [], skipLibCheck: true }, files: ['use.ts'] }),
    );
    const tsc = run(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', '.'], consumer);
    expect(tsc.stdout + tsc.stderr).toBe('');
    expect(tsc.status).toBe(0);

    // The same code as JavaScript on plain Node 20 (which cannot strip types).
    const js = readFileSync(join(consumer, 'use.ts'), 'utf8').replace(', type RouteResult', '').replace(': RouteResult', '');
    writeFileSync(join(consumer, 'use.mjs'), js);
    const node = run(process.execPath, ['use.mjs'], consumer);
    expect(node.stderr).toBe('');
    expect(JSON.parse(node.stdout)).toEqual({ badOk: false, route: ['helpdesk', 'sysadmin', 'architect'], laidOut: 3, svg: true });
  }, 180_000);
});
