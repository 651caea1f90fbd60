// Content rules for shipped maps, written as functions that return what breaks them, so the same
// rule is checked against the real data (expecting nothing) and against a broken fixture (expecting
// the break to be found): a rule that cannot fail is not a test.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadGraphText, progressDirection, type GraphEdge, type PathwiseGraph } from '../../src/core/index';

export const GRAPH_DIR = fileURLToPath(new URL('../../graph-data/', import.meta.url));

/** Every map shipped in graph-data/; the generated JSON Schema is not a map. */
export function mapFiles(): string[] {
  return readdirSync(GRAPH_DIR)
    .filter((name) => name.endsWith('.json') && name !== 'graph.schema.json')
    .sort();
}

export function readMap(name: string): string {
  return readFileSync(join(GRAPH_DIR, name), 'utf8');
}

/** Loads a map or throws with every problem, so a broken file names its faults in the test output. */
export function loadMap(text: string): PathwiseGraph {
  const result = loadGraphText(text);
  if (!result.ok) throw new Error(result.problems.map((p) => `${p.path.join('.')}: ${p.message}`).join('\n'));
  return result.graph;
}

/** The two ends of an edge in the order a person walks it (`requires` is walked skill → role). */
function walk(edge: GraphEdge): [string, string] {
  return progressDirection(edge.kind) === 'forward' ? [edge.source, edge.target] : [edge.target, edge.source];
}

/** Ids reachable from `start` along edges in progress direction (breadth-first), `start` included. */
export function reachableFrom(model: PathwiseGraph, start: string): Set<string> {
  const next = new Map<string, string[]>();
  for (const edge of model.edges) {
    const [from, to] = walk(edge);
    next.set(from, [...(next.get(from) ?? []), to]);
  }
  const seen = new Set([start]);
  const queue = [start];
  for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
    for (const to of next.get(id) ?? []) {
      if (!seen.has(to)) {
        seen.add(to);
        queue.push(to);
      }
    }
  }
  return seen;
}

/**
 * Least total months from `from` to `to` along edges in progress direction, never entering a node
 * of `avoid`; Infinity when no such route exists. Bellman-Ford: small maps, obviously correct.
 * An edge without months counts as 0 here; `edgesWithoutMonths` keeps the shipped map free of them.
 */
export function leastMonths(model: PathwiseGraph, from: string, to: string, avoid: ReadonlySet<string> = new Set()): number {
  const best = new Map<string, number>([[from, 0]]);
  for (let round = 0; round < model.nodes.length; round++) {
    let changed = false;
    for (const edge of model.edges) {
      const [a, b] = walk(edge);
      const start = best.get(a);
      if (start === undefined || avoid.has(b)) continue;
      const total = start + (edge.months ?? 0);
      if (total < (best.get(b) ?? Infinity)) {
        best.set(b, total);
        changed = true;
      }
    }
    if (!changed) break;
  }
  return best.get(to) ?? Infinity;
}

export function edgesWithoutMonths(model: PathwiseGraph): string[] {
  return model.edges.filter((e) => e.months === undefined).map((e) => `${e.source}->${e.target}:${e.kind}`);
}

/** Tracks that lack a role or a certification among their members. */
export function incompleteTracks(model: PathwiseGraph): string[] {
  return model.tracks
    .filter((track) => {
      const kinds = new Set(model.nodes.filter((n) => n.tracks?.includes(track.id) ?? false).map((n) => n.kind));
      return !kinds.has('role') || !kinds.has('certification');
    })
    .map((track) => track.id);
}

/** Non-track nodes that belong to no track. */
export function untrackedNodes(model: PathwiseGraph): string[] {
  return model.nodes.filter((n) => n.kind !== 'track' && (n.tracks ?? []).length === 0).map((n) => n.id);
}

/**
 * Roles of any track that a holder of `start` cannot reach. Feeder roles (from which `start`
 * itself is reachable, such as help desk before MS-102) come before it and are not expected after it.
 */
export function unreachableTrackRoles(model: PathwiseGraph, start: string): string[] {
  const reached = reachableFrom(model, start);
  return model.nodes
    .filter((n) => n.kind === 'role' && (n.tracks ?? []).length > 0 && !reached.has(n.id))
    .filter((n) => !reachableFrom(model, n.id).has(start))
    .map((n) => n.id);
}

function isRetired(model: PathwiseGraph, id: string): boolean {
  const node = model.byId.get(id);
  return node?.kind === 'certification' && node.status.state === 'retired';
}

/** Active certifications that teach no skill, except the programmes listed with a reason. */
export function certificationsTeachingNothing(model: PathwiseGraph, exempt: Readonly<Record<string, string>>): string[] {
  const teaching = new Set(model.edges.filter((e) => e.kind === 'teaches').map((e) => e.source));
  return model.nodes
    .filter((n) => n.kind === 'certification' && !isRetired(model, n.id) && !(n.id in exempt) && !teaching.has(n.id))
    .map((n) => n.id);
}

/** Edges that offer a retired certification as a next step; only `replaced-by` may lead to one's successor. */
export function stepsIntoRetired(model: PathwiseGraph): string[] {
  const offering: ReadonlySet<GraphEdge['kind']> = new Set(['prerequisite', 'recommends', 'leads-to']);
  return model.edges
    .filter((e) => offering.has(e.kind) && isRetired(model, e.target))
    .map((e) => `${e.source}->${e.target}:${e.kind}`);
}

/** Retired certifications with an edge out other than replaced-by, teaches, or leads-to a role. */
export function retiredLeavingWrongly(model: PathwiseGraph): string[] {
  return model.edges
    .filter((e) => isRetired(model, e.source))
    .filter((e) => !(e.kind === 'replaced-by' || e.kind === 'teaches' || (e.kind === 'leads-to' && model.byId.get(e.target)?.kind === 'role')))
    .map((e) => `${e.source}->${e.target}:${e.kind}`);
}

/** Every string that looks like a URL, with its JSON path; walks the raw document. */
export function urlsIn(value: unknown, path = '$'): { path: string; url: string }[] {
  if (typeof value === 'string') return /^[a-z][a-z0-9+.-]*:\/\//i.test(value) ? [{ path, url: value }] : [];
  if (Array.isArray(value)) return value.flatMap((item, i) => urlsIn(item, `${path}[${i}]`));
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).flatMap(([key, item]) => urlsIn(item, `${path}.${key}`));
  }
  return [];
}

/** URLs that are not https, unless allowed (URL → reason the source has no https). */
export function insecureUrls(document: unknown, allowed: Readonly<Record<string, string>> = {}): string[] {
  return urlsIn(document)
    .filter(({ url }) => !url.startsWith('https://') && !(url in allowed))
    .map(({ path, url }) => `${path}: ${url}`);
}

/** Nodes without a source, or whose sources are all plain http. */
export function nodesWithoutHttpsSource(model: PathwiseGraph): string[] {
  return model.nodes.filter((n) => !n.sources.some((s) => s.startsWith('https://'))).map((n) => n.id);
}

/** Fees without a date, pay without a year or source: figures must say when and where they come from. */
export function undatedFigures(model: PathwiseGraph): string[] {
  const out: string[] = [];
  for (const node of model.nodes) {
    if (node.kind === 'certification' && node.fee !== undefined && node.fee.asOf === '') out.push(`${node.id}.fee`);
    if (node.kind === 'role' && node.pay !== undefined) {
      const { year, source } = node.pay;
      if (!Number.isInteger(year) || !source.startsWith('https://')) out.push(`${node.id}.pay`);
    }
  }
  return out;
}
