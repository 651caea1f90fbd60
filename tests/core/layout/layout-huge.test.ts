import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NODE_SIZE, layoutHuge, type EdgeKind, type LaidOutKind } from '../../../src/core/index';
import { generateCareerGraph } from '../../support/generate-career-graph';

type Kind = LaidOutKind;
const KINDS: readonly Kind[] = ['certification', 'role', 'skill', 'experience'];

/** Every pair of boxes, checked for overlap the slow way. */
function overlaps(boxes: readonly { id: string; x: number; y: number; width: number; height: number }[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i];
      const b = boxes[j];
      if (a === undefined || b === undefined) continue;
      if (a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height) out.push(`${a.id}/${b.id}`);
    }
  }
  return out;
}

/** Fewest steps from any node without incoming progress edges, by plain repeated relaxation. */
function referenceRanks(ids: readonly string[], edges: readonly { from: string; to: string }[]): Map<string, number> {
  const rank = new Map<string, number>();
  const incoming = new Set(edges.map((e) => e.to));
  for (const id of ids) if (!incoming.has(id)) rank.set(id, 0);
  for (let changed = true; changed; ) {
    changed = false;
    for (const e of edges) {
      const r = rank.get(e.from);
      if (r !== undefined && (rank.get(e.to) ?? Infinity) > r + 1) {
        rank.set(e.to, r + 1);
        changed = true;
      }
    }
  }
  return rank;
}

describe('layoutHuge', () => {
  it('places a literal chain in three ranks, one cluster, left to right, with border-to-border edges', () => {
    const layout = layoutHuge(
      {
        nodes: [
          { id: 'a', kind: 'skill' },
          { id: 'b', kind: 'certification' },
          { id: 'c', kind: 'role' },
        ],
        edges: [
          { source: 'b', target: 'a', kind: 'teaches' },
          { source: 'a', target: 'c', kind: 'leads-to' },
          { source: 'c', target: 'a', kind: 'requires' },
        ],
      },
      'LR',
    );
    const rank = Object.fromEntries(layout.nodes.map((n) => [n.id, n.rank]));
    expect(rank).toEqual({ b: 0, a: 1, c: 2 });
    const x = Object.fromEntries(layout.nodes.map((n) => [n.id, n.x]));
    expect(x.b).toBeLessThan(x.a ?? 0);
    expect(x.a).toBeLessThan(x.c ?? 0);
    expect(layout.clusters?.length).toBe(1);
    expect(layout.edges.map((e) => e.key)).toEqual(['b->a:teaches', 'a->c:leads-to', 'c->a:requires']);
    for (const e of layout.edges) expect(e.points).toHaveLength(2);
  });

  it('gives random maps boxes of their kind size that never overlap, ranks equal to fewest steps, and stays inside its bounds', () => {
    const edgeArb = fc.record({ s: fc.nat(29), t: fc.nat(29), k: fc.constantFrom<EdgeKind>('leads-to', 'recommends', 'requires') });
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...KINDS), { minLength: 1, maxLength: 30 }), fc.array(edgeArb, { maxLength: 60 }), fc.constantFrom('LR' as const, 'TB' as const), (kinds, raw, direction) => {
        const nodes = kinds.map((kind, i) => ({ id: `n${String(i)}`, kind }));
        const edges = raw.filter((e) => e.s < nodes.length && e.t < nodes.length).map((e) => ({ source: `n${String(e.s)}`, target: `n${String(e.t)}`, kind: e.k }));
        const layout = layoutHuge({ nodes, edges }, direction);
        expect(layout.nodes).toHaveLength(nodes.length);
        expect(overlaps(layout.nodes)).toEqual([]);
        for (const n of layout.nodes) {
          const kind = nodes.find((m) => m.id === n.id)?.kind as Kind;
          expect({ width: n.width, height: n.height }).toEqual(NODE_SIZE[kind]);
          expect(n.x + n.width).toBeLessThanOrEqual(layout.width);
          expect(n.y + n.height).toBeLessThanOrEqual(layout.height);
        }
        // Where every node is reachable from a start, ranks are the fewest steps (requires runs backward).
        const progress = edges.filter((e) => e.source !== e.target).map((e) => (e.kind === 'requires' ? { from: e.target, to: e.source } : { from: e.source, to: e.target }));
        const reference = referenceRanks(nodes.map((n) => n.id), progress);
        if (reference.size === nodes.length) for (const n of layout.nodes) expect(n.rank).toBe(reference.get(n.id));
        expect(layoutHuge({ nodes, edges }, direction)).toEqual(layout);
      }),
      { numRuns: 150 },
    );
  });

  it('lays out a generated 50,000-node map without overflowing the stack, ranks staying near the generator’s', () => {
    const file = generateCareerGraph({ nodes: 50_000, seed: 3, tracks: 8 });
    const layout = layoutHuge({ nodes: file.nodes, edges: file.edges }, 'LR');
    expect(layout.nodes).toHaveLength(50_000);
    expect(layout.rankCount).toBeLessThanOrEqual(12);
    expect((layout.clusters ?? []).reduce((s, c) => s + c.size, 0)).toBe(50_000);
  }, 240_000);
});
