import type { HugeLayoutPhase, HugeNodeInput, LayoutEdgeInput, LayoutOptions, LayoutPhase } from '../core/index';

/** Progress of either layout: dagre's phases, or the huge-map layout's. */
export type LayoutRequestPhase = LayoutPhase | HugeLayoutPhase;
import type { PackedLayout } from './layout-wire';

/** Main thread → layout worker. Nodes and edges are slimmed to what layout reads (cheap to post). */
export interface LayoutRequest {
  readonly id: number;
  readonly nodes: readonly HugeNodeInput[];
  readonly edges: readonly LayoutEdgeInput[];
  readonly options: LayoutOptions;
}

/** Layout worker → main thread: zero or more progress messages, then `done` or `error`. */
export type LayoutResponse =
  | { readonly id: number; readonly type: 'progress'; readonly phase: LayoutRequestPhase }
  | { readonly id: number; readonly type: 'done'; readonly packed: PackedLayout }
  | { readonly id: number; readonly type: 'error'; readonly message: string };
