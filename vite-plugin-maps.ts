import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';

const GRAPH_DIR = resolve(import.meta.dirname, 'graph-data');

export interface ShippedMap {
  readonly file: string;
  readonly id: string;
  readonly title: string;
}

function shippedFiles(): string[] {
  return readdirSync(GRAPH_DIR)
    .filter((f) => f.endsWith('.json') && f !== 'graph.schema.json')
    .sort();
}

function mapIndex(): ShippedMap[] {
  return shippedFiles().map((file) => {
    const doc = JSON.parse(readFileSync(join(GRAPH_DIR, file), 'utf8')) as { meta?: { id?: string; title?: string } };
    return { file: `maps/${file}`, id: doc.meta?.id ?? file, title: doc.meta?.title ?? file };
  });
}

/**
 * Serves the shipped maps in graph-data/ at <base>maps/<file> (dev) and copies them into the build,
 * with /maps/index.json listing them, so the app can offer them and `?graph=maps/<file>` works.
 */
export function shippedMaps(): Plugin {
  return {
    name: 'pathwise-shipped-maps',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const url = req.url?.split('?')[0] ?? '';
        const prefix = `${server.config.base}maps/`;
        if (!url.startsWith(prefix)) {
          next();
          return;
        }
        const name = url.slice(prefix.length);
        const body = name === 'index.json' ? JSON.stringify(mapIndex()) : shippedFiles().includes(name) ? readFileSync(join(GRAPH_DIR, name)) : null;
        if (body === null) {
          next();
          return;
        }
        res.setHeader('Content-Type', 'application/json');
        res.end(body);
      });
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: 'maps/index.json', source: JSON.stringify(mapIndex()) });
      for (const file of shippedFiles()) {
        this.emitFile({ type: 'asset', fileName: `maps/${file}`, source: readFileSync(join(GRAPH_DIR, file)) });
      }
    },
  };
}
