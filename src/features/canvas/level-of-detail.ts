import { useStore, type ReactFlowState } from '@xyflow/react';
import { farLabel, type GraphNode } from '../../core/index';

/**
 * Levels of detail, as in map apps: each level starts at a zoom, and text is drawn at a level
 * only when its size × that zoom is at least MIN_TEXT_PX, so no text on the canvas is ever drawn
 * smaller. Levels 1–5 show far labels (exam codes first: they are the poster's words), level 6
 * the titles, level 7 everything. Level 0 draws shapes, colours and badge chips only.
 */
export const MIN_TEXT_PX = 9;
export const LEVEL_ZOOM = [0, 0.17, 0.2, 0.25, 0.35, 0.5, 0.76, 1] as const;
export type Level = 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7;
/** The first level where node text drawn at normal size (12–12.5 px titles) is legible. */
export const TITLES_LEVEL = 6;
/** Normal-size small print (9.5–11 px: level, seniority, pay, badges, progress) from here on. */
export const DETAIL_LEVEL = 7;

/** The level for a zoom: the last one whose zoom it reaches. */
export function levelOf(zoom: number): Level {
  let level = 0;
  for (let k = 1; k < LEVEL_ZOOM.length; k++) if (zoom >= (LEVEL_ZOOM[k] as number)) level = k;
  return level as Level;
}

/**
 * The first far level (1–5) at which a far label of this size is legible, or TITLES_LEVEL when
 * none is (the label then waits for the normal titles).
 */
export function farLevelOf(fontSize: number): number {
  for (let k = 1; k < TITLES_LEVEL; k++) if (fontSize * (LEVEL_ZOOM[k] as number) >= MIN_TEXT_PX) return k;
  return TITLES_LEVEL;
}

export interface FarText {
  readonly lines: readonly string[];
  readonly fontSize: number;
  /** The first level it is drawn at. */
  readonly from: number;
}

// Nodes are immutable once loaded: their far text is sized once, not on every highlight change.
const farCache = new WeakMap<GraphNode, FarText | null>();

/** A node's far label and the level it appears from (null: it has none). */
export function farText(node: GraphNode): FarText | null {
  let text = farCache.get(node);
  if (text === undefined) {
    const label = farLabel(node);
    text = label === null ? null : { ...label, from: farLevelOf(label.fontSize) };
    farCache.set(node, text);
  }
  return text;
}

const selectLevel = (s: ReactFlowState): Level => levelOf(s.transform[2]);

/**
 * The current level, read from React Flow's store through a selector that returns the level, not
 * the zoom: the component re-renders when the level changes, not on every wheel tick.
 */
export function useLevel(): Level {
  return useStore(selectLevel);
}
