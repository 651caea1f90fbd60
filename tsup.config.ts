import { defineConfig } from 'tsup';

/**
 * The npm package's compiled JavaScript (lib/): the `pathwise` CLI and the core library with its
 * type declarations. Dependencies stay external (npm installs them); the CLI's commands are split
 * into chunks loaded on demand, so `pathwise --version` loads almost nothing.
 */
export default defineConfig([
  {
    entry: { index: 'src/core/index.ts' },
    outDir: 'lib/core',
    format: ['esm'],
    target: 'node20',
    platform: 'neutral',
    tsconfig: 'tsconfig.app.json',
    // tsup's declaration build sets baseUrl, which TypeScript 6 flags as deprecated.
    dts: { compilerOptions: { ignoreDeprecations: '6.0' } },
    clean: true,
  },
  {
    entry: { cli: 'src/cli/main.ts' },
    outDir: 'lib/cli',
    format: ['esm'],
    target: 'node20',
    platform: 'node',
    tsconfig: 'tsconfig.node.json',
    splitting: true,
    clean: true,
  },
]);
