import { progressDirection, type PathwiseGraph } from '../src/core/index';

/** The progress graph of a model as compressed sparse rows, built here independently of core/routing. */
export interface FloorGraph {
  readonly ids: readonly string[];
  readonly index: ReadonlyMap<string, number>;
  readonly offsets: Int32Array;
  readonly targets: Int32Array;
}

/** Every data edge in the direction people progress (`requires` walked backward), as CSR. */
export function floorGraph(model: PathwiseGraph): FloorGraph {
  const ids = model.nodes.map((n) => n.id);
  const index = new Map(ids.map((id, i) => [id, i]));
  const from: number[] = [];
  const to: number[] = [];
  // The edge list, not graphology's graph: building that took seconds at 100,000 nodes.
  for (const edge of model.edges) {
    const [a, b] = progressDirection(edge.kind) === 'forward' ? [edge.source, edge.target] : [edge.target, edge.source];
    const i = index.get(a);
    const j = index.get(b);
    if (i === undefined || j === undefined || i === j) continue;
    from.push(i);
    to.push(j);
  }
  const offsets = new Int32Array(ids.length + 1);
  for (const i of from) offsets[i + 1] = (offsets[i + 1] ?? 0) + 1;
  for (let i = 0; i < ids.length; i++) offsets[i + 1] = (offsets[i + 1] ?? 0) + (offsets[i] ?? 0);
  const fill = offsets.slice(0, ids.length);
  const targets = new Int32Array(from.length);
  from.forEach((i, e) => {
    const slot = fill[i] ?? 0;
    targets[slot] = to[e] ?? 0;
    fill[i] = slot + 1;
  });
  return { ids, index, offsets, targets };
}

/**
 * The practical floor of a route query: a plain unidirectional BFS over the CSR arrays, stopping at
 * the target. Visited marks are stamped per query, so nothing is cleared between queries.
 * Returns the number of steps, or -1 when the target cannot be reached.
 */
export function floorBfs(g: FloorGraph): (source: number, target: number) => number {
  const n = g.ids.length;
  const seen = new Uint32Array(n);
  const depth = new Int32Array(n);
  const queue = new Int32Array(n);
  const { offsets, targets } = g;
  let stamp = 0;
  return (source, target) => {
    stamp++;
    let head = 0;
    let tail = 0;
    queue[tail++] = source;
    seen[source] = stamp;
    depth[source] = 0;
    while (head < tail) {
      const v = queue[head++] as number;
      if (v === target) return depth[v] as number;
      const d = (depth[v] as number) + 1;
      const end = offsets[v + 1] as number;
      for (let e = offsets[v] as number; e < end; e++) {
        const w = targets[e] as number;
        if (seen[w] !== stamp) {
          seen[w] = stamp;
          depth[w] = d;
          queue[tail++] = w;
        }
      }
    }
    return -1;
  };
}
