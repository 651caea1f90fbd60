import { useEffect, useState } from 'react';
import { HUGE_LAYOUT_NODES, type Layout, type LayoutDirection, type PathwiseGraph, type VisibleSubgraph } from '../core/index';
import { LayoutCancelledError, cancelLayout, requestLayout } from '../workers/layout-client';
import { defaultLayoutFor } from './default-layout';

const PHASE_TEXT = { cluster: 'finding clusters', rank: 'ranking', order: 'ordering', position: 'placing', place: 'placing', route: 'routing edges' } as const;

export interface MapLayoutState {
  readonly layout: Layout | null;
  readonly pending: boolean;
  readonly phase: string;
  readonly error: string | null;
}

/**
 * The layout for what is visible. The shipped map, unfiltered, uses the layout computed at build
 * time (no layout work at start); anything else is laid out in a Web Worker, cached per
 * (graph, direction, visible set), while the previous layout stays on screen.
 */
export function useMapLayout(model: PathwiseGraph | null, visible: VisibleSubgraph | null, direction: LayoutDirection): MapLayoutState {
  const prebuilt = model !== null && visible?.key === 'all' ? defaultLayoutFor(model, direction) : null;
  const [state, setState] = useState<MapLayoutState>({ layout: prebuilt, pending: false, phase: '', error: null });

  useEffect(() => {
    if (model === null || visible === null || prebuilt !== null) return;
    let cancelled = false;
    // Track nodes are never drawn (so not visible) but name the lanes: layout needs them. Huge maps
    // have no lanes (clusters instead), and there the extra track nodes made a long route's fit land
    // on clusters with none of its nodes drawn (big-map.e2e.ts), so they are left out.
    const tracks = visible.nodes.length >= HUGE_LAYOUT_NODES ? [] : model.nodes.filter((n) => n.kind === 'track');
    const input = { nodes: [...tracks, ...visible.nodes], edges: visible.edges };
    const started = requestLayout(input, { direction }, {
      onProgress: (phase) => {
        if (!cancelled) setState((s) => ({ ...s, pending: true, phase: PHASE_TEXT[phase] }));
      },
    });
    started.then(
      (layout) => {
        if (!cancelled) setState({ layout, pending: false, phase: '', error: null });
      },
      (error: unknown) => {
        if (error instanceof LayoutCancelledError) return;
        if (!cancelled) setState((s) => ({ ...s, pending: false, error: error instanceof Error ? error.message : String(error) }));
      },
    );
    return () => {
      cancelled = true;
      // Another map, filter or direction: stop this layout (a huge map's takes many seconds).
      cancelLayout();
    };
  }, [model, visible, direction, prebuilt]);

  return prebuilt !== null ? { layout: prebuilt, pending: false, phase: '', error: null } : state;
}
