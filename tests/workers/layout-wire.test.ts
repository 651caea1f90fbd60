import { describe, expect, it } from 'vitest';
import { layoutGraph, type Layout } from '../../src/core/index';
import { packEdgeInput, packLayout, unpackEdgeInput, unpackLayout } from '../../src/workers/layout-wire';
import { generateCareerGraph } from '../support/generate-career-graph';
import { loadDefaultMap } from '../support/layout-checks';

describe('packLayout / unpackLayout', () => {
  it('round-trips the default map’s layout exactly', () => {
    const model = loadDefaultMap();
    const layout = layoutGraph({ nodes: model.nodes, edges: model.edges }, { direction: 'TB' });
    expect(unpackLayout(packLayout(layout).packed)).toEqual(layout);
  });

  it('round-trips a generated graph’s layout, backward edges included', () => {
    const layout = layoutGraph(generateCareerGraph({ nodes: 150, seed: 3 }));
    expect(layout.edges.some((e) => e.backward === true)).toBe(true);
    expect(unpackLayout(packLayout(layout).packed)).toEqual(layout);
  });

  it('keeps optional fields absent when they were', () => {
    const bare: Layout = {
      direction: 'LR',
      nodes: [
        { id: 'a', x: 0, y: 0, width: 10, height: 10 },
        { id: 'b', x: 20, y: 0, width: 10, height: 10 },
      ],
      edges: [{ key: 'a->b:recommends', source: 'a', target: 'b', kind: 'recommends', points: [{ x: 10, y: 5 }, { x: 20, y: 5 }] }],
      width: 30,
      height: 10,
    };
    expect(unpackLayout(packLayout(bare).packed)).toEqual(bare);
  });

  it('lists every buffer for transfer', () => {
    const { packed, transfer } = packLayout(layoutGraph(generateCareerGraph({ nodes: 30, seed: 1 })));
    expect(transfer).toEqual([packed.nodeBoxes.buffer, packed.nodeGroups.buffer, packed.edgeEnds.buffer, packed.edgeFlags.buffer, packed.pointStart.buffer, packed.points.buffer]);
  });
});

describe('packEdgeInput / unpackEdgeInput', () => {
  it('round-trips a generated graph’s edges exactly, in order', () => {
    const graph = generateCareerGraph({ nodes: 300, seed: 5 });
    const edges = graph.edges.map(({ source, target, kind }) => ({ source, target, kind }));
    const { packed, transfer } = packEdgeInput(graph.nodes, edges);
    expect(unpackEdgeInput(graph.nodes, packed)).toEqual(edges);
    expect(new Set(packed.kinds).size).toBe(packed.kinds.length);
    expect(transfer).toEqual([packed.ends.buffer, packed.kindOf.buffer]);
  });

  it('keeps an edge whose end is not among the nodes', () => {
    const nodes = [{ id: 'a' }, { id: 'b' }];
    const edges = [
      { source: 'a', target: 'gone', kind: 'leads-to' as const },
      { source: 'gone', target: 'b', kind: 'prerequisite' as const },
      { source: 'a', target: 'b', kind: 'leads-to' as const },
    ];
    const { packed } = packEdgeInput(nodes, edges);
    expect(packed.extraIds).toEqual(['gone']);
    expect(unpackEdgeInput(nodes, packed)).toEqual(edges);
  });
});
