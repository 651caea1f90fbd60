import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { BARE_FLOW_DIST, DIST, ensureBareFlow, ensureSite } from './build-site';
import { figure, missing, type Baseline, type Figure } from './figures';
import type { BenchOptions } from './options';

interface Sizes {
  readonly raw: number;
  readonly gzip: number;
  readonly files: number;
}

/**
 * Bytes of the production build: all JS and all CSS (raw and gzip, node:zlib at its default
 * level), and the JS a first visit loads, read from dist/index.html's module script and
 * modulepreload tags. Compared with the bare React Flow page where it was built.
 */
export async function benchBundle(_options: BenchOptions, log: (line: string) => void): Promise<Figure[]> {
  const built = await ensureSite(log);
  if (!built.ok) return [missing('bundle.js.gzip', 'bytes', built.reason)];
  const bare = await ensureBareFlow(log);
  const bareInitial = bare.ok ? initialFiles(BARE_FLOW_DIST) : null;
  const baseline = (pick: (s: Sizes) => number, sizes: Sizes | null): Baseline => ({ name: 'bare-react-flow', value: sizes === null ? null : pick(sizes) });
  const all = allFiles(DIST);
  const js = sizesOf(all.filter((f) => extname(f) === '.js'));
  const css = sizesOf(all.filter((f) => extname(f) === '.css'));
  const initial = initialFiles(DIST);
  const initialJs = sizesOf(initial.js);
  const initialCss = sizesOf(initial.css);
  const bareJs = bareInitial === null ? null : sizesOf(bareInitial.js);
  const bareCss = bareInitial === null ? null : sizesOf(bareInitial.css);
  const bareNote = bare.ok ? '' : `; baseline not built: ${bare.reason}`;
  const list = (files: readonly string[]) => files.map((f) => relative(DIST, f)).join(', ');
  return [
    figure('bundle.js.raw', js.raw, 'bytes', null, `${js.files} files; ${built.note}`),
    figure('bundle.js.gzip', js.gzip, 'bytes'),
    figure('bundle.css.raw', css.raw, 'bytes', null, `${css.files} files`),
    figure('bundle.css.gzip', css.gzip, 'bytes'),
    figure('bundle.js.initial.raw', initialJs.raw, 'bytes', baseline((s) => s.raw, bareJs), `first load: ${list(initial.js)}${bareNote}`),
    figure('bundle.js.initial.gzip', initialJs.gzip, 'bytes', baseline((s) => s.gzip, bareJs)),
    figure('bundle.css.initial.gzip', initialCss.gzip, 'bytes', baseline((s) => s.gzip, bareCss)),
  ];
}

function allFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? allFiles(path) : [path];
  });
}

function sizesOf(files: readonly string[]): Sizes {
  let raw = 0;
  let gzip = 0;
  for (const file of files) {
    const bytes = readFileSync(file);
    raw += bytes.length;
    gzip += gzipSync(bytes).length;
  }
  return { raw, gzip, files: files.length };
}

/** The JS and CSS files index.html makes the browser fetch before anything runs. */
function initialFiles(dir: string): { js: string[]; css: string[] } {
  const html = readFileSync(join(dir, 'index.html'), 'utf8');
  const attr = (tag: string, name: string) => new RegExp(`\\b${name}="([^"]+)"`).exec(tag)?.[1] ?? null;
  const tags = html.match(/<(script|link)\b[^>]*>/g) ?? [];
  const js = new Set<string>();
  const css = new Set<string>();
  for (const tag of tags) {
    const isScript = tag.startsWith('<script') && /type="module"/.test(tag);
    const rel = attr(tag, 'rel');
    const href = isScript ? attr(tag, 'src') : rel === 'modulepreload' || rel === 'stylesheet' ? attr(tag, 'href') : null;
    if (href === null || /^[a-z]+:/i.test(href)) continue;
    const file = join(dir, href.replace(/^\.?\//, ''));
    if (!existsSync(file)) continue;
    (rel === 'stylesheet' ? css : js).add(file);
  }
  return { js: [...js], css: [...css] };
}
