import { memo } from 'react';
import type { EdgeKind, Theme } from '../../core/index';

/** The id of the arrowhead an edge of this kind (or any edge on the route) ends in. */
export function arrowId(kind: EdgeKind | 'route'): string {
  return `pw-map-arrow-${kind}`;
}

/**
 * The map's arrowheads, one per edge kind and one for the route, drawn as React Flow draws its
 * closed arrow (14 px, stroke-width units). Edges name them by id (edge-layer.tsx); their colours
 * follow the theme here.
 */
export const EdgeMarkers = memo(function EdgeMarkers({ theme }: { theme: Theme }) {
  const colors: [string, string][] = [...(Object.entries(theme.edge) as [EdgeKind, Theme['edge'][EdgeKind]][]).map(([kind, style]): [string, string] => [arrowId(kind), style.color]), [arrowId('route'), theme.route]];
  return (
    <svg className="pw-edge-markers" aria-hidden="true" style={{ position: 'absolute', width: 0, height: 0 }}>
      <defs>
        {colors.map(([id, color]) => (
          <marker key={id} className="react-flow__arrowhead" id={id} markerWidth="14" markerHeight="14" viewBox="-10 -10 20 20" markerUnits="strokeWidth" orient="auto-start-reverse" refX="0" refY="0">
            <polyline className="arrowclosed" style={{ stroke: color, fill: color, strokeWidth: 1 }} strokeLinecap="round" strokeLinejoin="round" points="-5,-4 0,0 -5,4 -5,-4" />
          </marker>
        ))}
      </defs>
    </svg>
  );
});
