import { memo, useLayoutEffect, useRef } from 'react';
import { useStoreApi, ViewportPortal, type ReactFlowState } from '@xyflow/react';
import type { LayoutDirection, LayoutRegion } from '../../core/index';
import './lane-layer.css';

/**
 * The career-path lanes of a layout (see core/layout/lanes.ts): tinted bands drawn in the map's
 * own coordinates under the nodes, and the lanes' names drawn at one size on screen over the
 * map, like place names in map apps, so they stay readable (13 px) at every zoom. Each name sits
 * in its lane's header strip, where no node is, and slides along it to stay on screen.
 */
export const LaneBands = memo(function LaneBands({ regions }: { regions: readonly LayoutRegion[] }) {
  return (
    <ViewportPortal>
      <div className="pw-lane-bands" aria-hidden="true">
        {regions.map((r, i) => (
          <div
            key={r.id}
            className={`pw-lane-band${i % 2 === 1 ? ' odd' : ''}`}
            style={{ transform: `translate(${String(r.x)}px, ${String(r.y)}px)`, width: r.width, height: r.height }}
          />
        ))}
      </div>
    </ViewportPortal>
  );
});

/** Names stay this far inside the canvas's edge when they slide. */
const INSET = 8;
/**
 * Type size of the names, and the room their line box takes beyond it: none, so a strip as tall
 * as the type holds it (a phone fits the lanes' height at zoom ≈ 0.2: 64 px strips are 12.7 px);
 * the glyphs' ascent and descent reach into the lane's padding, where no node text is.
 */
const FONT = 13;
const LEADING = 0;
/** Below this zoom no node text is drawn (level 0), so a name may overhang its header strip. */
const NODE_TEXT_ZOOM = 0.17;

/**
 * The names' type size at a zoom: 13 px, or less (never below 9) when the header strip has
 * become too thin on screen to hold 13 px type clear of the node labels under it.
 */
export function laneFontSize(header: number, zoom: number): number {
  if (zoom < NODE_TEXT_ZOOM) return FONT;
  return Math.max(9, Math.min(FONT, header * zoom - LEADING));
}

/** Where a lane's name goes on screen (null: the lane is out of view). */
export interface LaneNamePlace {
  readonly x: number;
  readonly y: number;
  readonly fontSize: number;
}

/**
 * A lane's name on a canvas of `width` × `height` showing the map at `transform` ([x, y, zoom]):
 * in the lane's header strip, sliding along it to stay on screen (LR: along x; TB: along y).
 */
export function laneNamePlace(r: LayoutRegion, direction: LayoutDirection, [tx, ty, zoom]: readonly [number, number, number], width: number, height: number): LaneNamePlace | null {
  const left = r.x * zoom + tx;
  const top = r.y * zoom + ty;
  const right = left + r.width * zoom;
  const bottom = top + r.height * zoom;
  if (right < 0 || bottom < 0 || left > width || top > height) return null;
  const header = r.header * zoom;
  const fontSize = laneFontSize(r.header, zoom);
  const inStrip = Math.max(0, (header - (fontSize + LEADING)) / 2);
  return direction === 'LR'
    ? { x: Math.min(Math.max(left, 0) + INSET, Math.max(left + INSET, right - 200)), y: top + inStrip, fontSize }
    : { x: left + inStrip, y: Math.min(Math.max(top, 0) + INSET, Math.max(top + INSET, bottom - 200)), fontSize };
}

/** Writes a name's place into its element's style, touching only what changed. */
function place(el: HTMLElement, at: LaneNamePlace | null): void {
  const display = at === null ? 'none' : '';
  if (el.style.display !== display) el.style.display = display;
  if (at === null) return;
  // A vertical name is turned to read bottom to top (lane-layer.css had it as its transform).
  const transform = `translate(${String(at.x)}px, ${String(at.y)}px)${el.classList.contains('vertical') ? ' rotate(180deg)' : ''}`;
  if (el.style.transform !== transform) el.style.transform = transform;
  const size = `${String(at.fontSize)}px`;
  if (el.style.fontSize !== size) {
    const line = `${String(at.fontSize + LEADING)}px`;
    el.style.fontSize = size;
    el.style.lineHeight = line;
    if (el.classList.contains('vertical')) el.style.width = line;
    else el.style.height = line;
  }
}

/**
 * The lanes' names over the map. They follow every frame of a pan or zoom, so React renders them
 * once per map and a subscription to React Flow's store moves them: re-rendering them from the
 * viewport (as before) ran React and restyled and laid out the list on every frame; now a frame
 * writes each name's transform (and its size when it changes), which needs no layout.
 */
export const LaneNames = memo(function LaneNames({ regions, direction }: { regions: readonly LayoutRegion[]; direction: LayoutDirection }) {
  const store = useStoreApi();
  const list = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const items = list.current === null ? [] : [...list.current.children].filter((el): el is HTMLElement => el instanceof HTMLElement);
    let last: ReactFlowState['transform'] | null = null;
    let lastSize = '';
    const update = (s: ReactFlowState) => {
      const size = `${String(s.width)}x${String(s.height)}`;
      if (s.transform === last && size === lastSize) return;
      last = s.transform;
      lastSize = size;
      regions.forEach((r, i) => {
        const el = items[i];
        if (el !== undefined) place(el, laneNamePlace(r, direction, s.transform, s.width, s.height));
      });
    };
    update(store.getState());
    return store.subscribe(update);
  }, [store, regions, direction]);
  return (
    <div ref={list} className="pw-lane-names" role="list" aria-label="Career paths">
      {regions.map((r) => (
        <div key={r.id} role="listitem" className={`pw-lane-name ${direction === 'TB' ? 'vertical' : ''}`} data-track={r.id} style={{ display: 'none' }}>
          {r.label}
        </div>
      ))}
    </div>
  );
});
