import { useLayoutEffect, useRef } from 'react';
import { TITLES_LEVEL, levelCss, underClasses, useLevel, type Level } from './level-of-detail';

// The ladder's rules, built once (they depend on constants only).
const LEVEL_CSS = levelCss();

/** The classes the canvas root carries at a level. */
export function levelClasses(level: Level): readonly string[] {
  return [`lod-${String(level)}`, ...(level < TITLES_LEVEL ? ['lod-far'] : []), ...(level === TITLES_LEVEL ? ['lod-titles'] : []), ...underClasses(level)];
}

/**
 * Puts the level-of-detail classes (lod-N; lod-far below the titles, lod-titles at them; the
 * ladder's under-lod-N, see underClasses) on the
 * canvas root, and the ladder's rules (levelCss) next to it. Only this component re-renders when the zoom crosses a level: when the canvas read the
 * level itself, the whole of it (ReactFlow, minimap, lanes, controls) re-rendered inside the wheel
 * event, on top of the restyle that the change needs.
 *
 * A level change swaps only the classes that differ: taking `lod-far` off and putting it back on
 * every crossing (lod-3 → lod-4) made Chromium restyle every element of the map (about 2,500) for
 * a change that touches the far labels and some edges.
 */
export function LevelClasses() {
  const level = useLevel();
  const ref = useRef<HTMLSpanElement>(null);
  const wanted = useRef<readonly string[]>([]);

  useLayoutEffect(() => {
    const root = ref.current?.closest('.react-flow');
    if (root === null || root === undefined) return undefined;
    const apply = () => {
      const missing = wanted.current.filter((c) => !root.classList.contains(c));
      if (missing.length > 0) root.classList.add(...missing);
    };
    // ReactFlow rewrites its root's className on its own renders (a theme change): put them back
    // before that frame is painted (observer callbacks run as microtasks, ahead of rendering).
    const observer = new MutationObserver(apply);
    observer.observe(root, { attributes: true, attributeFilter: ['class'] });
    return () => {
      observer.disconnect();
      root.classList.remove(...wanted.current);
      wanted.current = [];
    };
  }, []);

  useLayoutEffect(() => {
    const root = ref.current?.closest('.react-flow');
    if (root === null || root === undefined) return;
    const next = levelClasses(level);
    const stale = wanted.current.filter((c) => !next.includes(c));
    if (stale.length > 0) root.classList.remove(...stale);
    wanted.current = next;
    const missing = next.filter((c) => !root.classList.contains(c));
    if (missing.length > 0) root.classList.add(...missing);
  }, [level]);

  return (
    <>
      <style>{LEVEL_CSS}</style>
      <span ref={ref} hidden />
    </>
  );
}
