#!/usr/bin/env node
// The `pathwise` command. In the repository it runs the TypeScript source through tsx, so changes need
// no build step; an installed package has no src/ and runs the compiled lib/cli/cli.js on plain Node.
import { existsSync } from 'node:fs';

const source = new URL('../src/cli/main.ts', import.meta.url);
let tsx = null;
if (existsSync(source)) tsx = await import('tsx/esm/api').catch(() => null);
if (tsx === null) {
  await import('../lib/cli/cli.js');
} else {
  tsx.register();
  await import(source.href);
}
