import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** Where the bench keeps what it builds and writes (git-ignored); absent on a fresh clone. */
export const BENCH_DIR = join(import.meta.dirname, '..', '.bench');

/**
 * Writes a file the bench produces, creating its folders first: on a fresh clone `.bench/` does not
 * exist, and a bare `writeFileSync` there failed the bundle and browser groups with ENOENT. Every
 * file the bench writes goes through here (tests/bench/bench-dir.test.ts checks it).
 */
export function writeBenchFile(file: string, text: string): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
}
