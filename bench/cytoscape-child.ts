// The peer baseline for route queries, in its own process: cytoscape.js's Dijkstra on the same
// graph and weights. Its Dijkstra computes the whole single-source tree on each call.
import cytoscape from 'cytoscape';
import { performance } from 'node:perf_hooks';
import { serveChild } from './child';

export interface CytoscapeInput {
  readonly nodes: number;
  /** [from, to, weight] per progress step, the same weights findRoute searches by months. */
  readonly edges: readonly (readonly [number, number, number])[];
  readonly pairs: readonly (readonly [number, number])[];
  readonly budgetMs: number;
}

export interface CytoscapeOutput {
  readonly buildMs: number;
  /** Per-query milliseconds for the first pairs, as many as the budget allowed. */
  readonly times: readonly number[];
  /** Distance found per timed pair (for checking against findRoute's weight). */
  readonly distances: readonly number[];
}

serveChild((input: CytoscapeInput): CytoscapeOutput => {
  const start = performance.now();
  const elements: cytoscape.ElementDefinition[] = [];
  for (let i = 0; i < input.nodes; i++) elements.push({ group: 'nodes', data: { id: `n${i}` } });
  input.edges.forEach(([from, to, weight], e) => {
    elements.push({ group: 'edges', data: { id: `e${e}`, source: `n${from}`, target: `n${to}`, w: weight } });
  });
  const cy = cytoscape({ headless: true, elements });
  const buildMs = performance.now() - start;
  const weight = (edge: cytoscape.EdgeCollection) => edge.data('w') as number;
  const query = ([s, t]: readonly [number, number]) => {
    const result = cy.elements().dijkstra({ root: `#n${s}`, weight, directed: true });
    const target = cy.getElementById(`n${t}`);
    // Read the path too: a route query answers with the steps, not only the distance.
    result.pathTo(target);
    return result.distanceTo(target);
  };
  const [first] = input.pairs;
  if (first !== undefined) query(first);
  const times: number[] = [];
  const distances: number[] = [];
  const began = performance.now();
  for (const pair of input.pairs) {
    if (times.length >= 3 && performance.now() - began > input.budgetMs) break;
    const t0 = performance.now();
    distances.push(query(pair));
    times.push(performance.now() - t0);
  }
  return { buildMs, times, distances };
});
