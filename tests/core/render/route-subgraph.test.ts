import { describe, expect, it } from 'vitest';
import { edgeKey, findRoute } from '../../../src/core/index';
import { routeHighlight, routeIds, routeSubgraph } from '../../../src/core/render/index';
import { loadDefaultMap } from './fixtures';
import { ROUTE } from './route-fixture';

describe('routeIds and routeHighlight', () => {
  it('list the steps’ nodes in order and the edges that lead to them', () => {
    const ids = routeIds(ROUTE);
    expect(ids).toEqual({
      nodeIds: ['role-m365-administrator', 'az-104', 'az-305'],
      edgeKeys: ['role-m365-administrator->az-104:recommends', 'az-104->az-305:prerequisite'],
    });
    const highlight = routeHighlight(ids);
    expect([...highlight.nodes]).toEqual(ids.nodeIds);
    expect([...highlight.edges]).toEqual(ids.edgeKeys);
  });
});

describe('routeSubgraph', () => {
  const model = loadDefaultMap();

  it('returns only the route’s nodes and edges from the map', () => {
    const found = findRoute(model, 'role-m365-administrator', 'role-cloud-solutions-architect', { by: 'steps' });
    expect(found.ok).toBe(true);
    if (!found.ok) return;
    const ids = routeIds(found.route);
    const sub = routeSubgraph(model, ids);
    expect(sub.nodes.map((n) => n.id)).toEqual(ids.nodeIds);
    expect(sub.edges.map(edgeKey)).toEqual(ids.edgeKeys);
    for (const edge of sub.edges) {
      expect(ids.nodeIds).toContain(edge.source);
      expect(ids.nodeIds).toContain(edge.target);
    }
  });

  it('throws a prefixed error for an id not in the map', () => {
    expect(() => routeSubgraph(model, { nodeIds: ['nope'], edgeKeys: [] })).toThrow(/^core\/render\.routeSubgraph: unknown node "nope"/);
    expect(() => routeSubgraph(model, { nodeIds: [], edgeKeys: ['a->b:teaches'] })).toThrow(/unknown edge "a->b:teaches"/);
  });
});
