import { describe, expect, it } from 'vitest';
import { layoutGraph, type Layout } from '../../src/core/index';
import { packLayout, unpackLayout } from '../../src/workers/layout-wire';
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
