import { useLayoutEffect, useRef } from 'react';
import { TITLES_LEVEL, useLevel } from './level-of-detail';

/**
 * Puts the level-of-detail classes (lod-0 … lod-7, and lod-far below the titles) on the canvas
 * root. Only this component re-renders when the zoom crosses a level: when the canvas read the
 * level itself, the whole of it (ReactFlow, minimap, lanes, controls) re-rendered inside the wheel
 * event, on top of the restyle that the change needs.
 */
export function LevelClasses() {
  const level = useLevel();
  const ref = useRef<HTMLSpanElement>(null);
  useLayoutEffect(() => {
    const root = ref.current?.closest('.react-flow');
    if (root === null || root === undefined) return undefined;
    const classes = [`lod-${String(level)}`, ...(level < TITLES_LEVEL ? ['lod-far'] : [])];
    const apply = () => {
      if (!classes.every((c) => root.classList.contains(c))) root.classList.add(...classes);
    };
    apply();
    // ReactFlow rewrites its root's className on its own renders (a theme change): put them back
    // before that frame is painted (observer callbacks run as microtasks, ahead of rendering).
    const observer = new MutationObserver(apply);
    observer.observe(root, { attributes: true, attributeFilter: ['class'] });
    return () => {
      observer.disconnect();
      root.classList.remove(...classes);
    };
  }, [level]);
  return <span ref={ref} hidden />;
}
