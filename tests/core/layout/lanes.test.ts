import { describe, expect, it } from 'vitest';
import { edgeMetrics, layoutGraph, type GraphNode, type Layout, type LayoutDirection } from '../../../src/core/index';
import { planLanes } from '../../../src/core/layout/lanes';
import { loadDefaultMap, segmentCrossesBox } from '../../support/layout-checks';
import { cert, edges, role, track } from '../../support/layout-fixtures';

const map = loadDefaultMap();
const input = { nodes: map.nodes, edges: map.edges };
const layouts: Record<LayoutDirection, Layout> = { LR: layoutGraph(input, { direction: 'LR' }), TB: layoutGraph(input, { direction: 'TB' }) };

describe('career-path lanes on the default map', () => {
  for (const direction of ['LR', 'TB'] as const) {
    const layout = layouts[direction];
    const regions = layout.regions ?? [];

    it(`${direction}: has one lane per track, named by the short name, in the order with the fewest crossings found`, () => {
      expect(regions.map((r) => r.label)).toEqual([
        'Project leadership',
        'SMB generalist',
        'M365 administration',
        'Change & adoption',
        'Compliance & governance',
        'Consultant',
        'Staying certified',
        'M365 security',
        'Security specialist',
        'Identity & access',
        'Trainer',
        'Endpoint management',
        'Cloud & architecture',
      ]);
    });

    it(`${direction}: puts every box inside the lane of its first track, below the lane's header strip`, () => {
      const byId = new Map(regions.map((r) => [r.id, r]));
      const misplaced: string[] = [];
      for (const box of layout.nodes) {
        const node = map.byId.get(box.id);
        const anchor = box.group === undefined ? node : map.byId.get(box.group);
        const lane = byId.get(anchor?.tracks?.[0] ?? '');
        if (lane === undefined) {
          misplaced.push(`${box.id}: no lane`);
          continue;
        }
        const [start, end, boxStart, boxEnd] =
          direction === 'LR' ? [lane.y + lane.header, lane.y + lane.height, box.y, box.y + box.height] : [lane.x + lane.header, lane.x + lane.width, box.x, box.x + box.width];
        if (boxStart < start || boxEnd > end) misplaced.push(`${box.id} outside ${lane.id}`);
      }
      expect(misplaced).toEqual([]);
    });

    it(`${direction}: lanes do not overlap and leave no gap between them`, () => {
      for (let i = 1; i < regions.length; i++) {
        const a = regions[i - 1];
        const b = regions[i];
        if (a === undefined || b === undefined) continue;
        if (direction === 'LR') expect(b.y).toBeCloseTo(a.y + a.height, 0);
        else expect(b.x).toBeCloseTo(a.x + a.width, 0);
      }
    });

    it(`${direction}: no edge passes through the box (and so the label) of a node other than its ends`, () => {
      const through: string[] = [];
      for (const edge of layout.edges) {
        for (let i = 1; i < edge.points.length; i++) {
          const a = edge.points[i - 1] as { x: number; y: number };
          const b = edge.points[i] as { x: number; y: number };
          for (const box of layout.nodes) {
            if (box.id === edge.source || box.id === edge.target) continue;
            if (segmentCrossesBox(a, b, box, 1)) through.push(`${edge.key} through ${box.id}`);
          }
        }
      }
      expect(through).toEqual([]);
    });
  }
});

describe('edge crossings of the default map (issue 11: at most half of the 1,536 before lanes)', () => {
  it('LR: at most 768 crossings between the edges drawn, all 282 of them', () => {
    const metrics = edgeMetrics(layouts.LR);
    expect(metrics.edges).toBe(282);
    expect(metrics.crossings).toBeLessThanOrEqual(768);
  });
});

describe('planLanes', () => {
  const tracks = [{ ...track('t-b'), order: 2 }, { ...track('t-a'), order: 1, shortLabel: 'A path' }, track('t-empty')] as GraphNode[];

  it('orders lanes by track order, drops empty tracks and puts nodes on no track last', () => {
    const nodes = [{ ...cert('x'), tracks: ['t-b'] }, { ...role('y'), tracks: ['unknown', 't-a'] }, cert('z')];
    const { lanes, laneOf } = planLanes(tracks, nodes);
    expect(lanes).toEqual([
      { id: 't-a', label: 'A path' },
      { id: 't-b', label: 't-b' },
      { id: 'other', label: 'Other paths' },
    ]);
    expect([...laneOf]).toEqual([1, 0, 2]);
  });

  it('makes no lanes when no node names a track', () => {
    const { lanes, laneOf } = planLanes(tracks, [cert('x'), role('y')]);
    expect(lanes).toEqual([]);
    expect([...laneOf]).toEqual([-1, -1]);
  });

  it('lays out a map without tracks with no regions', () => {
    const layout = layoutGraph({ nodes: [cert('a'), cert('b')], edges: edges(['a', 'prerequisite', 'b']) });
    expect(layout.regions).toBeUndefined();
  });
});
