import type { EdgeKind } from '../schema/graph-schema';
import type { LayoutDirection } from './layout-types';

/**
 * Bump when a change to the layout code changes its output, so cached and generated layouts
 * (src/generated/default-layout.json, the worker cache) are recomputed.
 */
export const LAYOUT_VERSION = 3;

/**
 * Gaps between boxes, in px. `nodesep` separates boxes within a rank (a column in LR, a row in
 * TB), `ranksep` separates ranks and leaves room for edges to bend, `edgesep` separates edges.
 */
export const SPACING: Record<LayoutDirection, { readonly nodesep: number; readonly ranksep: number; readonly edgesep: number }> = {
  LR: { nodesep: 22, ranksep: 90, edgesep: 10 },
  TB: { nodesep: 28, ranksep: 100, edgesep: 10 },
};

/**
 * Empty space around everything laid out: the content's top-left is at (MARGIN, MARGIN) and
 * `width`/`height` include MARGIN on both sides, so (0, 0)–(width, height) frames the whole map.
 */
export const MARGIN = 24;

/** Geometry of a skill column under the node it is grouped with (see `group-skills.ts`). */
export const GROUP = {
  /** How far skills sit right of their anchor's left edge; the spine runs in this gutter. */
  indent: 22,
  /** x of the spine, from the anchor's left edge. */
  spine: 10,
  /** Vertical gap above each skill. */
  gap: 8,
  /** Distance of the side lane (edges between members of one group) from the group's right edge. */
  lane: 10,
} as const;

/** How far past the edge of a rank a routed stub or a same-rank bracket runs. */
export const STUB = 12;
export const BRACKET = 20;

/**
 * How each edge kind takes part in ranking. `prerequisite` is hard: the loader rejects
 * prerequisite cycles, so it is never reversed. `replaced-by` may share a rank (a retired exam
 * stands next to its replacement). `recommends` is the weakest, so it is the first to be
 * reversed when a cycle must be broken.
 */
export const RANK_RULES: Record<EdgeKind, { readonly minlen: 0 | 1; readonly weight: number; readonly hard: boolean }> = {
  prerequisite: { minlen: 1, weight: 8, hard: true },
  requires: { minlen: 1, weight: 4, hard: false },
  'leads-to': { minlen: 1, weight: 4, hard: false },
  teaches: { minlen: 1, weight: 2, hard: false },
  recommends: { minlen: 1, weight: 1, hard: false },
  'replaced-by': { minlen: 0, weight: 1, hard: false },
};
