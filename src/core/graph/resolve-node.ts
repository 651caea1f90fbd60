import { distance } from 'fastest-levenshtein';
import type { GraphNode } from '../schema/graph-schema';
import type { PathwiseGraph } from './build-graph';

export type ResolveResult =
  | { ok: true; node: GraphNode }
  | { ok: false; reason: 'unknown' | 'ambiguous'; name: string; candidates: GraphNode[] };

/**
 * Finds a node by id, exam code, label or credential name, case-insensitively.
 * Unknown or ambiguous names come back with the closest candidates to show people.
 * @example resolveNode(model, 'az-305').ok // true, also for "AZ-305" and "Azure Solutions Architect Expert"
 */
export function resolveNode(model: PathwiseGraph, name: string): ResolveResult {
  const trimmed = name.trim();
  const lower = trimmed.toLowerCase();
  const byId = model.byId.get(lower);
  if (byId !== undefined) return { ok: true, node: byId };
  const byCode = model.byExamCode.get(trimmed.toUpperCase());
  if (byCode !== undefined) return { ok: true, node: byCode };
  const byLabel = model.byLabel.get(lower) ?? [];
  const [only] = byLabel;
  if (byLabel.length === 1 && only !== undefined) return { ok: true, node: only };
  if (byLabel.length > 1) return { ok: false, reason: 'ambiguous', name, candidates: [...byLabel] };
  return { ok: false, reason: 'unknown', name, candidates: closestNodes(model, lower, 5) };
}

/** Nodes whose id, label or exam code is nearest to `query`, best first. */
export function closestNodes(model: PathwiseGraph, query: string, count: number): GraphNode[] {
  const q = query.toLowerCase();
  const scored = model.nodes.map((node) => {
    const names = [node.id, node.label.toLowerCase()];
    if (node.kind === 'certification') names.push(...node.examCodes.map((c) => c.toLowerCase()));
    const score = Math.min(...names.map((n) => (n.includes(q) ? 0 : distance(q, n) / Math.max(n.length, 1))));
    return { node, score };
  });
  return scored
    .sort((a, b) => a.score - b.score || a.node.label.localeCompare(b.node.label))
    .slice(0, count)
    .map((s) => s.node);
}
