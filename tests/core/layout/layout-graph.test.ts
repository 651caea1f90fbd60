import { describe, expect, it } from 'vitest';
import {
  MARGIN,
  NODE_SIZE,
  layoutGraph,
  loadGraphValue,
  progressDirection,
  type GraphEdge,
  type GraphNode,
  type Layout,
  type LayoutDirection,
} from '../../../src/core/index';
import { generateCareerGraph } from '../../support/generate-career-graph';
import { boxById, distanceToBox, loadDefaultMap, overlappingPairs, segmentCrossesBox } from '../../support/layout-checks';
import { cert, edges, experience, role, skill, track } from '../../support/layout-fixtures';

const defaultMap = loadDefaultMap();
const mapInput = { nodes: defaultMap.nodes, edges: defaultMap.edges };

function generated(nodes: number, seed: number) {
  const result = loadGraphValue(generateCareerGraph({ nodes, seed }));
  if (!result.ok) throw new Error('the generated graph does not load');
  return { nodes: result.graph.nodes, edges: result.graph.edges };
}

const cases: [string, { nodes: readonly GraphNode[]; edges: readonly GraphEdge[] }][] = [
  ['the default map', mapInput],
  ['a generated 150-node graph', generated(150, 1)],
  ['a generated 300-node graph', generated(300, 2)],
];
const directions: LayoutDirection[] = ['LR', 'TB'];
const layouts = new Map<string, Layout>();
function layoutOf(name: string, input: (typeof cases)[number][1], direction: LayoutDirection): Layout {
  const key = `${name}|${direction}`;
  let layout = layouts.get(key);
  if (layout === undefined) {
    layout = layoutGraph(input, { direction });
    layouts.set(key, layout);
  }
  return layout;
}

/** Position of a box along the rank axis: [start, end). */
function along(box: { x: number; y: number; width: number; height: number }, direction: LayoutDirection): [number, number] {
  return direction === 'LR' ? [box.x, box.x + box.width] : [box.y, box.y + box.height];
}

describe('layoutGraph on maps and generated graphs', () => {
  for (const [name, input] of cases) {
    for (const direction of directions) {
      describe(`${name}, ${direction}`, () => {
        const layout = layoutOf(name, input, direction);
        const boxes = boxById(layout);

        it('never lets two boxes come within 4 px of each other', () => {
          expect(overlappingPairs(layout, 4)).toEqual([]);
        });

        it('gives every node but tracks a box of its kind’s size', () => {
          const expected = input.nodes.filter((n) => n.kind !== 'track');
          expect(layout.nodes.map((n) => n.id)).toEqual(expected.map((n) => n.id));
          for (const node of expected) {
            expect(boxes.get(node.id)).toMatchObject(NODE_SIZE[node.kind]);
          }
        });

        it('gives every edge a path from its source’s border to its target’s', () => {
          expect(layout.edges.map((e) => e.key)).toEqual(input.edges.map((e) => `${e.source}->${e.target}:${e.kind}`));
          for (const edge of layout.edges) {
            expect(edge.points.length).toBeGreaterThanOrEqual(2);
            const first = edge.points[0];
            const last = edge.points[edge.points.length - 1];
            const source = boxes.get(edge.source);
            const target = boxes.get(edge.target);
            if (first === undefined || last === undefined || source === undefined || target === undefined) throw new Error(edge.key);
            expect(distanceToBox(first, source), `${edge.key} starts off its source`).toBeLessThanOrEqual(1);
            expect(distanceToBox(last, target), `${edge.key} ends off its target`).toBeLessThanOrEqual(1);
          }
        });

        it('draws every forward-routed edge from an earlier rank to a later one', () => {
          for (const edge of layout.edges) {
            if ((edge.routing !== 'dagre' && edge.routing !== 'threaded') || edge.backward === true) continue;
            const [from, to] = progressDirection(edge.kind) === 'forward' ? [edge.source, edge.target] : [edge.target, edge.source];
            const [, fromEnd] = along(boxes.get(from) as never, direction);
            const [toStart] = along(boxes.get(to) as never, direction);
            expect(fromEnd, edge.key).toBeLessThan(toStart);
          }
        });

        it('never draws a prerequisite between ungrouped nodes backward or within a rank', () => {
          for (const edge of layout.edges) {
            if (edge.kind !== 'prerequisite') continue;
            if (boxes.get(edge.source)?.group !== undefined || boxes.get(edge.target)?.group !== undefined) continue;
            expect(edge.routing, edge.key).toMatch(/^(dagre|threaded)$/);
            expect(edge.backward, edge.key).toBeUndefined();
          }
        });

        it('routes edges it threads, joins within a rank or within a group around every box', () => {
          const crossings: string[] = [];
          for (const edge of layout.edges) {
            if (edge.routing === 'dagre') continue;
            for (let i = 1; i < edge.points.length; i++) {
              const a = edge.points[i - 1] as { x: number; y: number };
              const b = edge.points[i] as { x: number; y: number };
              for (const box of layout.nodes) {
                if (box.id === edge.source || box.id === edge.target) continue;
                if (segmentCrossesBox(a, b, box, 1)) crossings.push(`${edge.key} crosses ${box.id}`);
              }
            }
          }
          expect(crossings).toEqual([]);
        });

        it('starts the content at the margin and sizes the canvas to it', () => {
          const regions = layout.regions ?? [];
          const xs = [...layout.nodes.map((n) => n.x), ...layout.edges.flatMap((e) => e.points.map((p) => p.x)), ...regions.flatMap((r) => [r.x, r.x + r.width])];
          const ys = [...layout.nodes.map((n) => n.y), ...layout.edges.flatMap((e) => e.points.map((p) => p.y)), ...regions.flatMap((r) => [r.y, r.y + r.height])];
          expect(Math.min(...xs)).toBe(MARGIN);
          expect(Math.min(...ys)).toBe(MARGIN);
          const right = Math.max(...layout.nodes.map((n) => n.x + n.width), ...xs);
          const bottom = Math.max(...layout.nodes.map((n) => n.y + n.height), ...ys);
          expect(layout.width).toBeCloseTo(right + MARGIN, 0);
          expect(layout.height).toBeCloseTo(bottom + MARGIN, 0);
        });
      });
    }
  }

  it('gives the same layout for the same input', () => {
    expect(layoutGraph(mapInput, { direction: 'TB' })).toEqual(layoutOf('the default map', mapInput, 'TB'));
    const input = generated(150, 1);
    expect(layoutGraph(input)).toEqual(layoutOf('a generated 150-node graph', input, 'LR'));
  });

  it('rounds every coordinate to 0.1 px', () => {
    const layout = layoutOf('the default map', mapInput, 'LR');
    const values = [...layout.nodes.flatMap((n) => [n.x, n.y]), ...layout.edges.flatMap((e) => e.points.flatMap((p) => [p.x, p.y]))];
    for (const v of values) expect(Math.abs(v * 10 - Math.round(v * 10))).toBeLessThan(1e-6);
  });
});

describe('layoutGraph on small fixtures', () => {
  const rank = (layout: Layout, id: string) => layout.nodes.find((n) => n.id === id)?.rank;

  it('ranks a chain of prerequisites left to right (LR) and top to bottom (TB)', () => {
    const input = { nodes: [cert('a'), cert('b'), cert('c')], edges: edges(['a', 'prerequisite', 'b'], ['b', 'prerequisite', 'c']) };
    const lr = boxById(layoutGraph(input));
    expect((lr.get('a')?.x ?? 0) + 232).toBeLessThan(lr.get('b')?.x ?? 0);
    expect((lr.get('b')?.x ?? 0) + 232).toBeLessThan(lr.get('c')?.x ?? 0);
    const tb = boxById(layoutGraph(input, { direction: 'TB' }));
    expect((tb.get('a')?.y ?? 0) + 76).toBeLessThan(tb.get('b')?.y ?? 0);
    expect((tb.get('b')?.y ?? 0) + 76).toBeLessThan(tb.get('c')?.y ?? 0);
  });

  it('puts a skill a role requires before the role: requires is walked from skill to role', () => {
    const input = { nodes: [role('r'), skill('s')], edges: edges(['r', 'requires', 's']) };
    const layout = layoutGraph(input, { groupSkills: false });
    expect(rank(layout, 's')).toBe(0);
    expect(rank(layout, 'r')).toBe(1);
    // The path still runs from the data edge's source (the role) to its target (the skill).
    const boxes = boxById(layout);
    const path = layout.edges[0]?.points ?? [];
    expect(distanceToBox(path[0] ?? { x: NaN, y: NaN }, boxes.get('r') as never)).toBeLessThanOrEqual(1);
  });

  it('hangs skills in a column under the certification that teaches them', () => {
    const input = {
      nodes: [cert('c'), skill('s1'), skill('s2'), role('r')],
      edges: edges(['c', 'teaches', 's1'], ['c', 'teaches', 's2'], ['c', 'leads-to', 'r'], ['r', 'requires', 's2']),
    };
    const layout = layoutGraph(input);
    const boxes = boxById(layout);
    const c = boxes.get('c') as never as { x: number; y: number; height: number };
    expect(boxes.get('s1')).toMatchObject({ group: 'c', rank: rank(layout, 'c') });
    expect(boxes.get('s1')?.y).toBeGreaterThan(c.y + c.height);
    expect(boxes.get('s2')?.y).toBeGreaterThan(boxes.get('s1')?.y ?? Infinity);
    expect(boxes.get('s1')?.x).toBeGreaterThan(c.x);
    const spine = layout.edges.find((e) => e.key === 'c->s1:teaches');
    expect(spine?.routing).toBe('in-group');
    expect(layout.edges.find((e) => e.key === 'r->s2:requires')?.routing).toBe('dagre');
  });

  it('puts a role linked only to grouped skills after the exam that teaches them', () => {
    const input = {
      nodes: [cert('basics'), cert('exam'), skill('s'), role('architect')],
      edges: edges(['basics', 'prerequisite', 'exam'], ['exam', 'teaches', 's'], ['architect', 'requires', 's']),
    };
    const layout = layoutGraph(input);
    expect(rank(layout, 'architect')).toBeGreaterThan(rank(layout, 'exam') ?? Infinity);
  });

  it('groups a skill nothing teaches under the earliest node that requires it', () => {
    const input = {
      nodes: [role('junior'), role('senior'), skill('s')],
      edges: edges(['junior', 'leads-to', 'senior'], ['senior', 'requires', 's'], ['junior', 'requires', 's']),
    };
    expect(boxById(layoutGraph(input)).get('s')?.group).toBe('junior');
  });

  it('ranks skills as nodes of their own when grouping is off', () => {
    const input = { nodes: [cert('c'), skill('s')], edges: edges(['c', 'teaches', 's']) };
    const layout = layoutGraph(input, { groupSkills: false });
    expect(boxById(layout).get('s')?.group).toBeUndefined();
    expect(rank(layout, 's')).toBe(1);
  });

  it('keeps a hub after what leads to it even when its spokes lead back to it', () => {
    // The MS-102 pattern: the exam leads to the admin role, which leads to specialist roles that
    // lead back to it and recommend the exam again.
    const input = {
      nodes: [role('help-desk'), cert('ms-102'), role('admin'), role('endpoint'), role('teams'), role('generalist'), cert('az-104')],
      edges: edges(
        ['help-desk', 'recommends', 'ms-102'],
        ['ms-102', 'leads-to', 'admin'],
        ['admin', 'leads-to', 'endpoint'],
        ['admin', 'leads-to', 'teams'],
        ['admin', 'leads-to', 'generalist'],
        ['endpoint', 'leads-to', 'admin'],
        ['teams', 'leads-to', 'admin'],
        ['generalist', 'leads-to', 'admin'],
        ['generalist', 'recommends', 'ms-102'],
        ['admin', 'recommends', 'az-104'],
        ['ms-102', 'recommends', 'az-104'],
      ),
    };
    const layout = layoutGraph(input);
    const r = (id: string) => rank(layout, id) ?? NaN;
    expect(r('help-desk')).toBeLessThan(r('ms-102'));
    expect(r('ms-102')).toBeLessThan(r('admin'));
    expect(r('admin')).toBeLessThan(r('endpoint'));
    expect(r('admin')).toBeLessThan(r('teams'));
    // The cheapest way to break the cycles: the spokes' edges back to the hub. (The generalist,
    // which also recommends MS-102, may go before MS-102 instead: the data allows both.)
    const back = layout.edges.filter((e) => e.backward === true).map((e) => e.key);
    expect(back).toEqual(expect.arrayContaining(['endpoint->admin:leads-to', 'teams->admin:leads-to']));
    // A backward path still runs from its source to its target.
    const boxes = boxById(layout);
    const edge = layout.edges.find((e) => e.key === 'endpoint->admin:leads-to');
    expect(distanceToBox(edge?.points[0] ?? { x: NaN, y: NaN }, boxes.get('endpoint') as never)).toBeLessThanOrEqual(1);
  });

  it('stands a replaced exam next to its replacement, in the same rank', () => {
    const input = { nodes: [cert('old'), cert('new'), role('r')], edges: edges(['old', 'replaced-by', 'new'], ['new', 'leads-to', 'r']) };
    const layout = layoutGraph(input);
    expect(rank(layout, 'old')).toBe(rank(layout, 'new'));
    expect(layout.edges[0]?.routing).toBe('same-rank');
  });

  it('pulls a requirement next to what needs it rather than to the first rank', () => {
    const input = {
      nodes: [cert('a'), cert('b'), cert('c'), experience('teaching'), cert('trainer')],
      edges: edges(['a', 'prerequisite', 'b'], ['b', 'prerequisite', 'c'], ['c', 'recommends', 'trainer'], ['teaching', 'prerequisite', 'trainer']),
    };
    const layout = layoutGraph(input);
    expect(rank(layout, 'teaching')).toBe((rank(layout, 'trainer') ?? NaN) - 1);
  });

  it('leaves out tracks and edges whose ends are not laid out', () => {
    const input = {
      nodes: [track('t'), cert('a'), cert('b')],
      edges: edges(['a', 'prerequisite', 'b'], ['a', 'prerequisite', 'missing'], ['a', 'prerequisite', 'b']),
    };
    const layout = layoutGraph(input);
    expect(layout.nodes.map((n) => n.id)).toEqual(['a', 'b']);
    expect(layout.edges.map((e) => e.key)).toEqual(['a->b:prerequisite']);
  });

  it('lays out an empty map as an empty canvas', () => {
    expect(layoutGraph({ nodes: [], edges: [] })).toEqual({ direction: 'LR', nodes: [], edges: [], width: 0, height: 0, rankCount: 0 });
  });

  it('throws on duplicate node ids (a programmer error: the loader rejects them)', () => {
    expect(() => layoutGraph({ nodes: [cert('a'), cert('a')], edges: [] })).toThrow('core/layout.layoutGraph: duplicate node id "a"');
  });

  it('reports its phases in order', () => {
    const phases: string[] = [];
    layoutGraph({ nodes: [cert('a'), cert('b')], edges: edges(['a', 'prerequisite', 'b']) }, {}, { onPhase: (p) => phases.push(p) });
    expect(phases).toEqual(['rank', 'order', 'position', 'route']);
  });
});
