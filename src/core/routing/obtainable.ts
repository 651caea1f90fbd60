import type { PathwiseGraph } from '../graph/build-graph';
import type { RequirementGroup } from '../schema/graph-schema';

/**
 * The nodes a plan can never contain because a requirement of theirs cannot be met: some group
 * (`node.requires`) has no option that is held or itself obtainable. An option is obtainable when it
 * is not `blocked` (avoided, retired) and every group of its own has an obtainable or held option;
 * no edge is needed, since a requirement no route leads to is taken directly (`completePlan`).
 * Requirements cannot loop (the loader rejects prerequisite cycles), so the recursion ends.
 *
 * @example
 * // b requires [{ anyOf: ['r'] }], r is avoided:
 * unobtainable(model, new Set(['a']), new Set(['r'])) // Set { 'b' }
 */
export function unobtainable(model: PathwiseGraph, held: ReadonlySet<string>, blocked: ReadonlySet<string>): Set<string> {
  const memo = new Map<string, boolean>();
  const obtainable = (id: string): boolean => {
    if (held.has(id)) return true;
    if (blocked.has(id)) return false;
    const known = memo.get(id);
    if (known !== undefined) return known;
    memo.set(id, false); // a loop (which the loader rejects) would read as unobtainable, not recurse forever
    const ok = (model.byId.get(id)?.requires ?? []).every((group) => group.anyOf.some(obtainable));
    memo.set(id, ok);
    return ok;
  };
  const out = new Set<string>();
  for (const node of model.nodes) {
    if ((node.requires?.length ?? 0) > 0 && !held.has(node.id) && !blocked.has(node.id) && !obtainable(node.id)) out.add(node.id);
  }
  return out;
}

/** The first requirement group of `id` that no held or obtainable option meets, if any. */
export function unmetGroup(
  model: PathwiseGraph,
  id: string,
  held: ReadonlySet<string>,
  blocked: ReadonlySet<string>,
  unobtainableIds: ReadonlySet<string>,
): RequirementGroup | undefined {
  const ok = (option: string) => held.has(option) || (!blocked.has(option) && !unobtainableIds.has(option));
  return (model.byId.get(id)?.requires ?? []).find((group) => !group.anyOf.some(ok));
}
