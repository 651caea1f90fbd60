// One layout figure in its own process (killed by the parent when it runs out of time): Pathwise's
// layoutGraph, elkjs's layered layout or plain dagre, on the default map or a generated one.
import dagre from '@dagrejs/dagre';
import ELK from 'elkjs/lib/elk.bundled.js';
import { performance } from 'node:perf_hooks';
import { layoutGraph, loadGraphText, NODE_SIZE, type PathwiseGraph } from '../src/core/index';
import { serveChild } from './child';
import { careerFile, defaultMapText, modelOf } from './graphs';

export type LayoutEngine = 'pathwise' | 'elk' | 'dagre';

export interface LayoutInput {
  readonly engine: LayoutEngine;
  /** 'default' for the default map, else the node count of a generated map. */
  readonly graph: 'default' | number;
  /** Timed runs wanted after the first (cold) one. */
  readonly runs: number;
  /** No further run starts when it would likely end after this many ms from the start. */
  readonly budgetMs: number;
}

export interface LayoutOutput {
  readonly nodes: number;
  readonly edges: number;
  readonly coldMs: number;
  readonly warmMs: readonly number[];
}

serveChild(async (input: LayoutInput): Promise<LayoutOutput> => {
  const started = performance.now();
  const model = input.graph === 'default' ? defaultModel() : modelOf(careerFile(input.graph));
  const { run, nodes, edges } = engine(input.engine, model);
  const timeRun = async () => {
    const t0 = performance.now();
    await run();
    return performance.now() - t0;
  };
  const coldMs = await timeRun();
  const warmMs: number[] = [];
  while (warmMs.length < input.runs) {
    const last = warmMs[warmMs.length - 1] ?? coldMs;
    if (performance.now() - started + last > input.budgetMs) break;
    warmMs.push(await timeRun());
  }
  return { nodes, edges, coldMs, warmMs };
});

function defaultModel(): PathwiseGraph {
  const loaded = loadGraphText(defaultMapText());
  if (!loaded.ok) throw new Error(`default map does not load: ${loaded.problems[0]?.message ?? ''}`);
  return loaded.graph;
}

/** The layout to time, and the size of what it lays out (tracks are not drawn, so not laid out). */
function engine(name: LayoutEngine, model: PathwiseGraph): { run: () => Promise<unknown>; nodes: number; edges: number } {
  const boxes = model.nodes.flatMap((n) => (n.kind === 'track' ? [] : [{ id: n.id, ...NODE_SIZE[n.kind] }]));
  const drawn = new Set(boxes.map((b) => b.id));
  const links = model.edges.filter((e) => e.source !== e.target && drawn.has(e.source) && drawn.has(e.target));
  const size = { nodes: boxes.length, edges: links.length };
  switch (name) {
    case 'pathwise':
      return { ...size, run: () => Promise.resolve(layoutGraph({ nodes: model.nodes, edges: model.edges }, { direction: 'LR' })) };
    case 'elk': {
      const elk = new ELK();
      return {
        ...size,
        run: () =>
          elk.layout({
            id: 'root',
            layoutOptions: { 'elk.algorithm': 'layered', 'elk.direction': 'RIGHT' },
            children: boxes.map((b) => ({ id: b.id, width: b.width, height: b.height })),
            edges: links.map((e, i) => ({ id: `e${i}`, sources: [e.source], targets: [e.target] })),
          }),
      };
    }
    case 'dagre':
      return {
        ...size,
        run: () => {
          // Plain dagre as anyone would first try it: a fresh graph, default settings.
          const g = new dagre.graphlib.Graph();
          g.setGraph({});
          g.setDefaultEdgeLabel(() => ({}));
          for (const b of boxes) g.setNode(b.id, { width: b.width, height: b.height });
          for (const e of links) g.setEdge(e.source, e.target);
          dagre.layout(g);
          return Promise.resolve(g);
        },
      };
  }
}
