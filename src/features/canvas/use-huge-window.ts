import { useCallback, useMemo, useState } from 'react';
import { useStore, type Viewport } from '@xyflow/react';
import type { Layout } from '../../core/index';
import type { ClusterFlowNode } from './cluster-view';
import { contains, grow, indexLayout, windowLayout, type Rect } from './huge-window';

export interface HugeWindow {
  /** What to draw as nodes and edges: the whole layout for ordinary maps, a window of a huge one. */
  readonly layout: Layout;
  /** Cluster boxes to draw instead (a huge map at far zoom), or none. */
  readonly clusters: readonly ClusterFlowNode[];
  /** Call on every viewport change (cheap unless the view left the window). */
  readonly onViewport: (viewport: Viewport) => void;
}

const NO_CLUSTERS: readonly ClusterFlowNode[] = [];

/**
 * Windowing for huge maps (layouts with clusters, see huge-window.ts); ordinary layouts pass
 * through untouched. `keep` lists ids drawn even outside the window (selection, route).
 */
export function useHugeWindow(layout: Layout, keep: ReadonlySet<string>): HugeWindow {
  const huge = layout.clusters !== undefined;
  const index = useMemo(() => (huge ? indexLayout(layout) : null), [huge, layout]);
  const width = useStore((s) => s.width);
  const height = useStore((s) => s.height);
  // The window in flow coordinates and the zoom it was cut at; null: the whole map (first view).
  const [win, setWin] = useState<{ rect: Rect; zoom: number; layout: Layout } | null>(null);
  const current = win?.layout === layout ? win : null;

  const onViewport = useCallback(
    (viewport: Viewport) => {
      if (index === null || width === 0) return;
      const view: Rect = { x: -viewport.x / viewport.zoom, y: -viewport.y / viewport.zoom, width: width / viewport.zoom, height: height / viewport.zoom };
      setWin((w) => {
        const fresh = w?.layout === layout ? w : null;
        const zoomedFar = fresh !== null && (viewport.zoom / fresh.zoom > 1.5 || fresh.zoom / viewport.zoom > 1.5);
        if (fresh !== null && !zoomedFar && contains(fresh.rect, view)) return w;
        return { rect: grow(view, 0.5), zoom: viewport.zoom, layout };
      });
    },
    [index, width, height, layout],
  );

  const clusterNodes = useMemo(
    () =>
      (layout.clusters ?? []).map(
        (c): ClusterFlowNode => ({
          id: c.id,
          type: 'cluster',
          position: { x: c.x, y: c.y },
          width: c.width,
          height: c.height,
          data: { label: c.label, size: c.size },
          selectable: false,
          draggable: false,
          connectable: false,
          ariaLabel: `Group ${c.label}, ${String(c.size)} nodes. Zoom in to see them`,
        }),
      ),
    [layout],
  );

  const shown = useMemo(() => {
    if (index === null) return { layout, clusters: NO_CLUSTERS };
    const rect = current?.rect ?? { x: 0, y: 0, width: layout.width, height: layout.height };
    const part = windowLayout(index, rect, keep);
    return part.clusters ? { layout: { ...layout, nodes: [], edges: [] }, clusters: clusterNodes } : { layout: part.layout, clusters: NO_CLUSTERS };
  }, [index, layout, current, keep, clusterNodes]);

  return { ...shown, onViewport };
}
