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
  const code = trimmed.toUpperCase();
  if (model.byExamCode.has(code)) {
    // byExamCode keeps one certification per code; a shared exam must not pick one silently.
    const all = model.nodes.filter((n) => n.kind === 'certification' && n.examCodes.some((c) => c.toUpperCase() === code));
    const [first] = all;
    if (all.length === 1 && first !== undefined) return { ok: true, node: first };
    if (all.length > 1) return { ok: false, reason: 'ambiguous', name, candidates: all };
  }
  const labelled = model.byLabel.get(lower) ?? [];
  // A track (a career path) often shares its name with the role at its heart; the role is meant.
  const steps = labelled.filter((n) => n.kind !== 'track');
  const byLabel = steps.length > 0 ? steps : labelled;
  const [only] = byLabel;
  if (byLabel.length === 1 && only !== undefined) return { ok: true, node: only };
  if (byLabel.length > 1) return { ok: false, reason: 'ambiguous', name, candidates: [...byLabel] };
  return { ok: false, reason: 'unknown', name, candidates: closestNodes(model, lower, 5) };
}

/**
 * Nodes whose id, label, credential or exam code is nearest to `query`, best first.
 * @example closestNodes(model, 'az-30', 3)[0]?.id // "az-305" (or another node containing "az-30")
 */
export function closestNodes(model: PathwiseGraph, query: string, count: number): GraphNode[] {
  const q = query.toLowerCase();
  const scored = model.nodes.map((node) => {
    const names = [node.id, node.label.toLowerCase()];
    if (node.kind === 'certification') names.push(node.credential.toLowerCase(), ...node.examCodes.map((c) => c.toLowerCase()));
    const score = Math.min(...names.map((n) => (n.includes(q) ? 0 : distance(q, n) / Math.max(n.length, 1))));
    return { node, score };
  });
  return scored
    .sort((a, b) => a.score - b.score || a.node.label.localeCompare(b.node.label))
    .slice(0, count)
    .map((s) => s.node);
}
