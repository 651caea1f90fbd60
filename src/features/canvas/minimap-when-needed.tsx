import { MiniMap, useStore, type MiniMapProps, type Node, type ReactFlowState } from '@xyflow/react';
import { useCallback } from 'react';

/** A box in flow units. */
export interface Bounds {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/**
 * Whether part of `bounds` (the drawn nodes' box, flow units) lies outside a canvas showing it
 * with `transform` ([x, y, zoom]), with a pixel of slack for rounding.
 */
export function partlyOutOfView(transform: readonly [number, number, number], canvas: { readonly width: number; readonly height: number }, bounds: Bounds): boolean {
  const [x, y, zoom] = transform;
  const left = x + bounds.x * zoom;
  const top = y + bounds.y * zoom;
  return left < -1 || top < -1 || left + bounds.width * zoom > canvas.width + 1 || top + bounds.height * zoom > canvas.height + 1;
}

/**
 * The minimap, only while part of the map is out of view. At the fitted first view it would show
 * what the screen already shows, over the nodes in the canvas's bottom-right corner. The selector
 * runs per frame but the component re-renders only when the answer changes.
 */
export function MiniMapWhenNeeded<NodeType extends Node>({ bounds, ...props }: MiniMapProps<NodeType> & { readonly bounds: Bounds | null }) {
  const needed = useStore(useCallback((s: ReactFlowState) => bounds !== null && s.width > 0 && partlyOutOfView(s.transform, s, bounds), [bounds]));
  return needed ? <MiniMap<NodeType> {...props} /> : null;
}
