import type { EdgeKind, GraphEdge, GraphFile, GraphNode, Level, NodeKind, Seniority } from '../../src/core/index';

export interface CareerGraphOptions {
  /** Number of laid-out nodes (certifications, roles, skills); tracks come on top. */
  readonly nodes: number;
  readonly seed: number;
  /** Share of edges that go to the same or an earlier rank. Default 0.03. */
  readonly backEdgeRate?: number;
  /** Number of track nodes; every other node joins one. Default 4. */
  readonly tracks?: number;
}

type Kind = Exclude<NodeKind, 'track' | 'experience'>;

interface Draft {
  readonly id: string;
  readonly kind: Kind;
  readonly rank: number;
}

import { mulberry32 } from '../../src/core/layout/seeded-random';

export { mulberry32 };

/** The number of ranks for a graph of `n` nodes: 6 at 100 nodes, 10 at 10,000 and above. */
export function rankCount(n: number): number {
  return Math.min(10, Math.max(6, Math.round(2 * Math.log10(Math.max(n, 1)) + 2)));
}

const LEVELS: readonly Level[] = ['fundamentals', 'associate', 'associate', 'expert', 'expert', 'specialty'];
const SENIORITY: readonly Seniority[] = ['entry', 'mid', 'mid', 'senior', 'lead', 'executive'];
const DOMAINS = ['Identity', 'Security operations', 'Cloud architecture', 'Networking', 'Data', 'Compliance'];

/**
 * A seeded generator of career-like graph files for layout and benchmark tests. Shaped like the
 * generator of `research/perf` so timings compare: 6–10 ranks (more for bigger graphs), 25 %
 * certifications, 25 % roles, 50 % skills, 1–4 out-edges per node (mean 3.3 before duplicates
 * are dropped), mostly one rank ahead, and about 3 % back or cross edges so the graph has cycles.
 *
 * Every edge is generated in progress order (from → to) and written with a kind `EDGE_RULES`
 * allows between the two node kinds; "role requires skill" is the only kind written against
 * progress. Prerequisite edges only ever go forward, so they cannot form a cycle (the loader
 * rejects prerequisite cycles); back and cross edges are `recommends` or `leads-to`.
 *
 * @example
 * const file = generateCareerGraph({ nodes: 150, seed: 7 });
 * loadGraphValue(file).ok // true
 */
export function generateCareerGraph(options: CareerGraphOptions): GraphFile {
  const { nodes: count, seed } = options;
  const backRate = options.backEdgeRate ?? 0.03;
  const trackCount = options.tracks ?? 4;
  const random = mulberry32(seed);
  const int = (lo: number, hi: number) => lo + Math.floor(random() * (hi - lo + 1));
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const ranks = rankCount(count);

  // Exact proportions; skills lean early, roles lean late, certifications spread evenly.
  const drafts: Draft[] = [];
  const certs = Math.round(count * 0.25);
  const roles = Math.round(count * 0.25);
  for (let i = 0; i < count; i++) {
    const kind: Kind = i < certs ? 'certification' : i < certs + roles ? 'role' : 'skill';
    const u = random();
    const skew = kind === 'skill' ? u ** 1.6 : kind === 'role' ? 1 - u ** 1.6 : u;
    drafts.push({ id: `${kind === 'certification' ? 'cert' : kind}-${i}`, kind, rank: Math.min(ranks - 1, Math.floor(skew * ranks)) });
  }
  const byRank: Draft[][] = Array.from({ length: ranks }, () => []);
  for (const d of drafts) byRank[d.rank]?.push(d);

  const edges: GraphEdge[] = [];
  const seen = new Set<string>();
  const addEdge = (from: Draft, to: Draft, back: boolean) => {
    if (from.id === to.id) return;
    const edge = edgeFor(from, to, back, random, int);
    // No parallel edges in either direction: they add nothing to a layout test and confuse routes.
    const pair = from.id < to.id ? `${from.id}|${to.id}` : `${to.id}|${from.id}`;
    if (edge === null || seen.has(pair)) return;
    seen.add(pair);
    edges.push(edge);
  };

  for (const from of drafts) {
    const roll = random();
    const degree = roll < 0.05 ? 1 : roll < 0.15 ? 2 : roll < 0.5 ? 3 : 4;
    for (let k = 0; k < degree; k++) {
      if (random() < backRate) {
        const rank = int(0, from.rank);
        const layer = byRank[rank] ?? [];
        if (layer.length > 0) addEdge(from, pick(layer), true);
        continue;
      }
      if (from.rank === ranks - 1) continue;
      const step = random();
      const ahead = step < 0.7 ? 1 : step < 0.9 ? 2 : step < 0.97 ? 3 : 4;
      const layer = byRank[Math.min(ranks - 1, from.rank + ahead)] ?? [];
      if (layer.length > 0) addEdge(from, pick(layer), false);
    }
  }

  const trackIds = Array.from({ length: trackCount }, (_, t) => `track-${t}`);
  const nodes: GraphNode[] = [
    ...trackIds.map((id, t): GraphNode => ({ id, kind: 'track', label: `Track ${t}`, order: t, sources: [] })),
    ...drafts.map((d, i) => nodeFor(d, ranks, trackIds.length > 0 ? [trackIds[i % trackIds.length] as string] : [])),
  ];

  return {
    schemaVersion: 1,
    meta: { id: `generated-${count}-${seed}`, title: `Generated career graph (${count} nodes, seed ${seed})`, lastVerified: '2026-11-30', sources: [] },
    nodes,
    edges,
  };
}

function nodeFor(d: Draft, ranks: number, tracks: string[]): GraphNode {
  const stage = Math.min(5, Math.floor((d.rank / Math.max(1, ranks - 1)) * 5.999));
  const base = { id: d.id, label: `${d.kind} ${d.id}`, sources: [], ...(tracks.length > 0 ? { tracks } : {}) };
  switch (d.kind) {
    case 'certification':
      return {
        ...base,
        kind: 'certification',
        issuer: 'Example issuer',
        examCodes: [`EX-${d.id.slice(5)}`],
        credential: `Example credential ${d.id}`,
        level: LEVELS[stage] ?? 'associate',
        status: { state: 'active' },
      };
    case 'role':
      return { ...base, kind: 'role', seniority: SENIORITY[stage] ?? 'mid' };
    case 'skill':
      return { ...base, kind: 'skill', domain: DOMAINS[d.rank % DOMAINS.length] ?? 'Identity' };
  }
}

/**
 * The data edge for a step `from → to` in progress order, or null when no edge kind fits.
 * Back edges use only `recommends` and `leads-to`, which may loop.
 */
function edgeFor(
  from: Draft,
  to: Draft,
  back: boolean,
  random: () => number,
  int: (lo: number, hi: number) => number,
): GraphEdge | null {
  const kind: EdgeKind | null = back ? backKind(to) : forwardKind(from.kind, to.kind, random);
  if (kind === null) return null;
  // `requires` reads "role requires skill": the data edge points against progress.
  const [source, target] = kind === 'requires' ? [to.id, from.id] : [from.id, to.id];
  const months = kind === 'teaches' ? int(1, 6) : kind === 'leads-to' ? int(6, 36) : kind === 'requires' ? undefined : int(1, 12);
  const cost = to.kind === 'certification' ? { amount: int(99, 330), currency: 'USD' } : undefined;
  return {
    source,
    target,
    kind,
    ...(months === undefined ? {} : { months }),
    ...(cost === undefined ? {} : { cost }),
  };
}

function backKind(to: Draft): EdgeKind {
  return to.kind === 'skill' ? 'recommends' : 'leads-to';
}

function forwardKind(from: Kind, to: Kind, random: () => number): EdgeKind | null {
  const r = random();
  switch (`${from}>${to}`) {
    case 'certification>skill':
      return 'teaches';
    case 'certification>certification':
      return r < 0.6 ? 'prerequisite' : 'recommends';
    case 'certification>role':
      return r < 0.8 ? 'leads-to' : 'prerequisite';
    case 'skill>role':
      // A role is written as requiring the skill (role → skill); progress goes skill → role.
      return r < 0.85 ? 'requires' : 'leads-to';
    case 'skill>certification':
      return r < 0.5 ? 'prerequisite' : 'recommends';
    case 'skill>skill':
      return 'recommends';
    case 'role>role':
      return 'leads-to';
    case 'role>certification':
      return r < 0.5 ? 'recommends' : 'leads-to';
    case 'role>skill':
      return 'recommends';
    default:
      return null;
  }
}
