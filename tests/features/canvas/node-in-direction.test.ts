import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { nodeInDirection, type Direction, type Link, type PlacedBox } from '../../../src/features/canvas/node-in-direction';

/** 20×10 boxes placed by their centre, so the tables below read as coordinates on screen. */
const at = (id: string, cx: number, cy: number): PlacedBox => ({ id, x: cx - 10, y: cy - 5, width: 20, height: 10 });

// A small left-to-right map:      a ── b ── d
//                                  └── c        e (not linked to a)
const boxes = [at('a', 0, 0), at('b', 100, 0), at('c', 100, 120), at('d', 200, 0), at('e', 40, -60)];
const links: Link[] = [
  { source: 'a', target: 'b' },
  { source: 'a', target: 'c' },
  { source: 'b', target: 'd' },
];

describe('nodeInDirection', () => {
  it('moves right to the linked successor straight ahead, not to a nearer unlinked node', () => {
    expect(nodeInDirection('a', 'right', boxes, links)).toBe('b');
  });

  it('moves left back to the predecessor', () => {
    expect(nodeInDirection('d', 'left', boxes, links)).toBe('b');
    expect(nodeInDirection('c', 'left', boxes, links)).toBe('a');
  });

  it('moves down to a linked node below and ahead (within the wide cone for links)', () => {
    expect(nodeInDirection('a', 'down', boxes, links)).toBe('c');
  });

  it('falls back to the nearest node of all in that direction when no linked node lies that way', () => {
    // a has no link upward; e is up and to the right, within 45°.
    expect(nodeInDirection('a', 'up', boxes, links)).toBe('e');
  });

  it('returns null when nothing lies that way, or the node is not drawn', () => {
    expect(nodeInDirection('a', 'left', boxes, links)).toBeNull();
    expect(nodeInDirection('missing', 'right', boxes, links)).toBeNull();
  });

  it('breaks a tie by id, whatever order the boxes come in', () => {
    const twins = [at('s', 0, 0), at('y', 100, 50), at('x', 100, -50)];
    const both: Link[] = [{ source: 's', target: 'y' }, { source: 's', target: 'x' }];
    expect(nodeInDirection('s', 'right', twins, both)).toBe('x');
    expect(nodeInDirection('s', 'right', [...twins].reverse(), both)).toBe('x');
  });
});

/** Reference written another way: by angle and distance, over every pair, sorted. */
function reference(fromId: string, direction: Direction, all: readonly PlacedBox[], edges: readonly Link[]): string | null {
  const axis = { right: 0, down: Math.PI / 2, left: Math.PI, up: -Math.PI / 2 }[direction];
  const from = all.find((b) => b.id === fromId);
  if (from === undefined) return null;
  const centre = (b: PlacedBox) => [b.x + b.width / 2, b.y + b.height / 2] as const;
  const [fx, fy] = centre(from);
  const scored = (pool: readonly PlacedBox[], maxTan: number) =>
    pool
      .filter((b) => b.id !== fromId)
      .map((b) => {
        const [bx, by] = centre(b);
        const dist = Math.hypot(bx - fx, by - fy);
        const angle = Math.atan2(by - fy, bx - fx) - axis;
        const ahead = dist * Math.cos(angle);
        const aside = Math.abs(dist * Math.sin(angle));
        return { id: b.id, ok: ahead > 0.5 && aside <= ahead * maxTan + 1e-9, cost: ahead + 2 * aside };
      })
      .filter((s) => s.ok)
      .sort((p, q) => (Math.abs(p.cost - q.cost) > 1e-9 ? p.cost - q.cost : p.id < q.id ? -1 : 1))[0]?.id ?? null;
  const linkedIds = new Set(edges.flatMap((e) => (e.source === fromId ? [e.target] : e.target === fromId ? [e.source] : [])));
  return scored(all.filter((b) => linkedIds.has(b.id)), 3) ?? scored(all, 1);
}

describe('nodeInDirection against a brute-force reference', () => {
  it('agrees on random small maps', () => {
    const ids = ['n0', 'n1', 'n2', 'n3', 'n4', 'n5', 'n6'];
    const map = fc
      .uniqueArray(fc.tuple(fc.integer({ min: 0, max: 20 }), fc.integer({ min: 0, max: 20 })), { minLength: 2, maxLength: ids.length, selector: ([x, y]) => `${x},${y}` })
      .chain((points) =>
        fc.record({
          points: fc.constant(points),
          links: fc.array(fc.tuple(fc.nat(points.length - 1), fc.nat(points.length - 1)), { maxLength: 10 }),
          from: fc.nat(points.length - 1),
          direction: fc.constantFrom<Direction>('left', 'right', 'up', 'down'),
        }),
      );
    fc.assert(
      fc.property(map, ({ points, links: pairs, from, direction }) => {
        // On a 40 px grid, so no two costs are a rounding error apart.
        const all = points.map(([x, y], i) => at(ids[i] ?? 'x', x * 40, y * 40));
        const edges = pairs.filter(([s, t]) => s !== t).map(([s, t]) => ({ source: ids[s] ?? '', target: ids[t] ?? '' }));
        const fromId = ids[from] ?? '';
        expect(nodeInDirection(fromId, direction, all, edges)).toBe(reference(fromId, direction, all, edges));
      }),
      { numRuns: 500 },
    );
  });
});
