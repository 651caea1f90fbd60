import type { GraphEdge, GraphNode, Layout, LayoutOptions, LayoutPhase } from '../core/index';

/** Main thread → layout worker. */
export interface LayoutRequest {
  readonly id: number;
  readonly nodes: readonly GraphNode[];
  readonly edges: readonly GraphEdge[];
  readonly options: LayoutOptions;
}

/** Layout worker → main thread: zero or more progress messages, then `done` or `error`. */
export type LayoutResponse =
  | { readonly id: number; readonly type: 'progress'; readonly phase: LayoutPhase }
  | { readonly id: number; readonly type: 'done'; readonly layout: Layout }
  | { readonly id: number; readonly type: 'error'; readonly message: string };
