// What a route's fit must keep on screen: its steps and the bends of the legs between them.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Layout, LayoutFile } from '../../../src/core/index';
import { routeBounds } from '../../../src/features/canvas/route-bounds';
import { REPO_ROOT } from '../../support/layout-checks';

const node = (id: string, x: number, y: number) => ({ id, x, y, width: 100, height: 40 });
const edge = (source: string, target: string, points: { x: number; y: number }[]) => ({ key: `${source}->${target}`, source, target, kind: 'leads-to' as const, points });

const layout = {
  direction: 'LR',
  width: 1000,
  height: 1000,
  nodes: [node('a', 0, 0), node('b', 300, 0), node('c', 600, 100), node('far', 900, 900)],
  edges: [
    edge('a', 'b', [{ x: 100, y: 20 }, { x: 200, y: 20 }, { x: 300, y: 20 }]),
    // The leg b → c dips to y 500 between lanes.
    edge('b', 'c', [{ x: 400, y: 20 }, { x: 500, y: 500 }, { x: 600, y: 120 }]),
    // Not a leg of the route a → b → c: it must not widen the view.
    edge('a', 'far', [{ x: 100, y: 20 }, { x: 950, y: 990 }]),
  ],
} as unknown as Layout;

describe('routeBounds', () => {
  it('holds every step and every bend of the legs between consecutive steps', () => {
    expect(routeBounds(layout, ['a', 'b', 'c'])).toEqual({ x: 0, y: 0, width: 700, height: 500 });
  });

  it('counts a leg drawn against the route, and no edge between steps that are not consecutive', () => {
    expect(routeBounds(layout, ['c', 'b'])).toEqual({ x: 300, y: 0, width: 400, height: 500 });
    expect(routeBounds(layout, ['a', 'c'])).toEqual({ x: 0, y: 0, width: 700, height: 140 });
  });

  it('is null when no step is laid out', () => {
    expect(routeBounds(layout, ['nowhere'])).toBeNull();
  });

  it('on the default map, keeps the legs of M365 administrator → AZ-104 → AZ-305 → Cloud Solutions Architect inside', () => {
    const map = (JSON.parse(readFileSync(`${REPO_ROOT}src/generated/default-layout.json`, 'utf8')) as LayoutFile).layouts.LR;
    const ids = ['role-m365-administrator', 'az-104', 'az-305', 'role-cloud-solutions-architect'];
    const bounds = routeBounds(map, ids);
    expect(bounds).not.toBeNull();
    if (bounds === null) return;
    const legs = map.edges.filter((e) => ids.some((id, i) => i > 0 && ((e.source === ids[i - 1] && e.target === id) || (e.target === ids[i - 1] && e.source === id))));
    expect(legs.length).toBe(3);
    for (const p of legs.flatMap((e) => e.points)) {
      expect(p.x).toBeGreaterThanOrEqual(bounds.x);
      expect(p.x).toBeLessThanOrEqual(bounds.x + bounds.width);
      expect(p.y).toBeGreaterThanOrEqual(bounds.y);
      expect(p.y).toBeLessThanOrEqual(bounds.y + bounds.height);
    }
    // The shipped layout's last leg bends below both of its ends: the steps' boxes alone are not enough.
    const boxes = map.nodes.filter((n) => ids.includes(n.id));
    expect(bounds.y + bounds.height).toBeGreaterThan(Math.max(...boxes.map((b) => b.y + b.height)));
  });
});
