import { join } from 'node:path';
import { edgeMetrics, layoutGraph, loadGraphText, type EdgePath, type Layout } from '../src/core/index';
import { edgeFromLevel, levelOf } from '../src/features/canvas/level-of-detail';
import { runChild } from './child';
import { defaultMapText } from './graphs';
import { figure, type Baseline, type Figure } from './figures';
import type { LayoutEngine, LayoutInput, LayoutOutput } from './layout-child';
import type { BenchOptions } from './options';
import { median } from './stats';

type Log = (line: string) => void;
type Measured = { ok: true; warm: number; cold: number; size: string; runs: string } | { ok: false; reason: string };

const CHILD = join(import.meta.dirname, 'layout-child.ts');
const ENGINE_NAME: Record<LayoutEngine, string> = { pathwise: 'pathwise', elk: 'elkjs-layered', dagre: 'dagre-default' };

/**
 * Layout of the default map and generated maps: Pathwise's `layoutGraph` against elkjs's layered
 * layout on the same graphs, and plain dagre at 300 nodes. Every (engine, graph) runs in its own
 * process with a time limit, so one slow layout cannot hold up or crash the run.
 */
export async function benchLayout(options: BenchOptions, log: Log): Promise<Figure[]> {
  const figures: Figure[] = edgeFigures(log);
  const graphs: ('default' | number)[] = ['default', ...options.layoutSizes];
  for (const graph of graphs) {
    const engines: LayoutEngine[] = graph === 300 ? ['pathwise', 'elk', 'dagre'] : ['pathwise', 'elk'];
    const measured = new Map<LayoutEngine, Measured>();
    for (const engine of engines) {
      log(`layout: ${engine} on ${graph === 'default' ? 'the default map' : `${graph} nodes`} (own process, ${options.layoutTimeoutS} s limit)`);
      measured.set(engine, await measure(options, engine, graph));
    }
    const ours = measured.get('pathwise');
    const name = `layout.${graph}`;
    for (const [suffix, pick] of [['', 'warm'], ['.cold', 'cold']] as const) {
      const baseline = (engine: LayoutEngine): Baseline => {
        const m = measured.get(engine);
        return { name: ENGINE_NAME[engine], value: m?.ok === true ? m[pick] : null };
      };
      // Which runs each value comes from: "warm" is the median of the runs after the first, or
      // the first run alone when the time limit left room for no other.
      const runsOf = (engine: LayoutEngine) => {
        const m = measured.get(engine);
        if (m === undefined) return null;
        return `${ENGINE_NAME[engine]} ${m.ok ? (pick === 'cold' ? 'first run' : m.runs) : m.reason}`;
      };
      const value = ours?.ok === true ? ours[pick] : null;
      const size = ours?.ok === true ? `${ours.size}; ` : '';
      const notes = (peer: LayoutEngine) => size + [runsOf('pathwise'), runsOf(peer)].filter((n) => n !== null).join('; ');
      figures.push(figure(`${name}${suffix}`, value, 'ms', baseline('elk'), notes('elk')));
      if (engines.includes('dagre')) figures.push(figure(`${name}${suffix}.vs-dagre`, value, 'ms', baseline('dagre'), notes('dagre')));
    }
  }
  return figures;
}

async function measure(options: BenchOptions, engine: LayoutEngine, graph: 'default' | number): Promise<Measured> {
  const timeoutMs = options.layoutTimeoutS * 1000;
  const input: LayoutInput = { engine, graph, runs: options.layoutRuns, budgetMs: timeoutMs * 0.8 };
  const result = await runChild<LayoutOutput>(CHILD, input, timeoutMs);
  if (!result.ok) return { ok: false, reason: result.reason };
  const { coldMs, warmMs, nodes, edges } = result.value;
  const warm = warmMs.length > 0 ? median(warmMs) : coldMs;
  const runs = warmMs.length > 0 ? `median of ${warmMs.length} warm run${warmMs.length === 1 ? '' : 's'}` : 'first run only';
  return { ok: true, warm, cold: coldMs, size: `${nodes} nodes, ${edges} edges`, runs };
}

/**
 * Edge readability of the default map (LR, as a desktop opens it): crossings and total length of
 * the edge polylines (`edgeMetrics`), for the whole layout and for the edges drawn at rest in the
 * first view at 1440×900, beside the values measured on main at fd865fa, before career-path lanes
 * and levels of detail (same metric, same map; not re-measurable from this code, so kept here).
 */
const BEFORE_LANES = {
  all: { crossings: 1536, length: 264_165 },
  // Then the first view drew every edge but the skill edges (teaches, requires): 166 edges.
  firstView: { crossings: 655, length: 185_905 },
};
/** The zoom of the first view at 1440×900 (measured by tests/e2e/readability.e2e.ts). */
const FIRST_VIEW_ZOOM = 0.236;

function edgeFigures(log: Log): Figure[] {
  const loaded = loadGraphText(defaultMapText());
  if (!loaded.ok) throw new Error('bench: the default map does not load');
  const model = loaded.graph;
  const layout: Layout = layoutGraph({ nodes: model.nodes, edges: model.edges }, { direction: 'LR' });
  const level = levelOf(FIRST_VIEW_ZOOM);
  // What the canvas draws at rest at that level: no skill edges, and at far zoom only edges
  // between certifications whose names are drawn (edgeFromLevel, as the canvas).
  const drawn = (e: EdgePath) => e.kind !== 'teaches' && e.kind !== 'requires' && edgeFromLevel(model.byId.get(e.source), model.byId.get(e.target)) <= level;
  const all = edgeMetrics(layout);
  const first = edgeMetrics(layout, drawn);
  log(`layout: default map edges: ${String(all.edges)} laid out, ${String(first.edges)} drawn in the first view (level ${String(level)})`);
  const before = (value: number) => ({ name: 'before lanes (fd865fa)', value });
  return [
    figure('layout.default.crossings', all.crossings, 'count', before(BEFORE_LANES.all.crossings), `all ${String(all.edges)} edges, LR`),
    figure('layout.default.edge-length', all.length, 'px', before(BEFORE_LANES.all.length), `all ${String(all.edges)} edges, LR`),
    figure('layout.default.first-view.crossings', first.crossings, 'count', before(BEFORE_LANES.firstView.crossings), `${String(first.edges)} edges drawn at 1440×900 (166 before)`),
    figure('layout.default.first-view.edge-length', first.length, 'px', before(BEFORE_LANES.firstView.length), `${String(first.edges)} edges drawn at 1440×900 (166 before)`),
  ];
}
