import type { EdgeKind } from '../schema/graph-schema';

export type LayoutDirection = 'LR' | 'TB';

export interface LayoutOptions {
  /** Left-to-right (default) or top-to-bottom. */
  readonly direction?: LayoutDirection;
  /**
   * Hang each skill in a compact column under a certification that teaches it (or a role that
   * requires it) instead of ranking skills as nodes of their own. Default true: it halves what
   * dagre must lay out and keeps skills next to where they are learned.
   */
  readonly groupSkills?: boolean;
}

/** A laid-out node box; x and y are its top-left corner (what React Flow and SVG want). */
export interface NodeBox {
  readonly id: string;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  /** The rank (column in LR, row in TB) from 0 at the start of the progression. */
  readonly rank?: number;
  /** For a grouped skill: the id of the node whose column it hangs in. */
  readonly group?: string;
}

export interface Point {
  readonly x: number;
  readonly y: number;
}

/**
 * How an edge was routed. `dagre`: dagre routed it (the inner points are its bend points).
 * `threaded`: it was too long to give dagre within the time budget, so core threaded it through
 * the gaps between boxes. `same-rank`: both ends are in one rank, joined just past the rank's
 * edge. `in-group`: within a skill group (the spine or the group's side lane). The first two are
 * best drawn smoothed; the last two are orthogonal. `straight`: one segment from border to border
 * (catalogues, see pack-catalogue.ts).
 */
export type EdgeRouting = 'dagre' | 'threaded' | 'same-rank' | 'in-group' | 'straight';

/** A laid-out edge: its key (see `edgeKey`), ends, kind and a polyline from the source's border to the target's. */
export interface EdgePath {
  readonly key: string;
  readonly source: string;
  readonly target: string;
  readonly kind: EdgeKind;
  readonly points: readonly Point[];
  readonly routing?: EdgeRouting;
  /**
   * True when the edge runs against the progression: its progress end (see `progressDirection`)
   * is in an earlier rank than its progress start. Such edges closed a cycle or were outweighed.
   */
  readonly backward?: boolean;
}

/** A group of nodes drawn as one box at far zoom on huge maps (see `layoutHuge`). */
export interface LayoutCluster {
  readonly id: string;
  /** The track most of its nodes share, else "Group n". */
  readonly label: string;
  /** Number of nodes in it. */
  readonly size: number;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/**
 * A career path's lane: the band (a row in LR, a column in TB) that holds the nodes whose first
 * track it is, with the path's name to draw in its header strip (`header` px at its start edge:
 * the top in LR, the left in TB).
 */
export interface LayoutRegion {
  readonly id: string;
  readonly label: string;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  readonly header: number;
}

export interface Layout {
  readonly direction: LayoutDirection;
  readonly nodes: readonly NodeBox[];
  readonly edges: readonly EdgePath[];
  /** Bounds of everything laid out, from (0, 0), margin included (see `MARGIN`). */
  readonly width: number;
  readonly height: number;
  /** The number of ranks. */
  readonly rankCount?: number;
  /** Set by `layoutHuge` only: the clusters its nodes were placed in. */
  readonly clusters?: readonly LayoutCluster[];
  /** Lanes of the career paths (tracks), in track order; absent when the map has no tracks. */
  readonly regions?: readonly LayoutRegion[];
}
