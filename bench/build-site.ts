import { spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { layoutGraph, loadGraphText } from '../src/core/index';
import { BENCH_DIR, writeBenchFile } from './bench-dir';
import { defaultMapText, ROOT } from './graphs';

export const DIST = join(ROOT, 'dist');
export const BARE_FLOW_DIST = join(BENCH_DIR, 'bare-flow');
const BARE_FLOW_LAYOUT = join(BENCH_DIR, 'bare-flow-layout.json');

export type BuildResult = { readonly ok: true; readonly note: string } | { readonly ok: false; readonly reason: string };

/** Newest modification time (ms) of a file or of any file under a folder. */
function newest(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newest(join(path, name))));
}

/** Runs Vite's build; on failure the answer carries the last lines it printed. */
function viteBuild(args: readonly string[], env: NodeJS.ProcessEnv = process.env): Promise<BuildResult> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(ROOT, 'node_modules/vite/bin/vite.js'), 'build', ...args], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('close', (code) => {
      if (code === 0) resolve({ ok: true, note: 'built' });
      else resolve({ ok: false, reason: `vite build failed (exit ${code ?? '?'}): ${output.trim().split('\n').slice(-4).join(' | ')}` });
    });
  });
}

let site: Promise<BuildResult> | undefined;

/**
 * The production build in dist/, rebuilt with `vite build` when it is missing or older than the
 * sources (src/, graph-data/, index.html, vite.config.ts). `npm run build` would also rewrite the
 * generated default layout, which belongs to another part of the project, so it is not used here.
 */
export function ensureSite(log: (line: string) => void): Promise<BuildResult> {
  site ??= (async () => {
    const sources = Math.max(...['src', 'graph-data', 'index.html', 'vite.config.ts', 'package.json'].map((p) => newest(join(ROOT, p))));
    const built = existsSync(join(DIST, 'index.html')) ? statSync(join(DIST, 'index.html')).mtimeMs : 0;
    if (built >= sources) return { ok: true, note: 'dist/ was up to date' };
    log('build: dist/ is missing or older than the sources: vite build');
    const result = await viteBuild([]);
    return result.ok ? { ok: true, note: 'dist/ rebuilt by the bench' } : result;
  })();
  return site;
}

let bare: Promise<BuildResult> | undefined;

/**
 * The baseline page: React Flow alone drawing the default map's laid-out nodes with its default
 * node and edge components (bench/bare-flow), built into .bench/bare-flow. The layout is computed
 * here with Pathwise's layoutGraph and compiled into the page, as the app ships its own.
 */
export function ensureBareFlow(log: (line: string) => void): Promise<BuildResult> {
  bare ??= (async () => {
    const written = writeBareFlowLayout(BARE_FLOW_LAYOUT);
    if (!written.ok) return written;
    log('build: bare React Flow page (bench/bare-flow) into .bench/bare-flow');
    return viteBuild(['--config', join(ROOT, 'bench/bare-flow/vite.config.ts')], { ...process.env, BARE_FLOW_LAYOUT });
  })();
  return bare;
}

/**
 * Lays out the default map with Pathwise's layoutGraph and writes what the bare page draws to
 * `file`, creating its folder (absent on a fresh clone).
 */
export function writeBareFlowLayout(file: string): BuildResult {
  const loaded = loadGraphText(defaultMapText());
  if (!loaded.ok) return { ok: false, reason: 'the default map does not load' };
  const layout = layoutGraph({ nodes: loaded.graph.nodes, edges: loaded.graph.edges }, { direction: 'LR' });
  const labels = new Map(loaded.graph.nodes.map((n) => [n.id, n.label]));
  const page = {
    nodes: layout.nodes.map((n) => ({ id: n.id, x: n.x, y: n.y, width: n.width, height: n.height, label: labels.get(n.id) ?? n.id })),
    edges: layout.edges.map((e) => ({ id: e.key, source: e.source, target: e.target })),
  };
  writeBenchFile(file, JSON.stringify(page));
  return { ok: true, note: `${page.nodes.length} nodes` };
}
