import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { runnerImport, type Plugin } from 'vite';
import type { DefaultsAdded } from './src/core/index.ts';

const GRAPH_DIR = resolve(import.meta.dirname, 'graph-data');
const CORE = resolve(import.meta.dirname, 'src/core/index.ts');

type Core = typeof import('./src/core/index.ts');
let core: Promise<Core> | undefined;

/**
 * The app's own loader, loaded through Vite's module runner when a build needs it: importing it
 * statically would bundle src/core into the config, which Vite's native config loader refuses.
 */
function loadCore(): Promise<Core> {
  core ??= runnerImport<Core>(CORE, { configFile: false, logLevel: 'silent' }).then((r) => r.module);
  return core;
}

/** The virtual module the app imports the build's map checks from (`mapChecks`). */
export const MAP_CHECKS_MODULE = 'virtual:pathwise-map-checks';
const RESOLVED_MAP_CHECKS = `\0${MAP_CHECKS_MODULE}`;

export interface ShippedMap {
  readonly file: string;
  readonly id: string;
  readonly title: string;
}

/** A shipped map the build ran through the full loader: the SHA-256 of its text and what the schema adds. */
export interface MapCheck {
  readonly sha256: string;
  readonly defaults: DefaultsAdded;
}

function shippedFiles(dir = GRAPH_DIR): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json') && f !== 'graph.schema.json')
    .sort();
}

function mapIndex(dir: string): ShippedMap[] {
  return shippedFiles(dir).map((file) => {
    const doc = JSON.parse(readFileSync(join(dir, file), 'utf8')) as { meta?: { id?: string; title?: string } };
    return { file: `maps/${file}`, id: doc.meta?.id ?? file, title: doc.meta?.title ?? file };
  });
}

/**
 * Runs one map's bytes through the full loader (UTF-8, parse, schema, integrity, repeated keys).
 * Throws with every problem, one `file:line:col  path  message` line each, when it does not load;
 * null when it loads but the schema changes more than adding defaults (it is then not trusted,
 * and the app validates it at start-up like any file).
 */
export async function checkShippedMap(file: string, bytes: Uint8Array): Promise<MapCheck | null> {
  const { decodeUtf8, defaultsAdded, formatProblem, validateGraphBytes } = await loadCore();
  const result = validateGraphBytes(bytes);
  if (!result.ok) {
    const lines = result.problems.map((p) => `  ${formatProblem(p, file)}`);
    throw new Error(`shipped map ${file} does not load (${String(result.problems.length)} problem${result.problems.length === 1 ? '' : 's'}):\n${lines.join('\n')}`);
  }
  const decoded = decodeUtf8(bytes);
  if (!decoded.ok) return null;
  const defaults = defaultsAdded(JSON.parse(decoded.text), result.file);
  return defaults === null ? null : { sha256: createHash('sha256').update(bytes).digest('hex'), defaults };
}

/** Every shipped map in `dir` checked, keyed by the path the app fetches it from (`maps/<file>`). */
export async function checkShippedMaps(dir = GRAPH_DIR): Promise<Record<string, MapCheck>> {
  const checks: Record<string, MapCheck> = {};
  for (const file of shippedFiles(dir)) {
    const check = await checkShippedMap(join(dir, file), readFileSync(join(dir, file)));
    if (check !== null) checks[`maps/${file}`] = check;
  }
  return checks;
}

/**
 * Serves the shipped maps in graph-data/ (or `dir`) at <base>maps/<file> (dev) and copies them into the build,
 * with /maps/index.json listing them, so the app can offer them and `?graph=maps/<file>` works.
 *
 * A build runs every shipped map through the full loader and fails with the loader's problems if
 * one is broken; `virtual:pathwise-map-checks` then holds each map's SHA-256, so start-up trusts
 * text that hashes the same instead of validating it again on the page's thread. The dev server
 * gives no hashes: there the files are edited while it runs, and nothing has checked the text it
 * serves, so every map goes through the loader and an edit shows its problems in the page.
 */
export function shippedMaps({ dir = GRAPH_DIR }: { readonly dir?: string } = {}): Plugin {
  let checks: Record<string, MapCheck> = {};
  let building = false;
  return {
    name: 'pathwise-shipped-maps',
    configResolved(config) {
      building = config.command === 'build';
    },
    async buildStart() {
      if (!building) return;
      try {
        checks = await checkShippedMaps(dir);
      } catch (error) {
        this.error(error instanceof Error ? error.message : String(error));
      }
    },
    resolveId(id) {
      return id === MAP_CHECKS_MODULE ? RESOLVED_MAP_CHECKS : null;
    },
    load(id) {
      return id === RESOLVED_MAP_CHECKS ? `export const mapChecks = ${JSON.stringify(building ? checks : {})};\n` : null;
    },
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const url = req.url?.split('?')[0] ?? '';
        const prefix = `${server.config.base}maps/`;
        if (!url.startsWith(prefix)) {
          next();
          return;
        }
        const name = url.slice(prefix.length);
        const body = name === 'index.json' ? JSON.stringify(mapIndex(dir)) : shippedFiles(dir).includes(name) ? readFileSync(join(dir, name)) : null;
        if (body === null) {
          next();
          return;
        }
        res.setHeader('Content-Type', 'application/json');
        res.end(body);
      });
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: 'maps/index.json', source: JSON.stringify(mapIndex(dir)) });
      for (const file of shippedFiles(dir)) {
        this.emitFile({ type: 'asset', fileName: `maps/${file}`, source: readFileSync(join(dir, file)) });
      }
    },
  };
}
