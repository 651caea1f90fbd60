// @vitest-environment jsdom
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { describe, expect, it } from 'vitest';
import { EdgeLines, type MapEdge } from '../../../src/features/canvas/edge-layer';
import { arrowId } from '../../../src/features/canvas/edge-markers';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const plain: MapEdge = { id: 'a->b:prerequisite', kind: 'prerequisite', points: [{ x: 0, y: 0 }, { x: 100, y: 0 }], className: 'kind-prerequisite from-level-1', onRoute: false };
const dashed: MapEdge = { id: 'b->c:recommends', kind: 'recommends', points: [{ x: 0, y: 0 }, { x: 50, y: 0 }, { x: 50, y: 40 }], className: 'kind-recommends from-level-2 dimmed', onRoute: false };
const route: MapEdge = { id: 'c->d:leads-to', kind: 'leads-to', points: [{ x: 0, y: 0 }, { x: 0, y: 80 }], className: 'kind-leads-to from-level-1 on-route', onRoute: true };

function render(edges: readonly MapEdge[]): { host: HTMLElement; unmount: () => void } {
  const host = document.createElement('div');
  const root = createRoot(host);
  act(() => {
    root.render(<EdgeLines edges={edges} />);
  });
  return {
    host,
    unmount: () => {
      act(() => {
        root.unmount();
      });
    },
  };
}

describe('EdgeLines', () => {
  it('draws the edges under the nodes, and the route over them, with the classes the stylesheet keys on', () => {
    const { host, unmount } = render([plain, dashed, route]);
    const layers = host.querySelectorAll('svg.pw-edges');
    expect(layers).toHaveLength(2);
    expect([...(layers[0]?.querySelectorAll('.pw-edge') ?? [])].map((g) => g.getAttribute('data-id'))).toEqual([plain.id, dashed.id]);
    expect(layers[1]?.classList.contains('pw-edges-over')).toBe(true);
    expect([...(layers[1]?.querySelectorAll('.pw-edge') ?? [])].map((g) => g.getAttribute('data-id'))).toEqual([route.id]);
    expect(host.querySelector(`[data-id="${dashed.id}"]`)?.getAttribute('class')).toBe('pw-edge kind-recommends from-level-2 dimmed');
    for (const layer of layers) expect(layer.getAttribute('aria-hidden')).toBe('true');
    unmount();
  });

  it('ends each edge in its arrowhead, and strokes a dashed edge piece by piece with its dashes continuing', () => {
    const { host, unmount } = render([plain, dashed, route]);
    const paths = (id: string) => [...host.querySelectorAll(`[data-id="${id}"] path`)];
    expect(paths(plain.id).map((p) => p.getAttribute('marker-end'))).toEqual([`url(#${arrowId('prerequisite')})`]);
    expect(paths(route.id).map((p) => p.getAttribute('marker-end'))).toEqual([`url(#${arrowId('route')})`]);
    const pieces = paths(dashed.id).filter((p) => p.classList.contains('pw-edge-piece'));
    expect(pieces).toHaveLength(2);
    expect(Number(pieces[0]?.getAttribute('stroke-dashoffset'))).toBe(0);
    // The second piece starts after the first run (42 px) and the rounded corner's arc.
    expect(Number(pieces[1]?.getAttribute('stroke-dashoffset'))).toBeCloseTo(54.6, 0);
    const carrier = paths(dashed.id).filter((p) => p.classList.contains('pw-edge-carrier'));
    expect(carrier.map((p) => p.getAttribute('marker-end'))).toEqual([`url(#${arrowId('recommends')})`]);
    unmount();
  });

  it('leaves out the route layer when no route is shown', () => {
    const { host, unmount } = render([plain]);
    expect(host.querySelectorAll('svg.pw-edges')).toHaveLength(1);
    unmount();
  });
});
