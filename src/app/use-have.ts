import { heldIds, type Progress } from '../core/index';
import { useProgressStore } from '../state/progress-store';

const NO_HAVE: readonly string[] = [];
const held = new WeakMap<Progress, readonly string[]>();

/**
 * Ids marked done, for routes that start from progress: one array per progress value, shared by
 * every component, so the route computed from it is computed once (see use-route-result.ts).
 */
export function useHave(): readonly string[] {
  const progress = useProgressStore((s) => s.progress);
  if (progress === null) return NO_HAVE;
  let ids = held.get(progress);
  if (ids === undefined) {
    ids = heldIds(progress);
    held.set(progress, ids);
  }
  return ids;
}
