import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadGraphValue, type GraphFile, type GraphNode, type PathwiseGraph } from '../src/core/index';
import { generateCareerGraph, mulberry32 } from '../tests/support/generate-career-graph';
import { floorBfs, type FloorGraph } from './floor-bfs';

export const ROOT = join(import.meta.dirname, '..');
export const DEFAULT_MAP = join(ROOT, 'graph-data/ms-102.json');
/** Every generated map uses this seed, so runs compare. */
export const SEED = 42;

/** A generated career-like map (tests/support/generate-career-graph, shaped like research/perf's). */
export function careerFile(nodes: number): GraphFile {
  return generateCareerGraph({ nodes, seed: SEED });
}

/** The default map's file as text. */
export function defaultMapText(): string {
  return readFileSync(DEFAULT_MAP, 'utf8');
}

/**
 * Builds a model from a file value. Uses `loadGraphValue` (validation included) rather than the
 * text loader, because the 100,000-node file (about 39 MB) is over the loader's 20 MB text limit.
 */
export function modelOf(file: GraphFile): PathwiseGraph {
  const loaded = loadGraphValue(file);
  if (!loaded.ok) throw new Error(`bench: generated map does not load: ${loaded.problems[0]?.message ?? ''}`);
  return loaded.graph;
}

/**
 * The file with `requires` groups added, so routes have prerequisites to complete, about as often
 * as in the default map (7 of its 112 non-track nodes, mostly certifications): 20 % of
 * certifications and 10 % of roles get one group (a quarter of them two) of 1–3 options, drawn
 * from what leads to them one or two steps back. An option always comes earlier in a topological
 * order of the prerequisite edges, so requirements and prerequisites together never loop (the
 * loader rejects loops).
 */
export function withRequirements(file: GraphFile): GraphFile {
  const random = mulberry32(SEED + 1);
  const ids = file.nodes.map((n) => n.id);
  const order = prerequisiteOrder(file);
  const preds = new Map<string, string[]>(ids.map((id) => [id, []]));
  for (const edge of file.edges) {
    const [from, to] = edge.kind === 'requires' ? [edge.target, edge.source] : [edge.source, edge.target];
    preds.get(to)?.push(from);
  }
  const kindOf = new Map(file.nodes.map((n) => [n.id, n.kind]));
  const nodes = file.nodes.map((node): GraphNode => {
    const share = node.kind === 'certification' ? 0.2 : node.kind === 'role' ? 0.1 : 0;
    if (random() >= share) return node;
    const near = preds.get(node.id) ?? [];
    const candidates = [...new Set([...near, ...near.flatMap((p) => preds.get(p) ?? [])])].filter(
      (id) => id !== node.id && kindOf.get(id) !== 'track' && (order.get(id) ?? 0) < (order.get(node.id) ?? 0),
    );
    if (candidates.length === 0) return node;
    const groups = Array.from({ length: random() < 0.25 ? 2 : 1 }, () => {
      const size = Math.min(candidates.length, 1 + Math.floor(random() * 3));
      const pool = [...candidates];
      return { anyOf: Array.from({ length: size }, () => pool.splice(Math.floor(random() * pool.length), 1)[0] as string) };
    });
    return { ...node, requires: groups };
  });
  return { ...file, nodes };
}

/** Position of every node in a topological order of the prerequisite edges (Kahn's algorithm). */
function prerequisiteOrder(file: GraphFile): Map<string, number> {
  const next = new Map<string, string[]>();
  const indegree = new Map<string, number>(file.nodes.map((n) => [n.id, 0]));
  for (const edge of file.edges) {
    if (edge.kind !== 'prerequisite') continue;
    next.set(edge.source, [...(next.get(edge.source) ?? []), edge.target]);
    indegree.set(edge.target, (indegree.get(edge.target) ?? 0) + 1);
  }
  const ready = file.nodes.map((n) => n.id).filter((id) => indegree.get(id) === 0);
  const order = new Map<string, number>();
  while (ready.length > 0) {
    const id = ready.pop() as string;
    order.set(id, order.size);
    for (const to of next.get(id) ?? []) {
      const left = (indegree.get(to) ?? 0) - 1;
      indegree.set(to, left);
      if (left === 0) ready.push(to);
    }
  }
  if (order.size !== file.nodes.length) throw new Error('bench: prerequisite edges of the generated map loop');
  return order;
}

/** A (source, target) pair of node indexes where the target can be reached. */
export type Pair = readonly [number, number];

/**
 * `count` random pairs, each reachable and of distinct nodes, drawn uniformly by rejection; the
 * target comes from `targets` when given. Seeded, so every run and every method gets the same pairs.
 */
export function reachablePairs(g: FloorGraph, count: number, targets?: readonly number[]): Pair[] {
  const random = mulberry32(SEED + 2);
  const bfs = floorBfs(g);
  const n = g.ids.length;
  const pool = targets ?? null;
  const pairs: Pair[] = [];
  for (let tries = 0; pairs.length < count && tries < count * 1000; tries++) {
    const s = Math.floor(random() * n);
    const t = pool === null ? Math.floor(random() * n) : (pool[Math.floor(random() * pool.length)] as number);
    if (s !== t && bfs(s, t) > 0) pairs.push([s, t]);
  }
  if (pairs.length < count) throw new Error(`bench: found only ${pairs.length} reachable pairs of ${count}`);
  return pairs;
}
