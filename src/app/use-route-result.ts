import { useMemo } from 'react';
import { findRouteToday, localIsoDate, type PathwiseGraph, type Route, type RouteResult } from '../core/index';
import { useAppStore, type RouteRequest } from '../state/store';

/** How many routes to offer: the best and a few alternatives to compare. */
export const ROUTE_ALTERNATIVES = 4;
/** Routes asked of core, before dropping those that differ only in which skill they pass. */
const CANDIDATES = 10;

/**
 * Alternatives worth comparing: routes that differ in a certification, role or requirement.
 * Two routes that differ only in the skill node they pass through are the same plan for a person.
 */
export function distinctPlans(routes: readonly Route[], count: number): Route[] {
  const seen = new Set<string>();
  const out: Route[] = [];
  for (const route of routes) {
    const key = route.steps
      .filter((s) => s.kind !== 'skill')
      .map((s) => s.id)
      .join('>');
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(route);
    if (out.length === count) break;
  }
  return out;
}

/**
 * The route for the current ends, metric, avoid list and held nodes, or null when an end is missing.
 * Computed on the main thread: a query on a map of this size takes well under a millisecond
 * (the progress graph is built once per map and cached by core).
 */
export function useRouteResult(have: readonly string[]): RouteResult | null {
  const model = useAppStore((s) => s.model);
  const route = useAppStore((s) => s.route);
  return useMemo(() => routeFor(model, route, have), [model, route, have]);
}

// The map, the toolbar and the side panel all read the route: remember the last answer so one
// change of ends, metric or progress runs one search, not one per component.
let last: { model: PathwiseGraph | null; route: RouteRequest; have: readonly string[]; result: RouteResult | null } | null = null;

function routeFor(model: PathwiseGraph | null, route: RouteRequest, have: readonly string[]): RouteResult | null {
  if (last !== null && last.model === model && last.route === route && last.have === have) return last.result;
  const result = computeRoute(model, route, have);
  last = { model, route, have, result };
  return result;
}

function computeRoute(model: PathwiseGraph | null, route: RouteRequest, have: readonly string[]): RouteResult | null {
  if (model === null || route.to === null) return null;
  const from = route.fromDone ? null : route.from;
  if (from === null && (!route.fromDone || have.length === 0)) return null;
  // Judged against the person's today: exams past their retirement date are left out unless kept.
  const { result } = findRouteToday(model, from, route.to, {
    today: localIsoDate(new Date()),
    keepRetired: route.keepRetired === true,
    by: route.by,
    alternatives: CANDIDATES,
    avoid: route.avoid.filter((id) => id !== from && id !== route.to),
    have: from === null ? have.filter((id) => !route.avoid.includes(id)) : [],
  });
  return result.ok ? { ...result, alternatives: distinctPlans(result.alternatives, ROUTE_ALTERNATIVES) } : result;
}
