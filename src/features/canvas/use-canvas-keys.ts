import { useEffect } from 'react';
import { useReactFlow } from '@xyflow/react';

const PAN_STEP = 80;

function typingInField(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
}

/**
 * Keyboard map control: arrow keys pan, + and - zoom, 0 fits the view. Ignored while typing.
 * Arrow keys on a focused node keep their meaning for React Flow's own focus handling.
 */
export function useCanvasKeys(onEscape: () => void): void {
  const flow = useReactFlow();
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (typingInField(event.target) || event.altKey || event.ctrlKey || event.metaKey) return;
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
  }, [flow, onEscape]);
}
