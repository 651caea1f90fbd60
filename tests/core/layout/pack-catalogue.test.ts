import { describe, expect, it } from 'vitest';
import { graphFileSchema, layoutGraph, type Layout } from '../../../src/core/index';
import { isCatalogue } from '../../../src/core/layout/pack-catalogue';
import { planLayout } from '../../../src/core/layout/plan-layout';
import { FIXTURE_DOMAINS, generateCatalogue } from '../../support/generate-catalogue';
import { loadDefaultMap, overlappingPairs } from '../../support/layout-checks';

const file = graphFileSchema.parse(generateCatalogue());
const input = { nodes: file.nodes, edges: file.edges };
const levelOf = new Map(file.nodes.flatMap((n) => (n.kind === 'certification' ? [[n.id, n.level] as const] : [])));
const domainOf = new Map(file.nodes.map((n) => [n.id, n.tracks?.[0]]));
const ROW = { fundamentals: 0, associate: 1, specialty: 2, professional: 2, expert: 3 } as const;

describe('isCatalogue', () => {
  it('is true for 137 certifications with 16 links, false for the default map', () => {
    expect(isCatalogue(planLayout(input, true))).toBe(true);
    const map = loadDefaultMap();
    expect(isCatalogue(planLayout({ nodes: map.nodes, edges: map.edges }, true))).toBe(false);
  });
});

describe('a catalogue laid out as a poster (test fixture: made-up names)', () => {
  for (const direction of ['LR', 'TB'] as const) {
    const layout: Layout = layoutGraph(input, { direction });
    const regions = layout.regions ?? [];

    it(`${direction}: one named block per domain, in domain order, none overlapping another`, () => {
      expect(regions.map((r) => r.label)).toEqual([...FIXTURE_DOMAINS]);
      for (let i = 0; i < regions.length; i++)
        for (let j = i + 1; j < regions.length; j++) {
          const a = regions[i];
          const b = regions[j];
          if (a === undefined || b === undefined) continue;
          const apart = a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y;
          expect(apart, `${a.label} and ${b.label}`).toBe(true);
        }
    });

    it(`${direction}: every certification sits in its domain's block, clear of the name strip, and no two boxes come within 4 px`, () => {
      expect(layout.nodes).toHaveLength(137);
      expect(overlappingPairs(layout, 4)).toEqual([]);
      for (const n of layout.nodes) {
        const r = regions.find((g) => g.id === domainOf.get(n.id));
        expect(r, n.id).toBeDefined();
        if (r === undefined) continue;
        const [left, top] = direction === 'LR' ? [r.x, r.y + r.header] : [r.x + r.header, r.y];
        expect(n.x >= left && n.y >= top && n.x + n.width <= r.x + r.width && n.y + n.height <= r.y + r.height, `${n.id} in ${r.label}`).toBe(true);
      }
    });

    it(`${direction}: within a block, rows go by level: no certification sits above one of a lower level`, () => {
      for (const a of layout.nodes)
        for (const b of layout.nodes) {
          if (domainOf.get(a.id) !== domainOf.get(b.id)) continue;
          const la = ROW[levelOf.get(a.id) as keyof typeof ROW];
          const lb = ROW[levelOf.get(b.id) as keyof typeof ROW];
          if (la < lb) expect(a.y, `${a.id} (${String(la)}) above ${b.id} (${String(lb)})`).toBeLessThan(b.y);
        }
    });

    it(`${direction}: every edge is one straight segment from border to border`, () => {
      expect(layout.edges).toHaveLength(16);
      const box = new Map(layout.nodes.map((n) => [n.id, n]));
      for (const e of layout.edges) {
        expect(e.routing).toBe('straight');
        for (const [p, id] of [[e.points[0], e.source], [e.points[e.points.length - 1], e.target]] as const) {
          const b = box.get(id);
          if (p === undefined || b === undefined) throw new Error('missing');
          const onX = Math.abs(p.x - b.x) <= 1 || Math.abs(p.x - b.x - b.width) <= 1;
          const onY = Math.abs(p.y - b.y) <= 1 || Math.abs(p.y - b.y - b.height) <= 1;
          expect(onX || onY, `${e.key} end on ${id}'s border`).toBe(true);
        }
      }
    });
  }

  it('LR: the poster has the shape of a laptop screen, not a column (width / height between 1.2 and 2.4)', () => {
    const layout = layoutGraph(input, { direction: 'LR' });
    expect(layout.width / layout.height).toBeGreaterThan(1.2);
    expect(layout.width / layout.height).toBeLessThan(2.4);
  });

  it('is deterministic', () => {
    expect(layoutGraph(input, { direction: 'LR' })).toEqual(layoutGraph(input, { direction: 'LR' }));
  });
});
