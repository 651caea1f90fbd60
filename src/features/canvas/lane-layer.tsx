import { memo } from 'react';
import { useStore, ViewportPortal, type ReactFlowState } from '@xyflow/react';
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

const selectTransform = (s: ReactFlowState) => s.transform;
const selectSize = (s: ReactFlowState) => `${String(s.width)}x${String(s.height)}`;

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

export function LaneNames({ regions, direction }: { regions: readonly LayoutRegion[]; direction: LayoutDirection }) {
  const [tx, ty, zoom] = useStore(selectTransform);
  const size = useStore(selectSize);
  const [width, height] = size.split('x').map(Number) as [number, number];
  return (
    <div className="pw-lane-names" role="list" aria-label="Career paths">
      {regions.map((r) => {
        const left = r.x * zoom + tx;
        const top = r.y * zoom + ty;
        const right = left + r.width * zoom;
        const bottom = top + r.height * zoom;
        if (right < 0 || bottom < 0 || left > width || top > height) return null;
        const header = r.header * zoom;
        const fontSize = laneFontSize(r.header, zoom);
        const line = fontSize + LEADING;
        const inStrip = Math.max(0, (header - line) / 2);
        const style =
          direction === 'LR'
            ? { left: Math.min(Math.max(left, 0) + INSET, Math.max(left + INSET, right - 200)), top: top + inStrip, fontSize, lineHeight: `${String(line)}px`, height: line }
            : { left: left + inStrip, top: Math.min(Math.max(top, 0) + INSET, Math.max(top + INSET, bottom - 200)), fontSize, lineHeight: `${String(line)}px`, width: line };
        return (
          <div key={r.id} role="listitem" className={`pw-lane-name ${direction === 'TB' ? 'vertical' : ''}`} data-track={r.id} style={style}>
            {r.label}
          </div>
        );
      })}
    </div>
  );
}
