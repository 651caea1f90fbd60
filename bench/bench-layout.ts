import { join } from 'node:path';
import { runChild } from './child';
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
  const figures: Figure[] = [];
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
