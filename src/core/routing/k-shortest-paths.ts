import { pairKey } from './progress-graph';
import type { FoundPath } from './shortest-path';

/**
 * Finds the lightest path that continues `root` (whose last node is the spur node) to the target,
 * never entering a node of `root` again and never using the edges in `blockedEdges`
 * (`pairKey`s); returns it starting at the spur node, or null.
 */
export type SpurSearch = (root: readonly string[], blockedEdges: ReadonlySet<string>) => FoundPath | null;

/**
 * Yen's algorithm: the `k` lightest loopless paths, distinct, in non-decreasing weight, given the
 * lightest one and a spur search (graphology's Dijkstra with blocked edges, see `findRoute`).
 * Ties keep the order candidates were found in, then fewer nodes first. With Lawler's refinement:
 * a path is only spurred from the node where it left the path it was found from, since earlier spur
 * nodes would repeat searches already made.
 *
 * @example
 * const paths = yenKShortest(3, best, (root, blocked) => spur(root, blocked), (a, b) => weightOf(a, b));
 * paths.map((p) => p.weight) // e.g. [4, 5, 5]
 */
export function yenKShortest(
  k: number,
  first: FoundPath,
  spur: SpurSearch,
  edgeWeight: (from: string, to: string) => number,
): FoundPath[] {
  const out: FoundPath[] = [];
  for (const path of yenPaths(first, spur, edgeWeight)) {
    out.push(path);
    if (out.length >= k) break;
  }
  return out;
}

/**
 * Yen's algorithm as a generator: every loopless path, lightest first, computing the next only when
 * it is asked for (so a caller can stop as soon as a path suits it, see `pathThroughStops`).
 *
 * @example
 * for (const path of yenPaths(best, spur, weightOf)) if (suits(path)) break;
 */
export function* yenPaths(
  first: FoundPath,
  spur: SpurSearch,
  edgeWeight: (from: string, to: string) => number,
): Generator<FoundPath, void, undefined> {
  const accepted: Candidate[] = [{ ...first, deviation: 0 }];
  const seen = new Set<string>([pathKey(first.nodes)]);
  const candidates: Candidate[] = [];
  yield { nodes: first.nodes, weight: first.weight };
  for (;;) {
    const previous = accepted[accepted.length - 1] as Candidate;
    let rootWeight = 0;
    for (let i = 0; i < previous.nodes.length - 1; i++) {
      if (i > 0) rootWeight += edgeWeight(previous.nodes[i - 1] as string, previous.nodes[i] as string);
      if (i < previous.deviation) continue;
      const root = previous.nodes.slice(0, i + 1);
      const blockedEdges = new Set<string>();
      for (const path of accepted) {
        const next = path.nodes[i + 1];
        if (next !== undefined && startsWith(path.nodes, root)) blockedEdges.add(pairKey(root[i] as string, next));
      }
      const tail = spur(root, blockedEdges);
      if (tail === null) continue;
      const nodes = [...root.slice(0, -1), ...tail.nodes];
      const key = pathKey(nodes);
      if (seen.has(key)) continue;
      seen.add(key);
      candidates.push({ nodes, weight: rootWeight + tail.weight, deviation: i });
    }
    const best = takeLightest(candidates);
    if (best === undefined) return;
    accepted.push(best);
    yield { nodes: best.nodes, weight: best.weight };
  }
}

/** A path with the index of the spur node it was found at (where it leaves an earlier path). */
interface Candidate extends FoundPath {
  readonly deviation: number;
}

function takeLightest(candidates: Candidate[]): Candidate | undefined {
  let bestIndex = -1;
  candidates.forEach((path, i) => {
    const best = candidates[bestIndex];
    if (best === undefined || path.weight < best.weight || (path.weight === best.weight && path.nodes.length < best.nodes.length)) {
      bestIndex = i;
    }
  });
  if (bestIndex < 0) return undefined;
  return candidates.splice(bestIndex, 1)[0];
}

function startsWith(nodes: readonly string[], prefix: readonly string[]): boolean {
  return prefix.every((id, i) => nodes[i] === id);
}

function pathKey(nodes: readonly string[]): string {
  return nodes.join('\u0000');
}
