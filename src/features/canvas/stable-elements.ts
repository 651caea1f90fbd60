/**
 * Keeps the map's elements' identity stable across renders. `toFlowNodes` and `toMapEdges`
 * build fresh objects whenever the highlight changes (hover, selection, route); React Flow
 * re-adopts every node whose object changed and re-renders its wrapper, and an edge whose object
 * changed is drawn again. Reusing the previous object when nothing in it changed limits a hover
 * to the nodes and edges whose classes really changed.
 */

/** Values equal to `depth` levels of plain objects (arrays and sets compare by identity). */
function sameValue(a: unknown, b: unknown, depth: number): boolean {
  if (a === b) return true;
  if (depth === 0 || typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Object.getPrototypeOf(a) !== Object.prototype || Object.getPrototypeOf(b) !== Object.prototype) return false;
  const ka = Object.keys(a);
  if (ka.length !== Object.keys(b).length) return false;
  const ra = a as Record<string, unknown>;
  const rb = b as Record<string, unknown>;
  return ka.every((k) => k in rb && sameValue(ra[k], rb[k], depth - 1));
}

/**
 * The elements of `next`, each replaced by the object last returned for its id when the two are
 * equal two levels deep (the element, then its `position`, `data`, `markerEnd`…, whose own values compare by identity). `cache` holds
 * what was returned last and is updated.
 * @example
 * const cache = new Map();
 * const a = reuseUnchanged(cache, [{ id: 'x', data: { n: 1 } }]);
 * reuseUnchanged(cache, [{ id: 'x', data: { n: 1 } }])[0] === a[0]; // true
 */
export function reuseUnchanged<T extends { readonly id: string }>(cache: Map<string, T>, next: readonly T[]): T[] {
  const out = next.map((element) => {
    const previous = cache.get(element.id);
    return previous !== undefined && sameValue(previous, element, 2) ? previous : element;
  });
  cache.clear();
  for (const element of out) cache.set(element.id, element);
  return out;
}
