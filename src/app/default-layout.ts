import { isLayoutFileFor, type Layout, type LayoutDirection, type LayoutFile, type PathwiseGraph } from '../core/index';

let shipped: LayoutFile | null = null;
const matches = new WeakMap<PathwiseGraph, boolean>();

/** Keeps the layout file shipped with the app (fetched at start with the default map). */
export function setShippedLayout(file: LayoutFile | null): void {
  shipped = file;
}

/**
 * The layout computed at build time, when `model` is the map it was computed for (same nodes and
 * edges, same layout code); null otherwise, and the map is laid out in the worker instead.
 */
export function defaultLayoutFor(model: PathwiseGraph, direction: LayoutDirection): Layout | null {
  if (shipped === null) return null;
  let ok = matches.get(model);
  if (ok === undefined) {
    ok = isLayoutFileFor(shipped, { nodes: model.nodes, edges: model.edges });
    matches.set(model, ok);
  }
  return ok ? shipped.layouts[direction] : null;
}
