import { Background, BackgroundVariant, useStore, type ReactFlowState } from '@xyflow/react';
import { LEVEL_ZOOM, TITLES_LEVEL } from './level-of-detail';

/** From this zoom on the dots are drawn: below it a 1 px dot is under 0.76 px wide. */
const DOTS_ZOOM = LEVEL_ZOOM[TITLES_LEVEL] as number;

const selectDots = (s: ReactFlowState): boolean => s.transform[2] >= DOTS_ZOOM;

/**
 * The dot grid, drawn from the titles level on. Further out React Flow shrinks the dots with the
 * zoom to specks (radius 0.1 px at the first view, 22 px apart: about 33,000 a screen) that
 * Chromium still rasterized on every frame of a pan or zoom, about a third of the raster time of
 * a gesture in a trace; the lane bands give the far view its structure. The selector answers a
 * yes or no, so this re-renders only when the zoom crosses the titles level.
 */
export function CanvasBackground({ color }: { readonly color: string }) {
  const dots = useStore(selectDots);
  return dots ? <Background variant={BackgroundVariant.Dots} gap={22} size={1} color={color} /> : null;
}
