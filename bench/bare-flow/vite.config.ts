// The baseline page of the browser figures: React Flow alone, default components, the default
// map's layout compiled in (bench/build-site.ts writes it and passes its path in BARE_FLOW_LAYOUT).
import react from '@vitejs/plugin-react';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig } from 'vite';

const layoutFile = process.env.BARE_FLOW_LAYOUT;

export default defineConfig({
  root: import.meta.dirname,
  base: './',
  plugins: [react()],
  define: { __BARE_FLOW_LAYOUT__: layoutFile === undefined ? '{"nodes":[],"edges":[]}' : readFileSync(layoutFile, 'utf8') },
  build: { outDir: resolve(import.meta.dirname, '../../.bench/bare-flow'), emptyOutDir: true },
});
