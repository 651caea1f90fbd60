// @vitest-environment jsdom
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { describe, expect, it } from 'vitest';
import { THEMES, type EdgeKind } from '../../../src/core/index';
import { EdgeMarkers, arrowId } from '../../../src/features/canvas/edge-markers';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

describe('EdgeMarkers', () => {
  it('defines one arrowhead per edge kind and one for the route, in the colours of the theme', () => {
    for (const theme of [THEMES.light, THEMES.dark]) {
      const host = document.createElement('div');
      const root = createRoot(host);
      act(() => {
        root.render(<EdgeMarkers theme={theme} />);
      });
      // The colour as the DOM writes it back (jsdom may turn #hex into rgb()).
      const css = (color: string) => {
        const probe = document.createElement('i');
        probe.style.fill = color;
        return probe.style.fill;
      };
      const fill = (id: string) => host.querySelector<SVGElement>(`marker[id="${id}"] polyline`)?.style.fill;
      const kinds = Object.keys(theme.edge) as EdgeKind[];
      expect(host.querySelectorAll('marker')).toHaveLength(kinds.length + 1);
      for (const kind of kinds) expect(fill(arrowId(kind))).toBe(css(theme.edge[kind].color));
      expect(fill(arrowId('route'))).toBe(css(theme.route));
      act(() => {
        root.unmount();
      });
    }
  });
});
