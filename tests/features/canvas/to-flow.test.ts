import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { layoutGraph, loadGraphText, type Layout } from '../../../src/core/index';
import { toMapEdges, type Highlight } from '../../../src/features/canvas/to-flow';

const loaded = loadGraphText(readFileSync(resolve(import.meta.dirname, '../../../graph-data/ms-102.json'), 'utf8'));
if (!loaded.ok) throw new Error('the default map does not load');
const model = loaded.graph;
const layout: Layout = layoutGraph({ nodes: model.nodes, edges: model.edges }, { direction: 'LR' });

const rest: Highlight = { routeNodes: new Set(), routeEdges: new Set(), hoverNodes: new Set(), selectedId: null, progress: new Map() };
const skillEdges = layout.edges.filter((e) => e.kind === 'teaches' || e.kind === 'requires');

describe('toMapEdges', () => {
  it('leaves skill edges undrawn at rest and draws every other edge', () => {
    const edges = toMapEdges(layout, rest, model);
    expect(skillEdges.length).toBeGreaterThan(0);
    const drawn = new Set(edges.map((e) => e.id));
    expect(new Set(layout.edges.filter((e) => !drawn.has(e.key)).map((e) => e.key))).toEqual(new Set(skillEdges.map((e) => e.key)));
  });

  it('draws the skill edges of the hovered or selected node, and those on the route', () => {
    const edge = skillEdges[0];
    if (edge === undefined) throw new Error('no skill edge');
    const drawn = (h: Highlight) => toMapEdges(layout, h, model).some((e) => e.id === edge.key);
    expect(drawn(rest)).toBe(false);
    expect(drawn({ ...rest, selectedId: edge.target })).toBe(true);
    expect(drawn({ ...rest, hoverNodes: new Set([edge.source, edge.target]) })).toBe(true);
    expect(drawn({ ...rest, routeNodes: new Set([edge.source, edge.target]), routeEdges: new Set([edge.key]) })).toBe(true);
  });

  it('marks the edges on the route, and only those, as on the route', () => {
    const onRoute = layout.edges[0];
    if (onRoute === undefined) throw new Error('no edge');
    const edges = toMapEdges(layout, { ...rest, routeNodes: new Set([onRoute.source, onRoute.target]), routeEdges: new Set([onRoute.key]) }, model);
    expect(edges.filter((e) => e.onRoute).map((e) => e.id)).toEqual([onRoute.key]);
    expect(edges.filter((e) => e.className.split(' ').includes('on-route')).map((e) => e.id)).toEqual([onRoute.key]);
    for (const edge of edges) expect(edge.kind).toBe(layout.edges.find((e) => e.key === edge.id)?.kind);
  });
});
