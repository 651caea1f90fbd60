import { useStore, type ReactFlowState } from '@xyflow/react';
import { farLabel, type GraphNode } from '../../core/index';

/**
 * Levels of detail, as in map apps: each level starts at a zoom, and text is drawn at a level
 * only when its size × that zoom is at least MIN_TEXT_PX, so no text on the canvas is ever drawn
 * smaller. The far levels (1 … TITLES_LEVEL − 1) follow the far labels' sizes (`FAR_SIZES`): far
 * level k starts where type of FAR_SIZES[k − 1] px reaches 9 px on screen, so a far label shows
 * as soon as it is legible (within one step of the ladder), not at the next coarse stop. Level 0
 * draws shapes, colours and badge chips only; TITLES_LEVEL the titles, DETAIL_LEVEL everything.
 */
export const MIN_TEXT_PX = 9;
/**
 * Far label sizes (layout px) that open a level, largest first. Steps of 1–2 px around the sizes
 * the first views need (codes 45–54 px; role and requirement names 39–48 px, which a laptop's
 * first view at zoom ≈ 0.236 shows from 39 px), coarser below.
 */
export const FAR_SIZES = [54, 52, 50, 48, 46, 45, 44, 42, 40, 39, 37, 35, 33, 30, 27, 24, 21, 18] as const;
/** Zoom from which type of `size` px is at least MIN_TEXT_PX on screen (rounded up, so it is). */
const legibleFrom = (size: number): number => Math.ceil((MIN_TEXT_PX / size) * 1e4) / 1e4;
export const LEVEL_ZOOM: readonly number[] = [0, ...FAR_SIZES.map(legibleFrom), 0.76, 1];
export type Level = number;
/** The first level where node text drawn at normal size (12–12.5 px titles) is legible. */
export const TITLES_LEVEL = FAR_SIZES.length + 1;
/** Normal-size small print (9.5–11 px: level, seniority, pay, badges, progress) from here on. */
export const DETAIL_LEVEL = TITLES_LEVEL + 1;

/** The level for a zoom: the last one whose zoom it reaches. */
export function levelOf(zoom: number): Level {
  let level = 0;
  for (let k = 1; k < LEVEL_ZOOM.length; k++) if (zoom >= (LEVEL_ZOOM[k] as number)) level = k;
  return level;
}

/**
 * The first far level at which a far label of this size is legible, or TITLES_LEVEL when none
 * is (the label then waits for the normal titles).
 */
export function farLevelOf(fontSize: number): number {
  for (let k = 1; k < TITLES_LEVEL; k++) if (fontSize * (LEVEL_ZOOM[k] as number) >= MIN_TEXT_PX) return k;
  return TITLES_LEVEL;
}

/**
 * The classes the canvas root carries at a level for the ladder's rules: `under-lod-N` for every
 * far level N above it (none from TITLES_LEVEL on). Crossing one level takes one of them off or
 * puts one on, and the rules key on them, so Chromium restyles only the labels and edges of that
 * level: with rules keyed on `lod-N` (".lod-3 .pw-far[data-far-from='5']"), every level change
 * restyled every far label, skill group and edge (~480 elements, up to 58 ms in a trace).
 */
export function underClasses(level: Level): string[] {
  return Array.from({ length: Math.max(0, TITLES_LEVEL - level) }, (_, i) => `under-lod-${String(level + 1 + i)}`);
}

/**
 * The stylesheet that applies the ladder (rendered once by LevelClasses): far labels and
 * skill-group counts that open at a later level (`far-from-N`) stay hidden, and so do edges at
 * rest whose ends are not both named yet (`from-level-N`; at level 0 the edges between the nodes
 * named first stay, as the poster's lines). Each rule's last part starts with the level's own
 * class, which Chromium takes as the one feature to find the elements a class change touches.
 * Built from the ladder so the CSS and `farLevelOf` cannot disagree.
 */
export function levelCss(): string {
  const rules: string[] = [];
  for (let n = 1; n <= TITLES_LEVEL; n++) {
    const under = `.react-flow.under-lod-${String(n)}`;
    rules.push(`${under} .far-from-${String(n)} { display: none; }`);
    // Level 0 keeps the edges of level 1 (and under-lod-1 is on only at level 0).
    if (n >= 2) rules.push(`${under} .from-level-${String(n)}:not(.on-route):not(.focus) { visibility: hidden; }`);
  }
  return rules.join('\n');
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

/**
 * The level from which an edge is drawn at rest. At far zoom the poster shows the certification
 * network: edges between certifications whose names are drawn. Edges that reach a role or a
 * requirement wait for the titles (or show for the hovered or selected node and on a route):
 * with every role named at far zoom, they are most of the map's edges, and drawn at once they
 * bundled into highways across the lanes.
 */
export function edgeFromLevel(source: GraphNode | undefined, target: GraphNode | undefined): number {
  const level = (node: GraphNode | undefined) => (node?.kind === 'certification' ? (farText(node)?.from ?? TITLES_LEVEL) : TITLES_LEVEL);
  return Math.max(level(source), level(target));
}

const selectLevel = (s: ReactFlowState): Level => levelOf(s.transform[2]);

/**
 * The current level, read from React Flow's store through a selector that returns the level, not
 * the zoom: the component re-renders when the level changes, not on every wheel tick.
 */
export function useLevel(): Level {
  return useStore(selectLevel);
}
