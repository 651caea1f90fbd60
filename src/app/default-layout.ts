import { isLayoutFileFor, type Layout, type LayoutDirection, type LayoutFile, type PathwiseGraph } from '../core/index';
import shipped from '../generated/default-layout.json';

const file = shipped as unknown as LayoutFile;
const matches = new WeakMap<PathwiseGraph, boolean>();

/**
 * The layout computed at build time, when `model` is the map it was computed for (same nodes and
 * edges, same layout code); null otherwise, and the map is laid out in the worker instead.
 */
export function defaultLayoutFor(model: PathwiseGraph, direction: LayoutDirection): Layout | null {
  let ok = matches.get(model);
  if (ok === undefined) {
    ok = isLayoutFileFor(file, { nodes: model.nodes, edges: model.edges });
    matches.set(model, ok);
  }
  return ok ? file.layouts[direction] : null;
}
