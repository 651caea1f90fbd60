import { useCallback, useEffect, useMemo, useState } from 'react';
import { useReactFlow } from '@xyflow/react';
import type { Layout } from '../../core/index';
import { useAppStore } from '../../state/store';
import { nodeInDirection, type Direction } from './node-in-direction';

/** The node drawn first in reading order: leftmost then topmost (left to right), topmost then leftmost (top to bottom). */
function firstNode(layout: Layout): string | null {
  const [a, b] = layout.direction === 'TB' ? (['y', 'x'] as const) : (['x', 'y'] as const);
  let best: Layout['nodes'][number] | null = null;
  for (const box of layout.nodes) {
    if (best === null || box[a] < best[a] || (box[a] === best[a] && box[b] < best[b])) best = box;
  }
  return best?.id ?? null;
}

function nodeElement(id: string): HTMLElement | null {
  return document.querySelector<HTMLElement>(`.react-flow__node[data-id="${CSS.escape(id)}"]`);
}

export interface RovingFocus {
  /** The one node Tab reaches. */
  readonly tabStop: string | null;
  /** Moves focus from `fromId` to the linked node in `direction`; false when none lies that way. */
  readonly move: (fromId: string, direction: Direction) => boolean;
}

/**
 * The map as one Tab stop (a roving tabindex): the node focused last, else the selected node, else
 * the route's start, else the first node, has tabIndex 0; the arrow keys move focus along links
 * (node-in-direction.ts). React Flow centres a focused node that is out of view (autoPanOnNodeFocus);
 * a node not drawn yet (huge maps draw what is in view) is centred first, then focused.
 */
export function useRovingFocus(layout: Layout, selectedId: string | null, routeFrom: string | null): RovingFocus {
  const flow = useReactFlow();
  // The node focused last, remembered with the selection of the moment: a new selection (a click,
  // search, a link) is where Tab should come back to instead.
  const [focused, setFocused] = useState<{ readonly id: string; readonly during: string | null } | null>(null);
  const last = focused !== null && focused.during === selectedId ? focused.id : null;
  const setLast = useCallback((id: string) => {
    setFocused({ id, during: useAppStore.getState().selectedId });
  }, []);
  const drawn = useMemo(() => new Set(layout.nodes.map((n) => n.id)), [layout]);
  useEffect(() => {
    const onFocus = (event: FocusEvent): void => {
      const el = event.target instanceof HTMLElement ? event.target.closest<HTMLElement>('.react-flow__node') : null;
      const id = el?.dataset.id;
      if (id !== undefined && drawn.has(id)) setLast(id);
    };
    document.addEventListener('focusin', onFocus);
    return () => {
      document.removeEventListener('focusin', onFocus);
    };
  }, [drawn, setLast]);
  const tabStop = [last, selectedId, routeFrom].find((id) => id !== null && drawn.has(id)) ?? firstNode(layout);

  const move = useCallback(
    (fromId: string, direction: Direction): boolean => {
      const boxes = layout.nodes;
      const to = nodeInDirection(fromId, direction, boxes, layout.edges);
      if (to === null) return false;
      setLast(to);
      const now = nodeElement(to);
      if (now !== null) {
        now.focus({ preventScroll: true });
        return true;
      }
      const box = boxes.find((b) => b.id === to);
      if (box !== undefined) void flow.setCenter(box.x + box.width / 2, box.y + box.height / 2, { zoom: flow.getZoom() });
      let tries = 0;
      const retry = (): void => {
        const el = nodeElement(to);
        if (el !== null) el.focus({ preventScroll: true });
        else if ((tries += 1) < 30) requestAnimationFrame(retry);
      };
      requestAnimationFrame(retry);
      return true;
    },
    [layout, flow, setLast],
  );
  return { tabStop, move };
}
