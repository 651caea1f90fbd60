import { useEffect } from 'react';
import { useReactFlow } from '@xyflow/react';
import { ARROW_DIRECTIONS, type Direction } from './node-in-direction';

const PAN_STEP = 80;

function typingInField(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
}

/** The id of the map node that has keyboard focus, or null. */
function focusedNode(target: EventTarget | null): string | null {
  return target instanceof HTMLElement && target.classList.contains('react-flow__node') ? (target.dataset.id ?? null) : null;
}

/**
 * Keyboard map control (ignored while typing): on a focused node the arrow keys move focus to a
 * linked node (`moveFocus`); Shift+arrows pan the map anywhere, and so do plain arrows when no node
 * has focus; + and - zoom, 0 fits the view; Escape calls `onEscape`.
 */
export function useCanvasKeys(onEscape: () => void, moveFocus: (fromId: string, direction: Direction) => boolean): void {
  const flow = useReactFlow();
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (typingInField(event.target) || event.altKey || event.ctrlKey || event.metaKey) return;
      const direction = ARROW_DIRECTIONS[event.key];
      const node = focusedNode(event.target);
      if (direction !== undefined && node !== null && !event.shiftKey) {
        moveFocus(node, direction);
        // Even at the map's edge: the page must not scroll instead.
        event.preventDefault();
        return;
      }
      const pan = { ArrowLeft: [PAN_STEP, 0], ArrowRight: [-PAN_STEP, 0], ArrowUp: [0, PAN_STEP], ArrowDown: [0, -PAN_STEP] }[event.key];
      if (pan !== undefined) {
        const { x, y, zoom } = flow.getViewport();
        void flow.setViewport({ x: x + (pan[0] ?? 0), y: y + (pan[1] ?? 0), zoom }, { duration: 120 });
        event.preventDefault();
      } else if (event.key === '+' || event.key === '=') {
        void flow.zoomIn({ duration: 150 });
      } else if (event.key === '-' || event.key === '_') {
        void flow.zoomOut({ duration: 150 });
      } else if (event.key === '0') {
        void flow.fitView({ duration: 200, padding: 0.08 });
      } else if (event.key === 'Escape') {
        onEscape();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => {
      window.removeEventListener('keydown', onKey);
    };
  }, [flow, onEscape, moveFocus]);
}
