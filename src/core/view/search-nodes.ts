import type { PathwiseGraph } from '../graph/build-graph';
import type { GraphNode } from '../schema/graph-schema';

/**
 * Ranks nodes for a search box by label, exam code, credential name or id, case-insensitively.
 * Exact code or id first, then prefixes, then words that start with the query, then substrings.
 * @example searchNodes(model, 'az-3', 5)[0]?.id // "az-305"
 */
export function searchNodes(model: PathwiseGraph, query: string, limit = 8): GraphNode[] {
  const q = query.trim().toLowerCase();
  if (q === '') return [];
  const scored: { node: GraphNode; score: number }[] = [];
  for (const node of model.nodes) {
    if (node.kind === 'track') continue;
    const score = scoreNode(node, q);
    if (score > 0) scored.push({ node, score });
  }
  return scored
    .sort((a, b) => b.score - a.score || a.node.label.localeCompare(b.node.label))
    .slice(0, limit)
    .map((s) => s.node);
}

function scoreNode(node: GraphNode, q: string): number {
  const codes = node.kind === 'certification' ? node.examCodes.map((c) => c.toLowerCase()) : [];
  const names = [node.label.toLowerCase(), ...(node.kind === 'certification' ? [node.credential.toLowerCase()] : [])];
  if (codes.includes(q) || node.id === q) return 100;
  if (names.includes(q)) return 90;
  if (codes.some((c) => c.startsWith(q))) return 80;
  if (names.some((n) => n.startsWith(q))) return 70;
  if (names.some((n) => n.split(/[\s:/(),-]+/).some((w) => w.startsWith(q)))) return 60;
  if (node.id.includes(q)) return 40;
  if (names.some((n) => n.includes(q))) return 30;
  const words = q.split(/\s+/).filter((w) => w !== '');
  if (words.length > 1 && words.every((w) => names.some((n) => n.includes(w)))) return 20;
  return 0;
}
