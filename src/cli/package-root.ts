import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The folder of the `pathwise` package: the repository when run from source (src/cli/), the installed
 * package when run from the compiled CLI (lib/, where the bundler may put this code in any chunk).
 * Found by walking up to the package.json named "pathwise", so neither layout is hard-coded.
 */
function findPackageRoot(): { root: string; version: string } {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest)) {
      const pkg = JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string; version?: string };
      if (pkg.name === 'pathwise') return { root: dir, version: pkg.version ?? '0.0.0' };
    }
    const parent = resolve(dir, '..');
    if (parent === dir) throw new Error('pathwise: cannot find its own package.json above ' + fileURLToPath(import.meta.url));
    dir = parent;
  }
}

let found: { root: string; version: string } | undefined;

/** The package folder (holds graph-data/ with the shipped maps and graph.schema.json). */
export function packageRoot(): string {
  found ??= findPackageRoot();
  return found.root;
}

/** The package version from package.json, for `pathwise --version`. */
export function packageVersion(): string {
  found ??= findPackageRoot();
  return found.version;
}
