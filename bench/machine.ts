import { cpus, loadavg, release, totalmem, type } from 'node:os';

export interface Machine {
  readonly cpu: string;
  readonly cores: number;
  readonly memoryGiB: number;
  readonly node: string;
  readonly os: string;
  /** 1-, 5- and 15-minute load averages when the run started and ended (the machine is shared). */
  readonly loadAverage: { readonly start: readonly number[]; end: readonly number[] };
}

/** What the figures were measured on; call `finish` at the end to record the closing load. */
export function describeMachine(): { machine: Machine; finish: () => void } {
  const cores = cpus();
  const loadAverage = { start: loadavg().map(round2), end: [] as readonly number[] };
  const machine: Machine = {
    cpu: cores[0]?.model.trim() ?? 'unknown',
    cores: cores.length,
    memoryGiB: round2(totalmem() / 2 ** 30),
    node: process.version,
    os: `${type()} ${release()}`,
    loadAverage,
  };
  return {
    machine,
    finish: () => {
      loadAverage.end = loadavg().map(round2);
    },
  };
}

function round2(n: number): number {
  return Math.round(n * 100) / 100;
}
