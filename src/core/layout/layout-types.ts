import type { EdgeKind } from '../schema/graph-schema';

export type LayoutDirection = 'LR' | 'TB';

export interface LayoutOptions {
  /** Left-to-right (default) or top-to-bottom. */
  readonly direction?: LayoutDirection;
}

/** A laid-out node box; x and y are its top-left corner (what React Flow and SVG want). */
export interface NodeBox {
  readonly id: string;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface Point {
  readonly x: number;
  readonly y: number;
}

/** A laid-out edge: its key (see `edgeKey`), ends, kind and the polyline dagre routed it along. */
export interface EdgePath {
  readonly key: string;
  readonly source: string;
  readonly target: string;
  readonly kind: EdgeKind;
  readonly points: readonly Point[];
}

export interface Layout {
  readonly direction: LayoutDirection;
  readonly nodes: readonly NodeBox[];
  readonly edges: readonly EdgePath[];
  /** Bounds of everything laid out, from (0, 0). */
  readonly width: number;
  readonly height: number;
}
