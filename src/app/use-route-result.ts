import { useMemo } from 'react';
import { findRoute, type RouteResult } from '../core/index';
import { useAppStore } from './store';

/** How many routes to offer: the best and a few alternatives to compare. */
export const ROUTE_ALTERNATIVES = 4;

/**
 * The route for the current ends, metric, avoid list and held nodes, or null when an end is missing.
 * Computed on the main thread: a query on a map of this size takes well under a millisecond
 * (the progress graph is built once per map and cached by core).
 */
export function useRouteResult(have: readonly string[]): RouteResult | null {
  const model = useAppStore((s) => s.model);
  const route = useAppStore((s) => s.route);
  return useMemo(() => {
    if (model === null || route.to === null) return null;
    const from = route.fromDone ? null : route.from;
    if (from === null && (!route.fromDone || have.length === 0)) return null;
    return findRoute(model, from, route.to, {
      by: route.by,
      alternatives: ROUTE_ALTERNATIVES,
      avoid: route.avoid.filter((id) => id !== from && id !== route.to),
      have: from === null ? have.filter((id) => !route.avoid.includes(id)) : [],
    });
  }, [model, route, have]);
}
