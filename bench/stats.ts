import { performance } from 'node:perf_hooks';

/** The middle value (the mean of the two middle ones for an even count); NaN for none. */
export function median(values: readonly number[]): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** Nearest-rank percentile (p in 0..100); NaN for none. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length)));
  return sorted[rank - 1] as number;
}

/** Milliseconds one call of `run` takes. */
export function timeMs(run: () => unknown): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

/** Milliseconds one awaited call of `run` takes. */
export async function timeMsAsync(run: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await run();
  return performance.now() - start;
}

/** Per-query times of several passes: the median over passes of each pass's median and p95. */
export interface PassSummary {
  readonly median: number;
  readonly p95: number;
  readonly max: number;
}

export function summarisePasses(passes: readonly (readonly number[])[]): PassSummary {
  return {
    median: median(passes.map((times) => median(times))),
    p95: median(passes.map((times) => percentile(times, 95))),
    max: Math.max(...passes.flat()),
  };
}
