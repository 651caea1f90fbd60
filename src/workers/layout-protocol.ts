import type { HugeLayoutPhase, HugeNodeInput, LayoutOptions, LayoutPhase } from '../core/index';

/** Progress of either layout: dagre's phases, or the huge-map layout's. */
export type LayoutRequestPhase = LayoutPhase | HugeLayoutPhase;
import type { PackedEdgeInput, PackedLayout } from './layout-wire';

/** Main thread → layout worker. Nodes are slimmed to what layout reads, edges packed (cheap to post). */
export interface LayoutRequest {
  readonly id: number;
  readonly nodes: readonly HugeNodeInput[];
  readonly edges: PackedEdgeInput;
  readonly options: LayoutOptions;
}

/** Layout worker → main thread: zero or more progress messages, then `done` or `error`. */
export type LayoutResponse =
  | { readonly id: number; readonly type: 'progress'; readonly phase: LayoutRequestPhase }
  | { readonly id: number; readonly type: 'done'; readonly packed: PackedLayout }
  | { readonly id: number; readonly type: 'error'; readonly message: string };
