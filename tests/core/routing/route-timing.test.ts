import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { describe, expect, it } from 'vitest';
import { findRoute, loadGraphText, progressGraph, type PathwiseGraph, type ProgressGraph } from '../../../src/core/index';
import { graphFromTable, type EdgeRow } from './route-fixture';

/**
 * Timings, printed and never asserted (the machine is shared): a route by months on the shipped map
 * and on a generated 10,000-node map, k = 5 alternatives there, against a typed-array BFS baseline.
 * Run with `PATHWISE_TIMING=1 npx vitest run tests/core/routing/route-timing.test.ts`.
 */
const enabled = process.env.PATHWISE_TIMING === '1';

/** A layered random career map: 50 % certifications, 25 % roles, 25 % skills, 1–4 edges per node, a few back edges. */
function randomMap(n: number, seed: number): PathwiseGraph {
  let state = seed >>> 0;
  const random = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), state | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const ranks = 10;
  const ids = Array.from({ length: n }, (_, i) => (i % 4 === 2 ? `role-${i}` : i % 4 === 3 ? `skill-${i}` : `c-${i}`));
  const rankOf = (i: number) => Math.floor((i / n) * ranks);
  const byRank: number[][] = Array.from({ length: ranks }, () => []);
  ids.forEach((_, i) => byRank[rankOf(i)]?.push(i));
  const rows: EdgeRow[] = [];
  const seen = new Set<string>();
  ids.forEach((from, i) => {
    const degree = 1 + Math.floor(random() * 4);
    for (let d = 0; d < degree; d++) {
      const back = random() < 0.03;
      const rank = back ? Math.floor(random() * (rankOf(i) + 1)) : Math.min(ranks - 1, rankOf(i) + 1 + Math.floor(random() * 2));
      const layer = byRank[rank] ?? [];
      const to = ids[layer[Math.floor(random() * layer.length)] ?? i] ?? from;
      if (to === from || seen.has(`${from}|${to}`) || seen.has(`${to}|${from}`)) continue;
      seen.add(`${from}|${to}`);
      const months = random() < 0.8 ? 1 + Math.floor(random() * 12) : null;
      const cost = to.startsWith('c-') ? 99 + Math.floor(random() * 230) : null;
      if (to.startsWith('skill-')) rows.push([from, to, from.startsWith('c-') ? 'teaches' : 'recommends', months, cost]);
      else if (to.startsWith('role-')) {
        // "role requires skill" is written against progress.
        if (from.startsWith('skill-')) rows.push([to, from, 'requires', months, cost]);
        else rows.push([from, to, 'leads-to', months, cost]);
      } else rows.push([from, to, 'recommends', months, cost]);
    }
  });
  return graphFromTable(rows, { isolated: ids });
}

/** The baseline: BFS on a CSR adjacency in typed arrays, early exit at the target. */
function typedBfs(pg: ProgressGraph): (from: string, to: string) => number {
  const ids = pg.graph.nodes();
  const index = new Map(ids.map((id, i) => [id, i]));
  const offsets = new Int32Array(ids.length + 1);
  const targets = new Int32Array(pg.graph.size);
  let k = 0;
  ids.forEach((id, i) => {
    offsets[i] = k;
    pg.graph.forEachOutNeighbor(id, (next) => {
      targets[k++] = index.get(next) ?? 0;
    });
  });
  offsets[ids.length] = k;
  const depth = new Int32Array(ids.length);
  const queue = new Int32Array(ids.length);
  return (from, to) => {
    depth.fill(-1);
    const s = index.get(from) ?? 0;
    const t = index.get(to) ?? 0;
    let head = 0;
    let tail = 0;
    queue[tail++] = s;
    depth[s] = 0;
    while (head < tail) {
      const v = queue[head++] ?? 0;
      if (v === t) return depth[v] ?? -1;
      for (let e = offsets[v] ?? 0; e < (offsets[v + 1] ?? 0); e++) {
        const w = targets[e] ?? 0;
        if (depth[w] === -1) {
          depth[w] = (depth[v] ?? 0) + 1;
          queue[tail++] = w;
        }
      }
    }
    return -1;
  };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

function time(run: () => unknown): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

const ms = (n: number) => `${n.toFixed(2)} ms`;

describe.runIf(enabled)('route timings (printed, not asserted)', () => {
  it('on the shipped map', () => {
    const loaded = loadGraphText(readFileSync(resolve(import.meta.dirname, '../../../graph-data/ms-102.json'), 'utf8'));
    if (!loaded.ok) throw new Error('map does not load');
    const model = loaded.graph;
    const build = time(() => progressGraph(model));
    const query = () => findRoute(model, 'role-m365-administrator', 'role-cloud-solutions-architect', { by: 'months' });
    expect(query().ok).toBe(true);
    const warm = median(Array.from({ length: 200 }, () => time(query)));
    const k5 = median(Array.from({ length: 50 }, () => time(() => findRoute(model, 'role-m365-administrator', 'role-cloud-solutions-architect', { alternatives: 5 }))));
    console.log(`shipped map (${model.nodes.length} nodes, ${model.edges.length} edges): progress graph ${ms(build)}, route by months ${ms(warm)} (median of 200), k=5 ${ms(k5)} (median of 50)`);
  });

  it('on a generated 10,000-node map', () => {
    let model: PathwiseGraph | undefined;
    const generate = time(() => (model = randomMap(10_000, 7)));
    if (model === undefined) throw new Error('no model');
    const m = model;
    const build = time(() => progressGraph(m));
    const bfs = typedBfs(progressGraph(m));
    // Pairs from the first ranks to the last ones that have a path.
    const pairs: [string, string][] = [];
    for (let i = 0; pairs.length < 20 && i < 400; i++) {
      const from = m.nodes[(i * 37) % 1000]?.id ?? '';
      const to = m.nodes[9000 + ((i * 53) % 1000)]?.id ?? '';
      if (bfs(from, to) > 0) pairs.push([from, to]);
    }
    const cases = pairs.map(([from, to]) => ({
      bfs: time(() => bfs(from, to)),
      steps: time(() => findRoute(m, from, to, { by: 'steps', requirements: false })),
      months: time(() => findRoute(m, from, to, { by: 'months', requirements: false })),
      k5: time(() => findRoute(m, from, to, { by: 'months', alternatives: 5, requirements: false })),
      hops: bfs(from, to),
    }));
    const pick = (key: 'bfs' | 'steps' | 'months' | 'k5') => median(cases.map((c) => c[key]));
    console.log(
      [
        `10,000-node map (${m.edges.length} edges): generated and loaded in ${ms(generate)}, progress graph ${ms(build)}`,
        `  ${cases.length} pairs, median hops ${median(cases.map((c) => c.hops))}; medians:`,
        `  typed-array BFS ${ms(pick('bfs'))}, route by steps ${ms(pick('steps'))}, by months ${ms(pick('months'))}, k=5 alternatives by months ${ms(pick('k5'))}`,
        `  max: by months ${ms(Math.max(...cases.map((c) => c.months)))}, k=5 ${ms(Math.max(...cases.map((c) => c.k5)))}`,
      ].join('\n'),
    );
    expect(cases.length).toBeGreaterThan(0);
  });
});
