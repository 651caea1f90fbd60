/** The figure groups `npm run bench` can run, in the order it runs them. */
export const GROUPS = ['routing', 'horizon', 'load', 'layout', 'bundle', 'browser'] as const;
export type Group = (typeof GROUPS)[number];

/** Sizes, repetitions and time limits of one run; `--quick` shrinks them to a smoke run of about a minute. */
export interface BenchOptions {
  readonly quick: boolean;
  readonly json: string | null;
  readonly groups: readonly Group[];
  /** Node counts of the generated maps routes are searched on. */
  readonly routeSizes: readonly number[];
  /** Node counts for k = 5 alternatives and prerequisite-complete plans. */
  readonly planSizes: readonly number[];
  /** Random reachable (source, target) pairs per size. */
  readonly pairs: number;
  /** Pairs for k = 5 alternatives and plans (each query is far slower than a route). */
  readonly heavyPairs: number;
  /** Timed passes over the pairs after a warm-up pass. */
  readonly passes: number;
  /** Seconds of cytoscape.js queries per size (its Dijkstra runs a full single-source search per call). */
  readonly cytoscapeBudgetS: number;
  /** Largest map cytoscape.js is built for (building 100,000 nodes took about 50 s in research/perf). */
  readonly cytoscapeMaxNodes: number;
  /** Node counts of the generated maps laid out (the default map is always laid out). */
  readonly layoutSizes: readonly number[];
  /** Seconds one layout figure (all its runs, in its own process) may take before it is killed. */
  readonly layoutTimeoutS: number;
  /** Timed layout runs per figure after the first (cold) one, as far as the time allows. */
  readonly layoutRuns: number;
  readonly loadRuns: number;
  /** Node count of the generated file timed by the load group. */
  readonly loadSize: number;
  /** Draw measurements per page in the browser group: the first cold, the rest warm. With five,
   * the same code's draw ratio read 1.45× in one full run and 1.24× over 16 rounds on this 2-core
   * machine; eleven hold the median steadier. */
  readonly drawRuns: number;
  /** Nodes of the generated map the browser group opens from a file (0: not measured). */
  readonly bigMapNodes: number;
}

const USAGE = `usage: npm run bench -- [--quick] [--json FILE] [--only ${GROUPS.join(',')}] [--layout-timeout S] [--cytoscape-max N]`;

/** Parses the command line; throws with the usage on anything it does not know. */
export function parseOptions(argv: readonly string[]): BenchOptions {
  let quick = false;
  let json: string | null = null;
  let groups: Group[] = [...GROUPS];
  let layoutTimeoutS: number | null = null;
  let cytoscapeMaxNodes: number | null = null;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => {
      const next = argv[++i];
      if (next === undefined) throw new Error(`bench: ${arg ?? ''} needs a value\n${USAGE}`);
      return next;
    };
    if (arg === '--quick') quick = true;
    else if (arg === '--json') json = value();
    else if (arg === '--only') groups = value().split(',').map(toGroup);
    else if (arg === '--layout-timeout') layoutTimeoutS = positive(value(), arg);
    else if (arg === '--cytoscape-max') cytoscapeMaxNodes = positive(value(), arg);
    else throw new Error(`bench: unknown argument "${arg ?? ''}"\n${USAGE}`);
  }
  const base = quick ? QUICK : FULL;
  return {
    ...base,
    quick,
    json,
    groups,
    layoutTimeoutS: layoutTimeoutS ?? base.layoutTimeoutS,
    cytoscapeMaxNodes: cytoscapeMaxNodes ?? base.cytoscapeMaxNodes,
  };
}

type Sizes = Omit<BenchOptions, 'quick' | 'json' | 'groups'>;

const FULL: Sizes = {
  routeSizes: [1000, 10_000, 100_000],
  planSizes: [1000, 10_000],
  pairs: 200,
  heavyPairs: 200,
  passes: 3,
  cytoscapeBudgetS: 15,
  cytoscapeMaxNodes: 10_000,
  layoutSizes: [300, 1000, 3000],
  layoutTimeoutS: 60,
  layoutRuns: 3,
  loadRuns: 10,
  loadSize: 10_000,
  drawRuns: 11,
  bigMapNodes: 20_000,
};

const QUICK: Sizes = {
  routeSizes: [1000, 10_000],
  planSizes: [1000],
  pairs: 40,
  heavyPairs: 20,
  passes: 1,
  cytoscapeBudgetS: 2,
  cytoscapeMaxNodes: 1000,
  layoutSizes: [300],
  layoutTimeoutS: 15,
  layoutRuns: 1,
  loadRuns: 3,
  loadSize: 10_000,
  drawRuns: 1,
  bigMapNodes: 0,
};

function toGroup(name: string): Group {
  const group = GROUPS.find((g) => g === name);
  if (group === undefined) throw new Error(`bench: unknown group "${name}"\n${USAGE}`);
  return group;
}

function positive(text: string, flag: string): number {
  const n = Number(text);
  if (!Number.isFinite(n) || n <= 0) throw new Error(`bench: ${flag} needs a positive number, got "${text}"\n${USAGE}`);
  return n;
}
