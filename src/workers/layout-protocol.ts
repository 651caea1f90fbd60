import type { LayoutEdgeInput, LayoutNodeInput, LayoutOptions, LayoutPhase } from '../core/index';
import type { PackedLayout } from './layout-wire';

/** Main thread → layout worker. Nodes and edges are slimmed to what layout reads (cheap to post). */
export interface LayoutRequest {
  readonly id: number;
  readonly nodes: readonly LayoutNodeInput[];
  readonly edges: readonly LayoutEdgeInput[];
  readonly options: LayoutOptions;
}

/** Layout worker → main thread: zero or more progress messages, then `done` or `error`. */
export type LayoutResponse =
  | { readonly id: number; readonly type: 'progress'; readonly phase: LayoutPhase }
  | { readonly id: number; readonly type: 'done'; readonly packed: PackedLayout }
  | { readonly id: number; readonly type: 'error'; readonly message: string };
