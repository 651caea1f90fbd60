import type { PathwiseGraph } from '../graph/build-graph';
import { findRoute } from '../routing/find-route';
import type { Route, RouteOptions, RouteResult, RouteWarning } from '../routing/route-types';
import { statusNotices, type StatusNotice } from './status-today';

export interface RouteTodayOptions extends RouteOptions {
  /** Today's date (YYYY-MM-DD): the app passes the real date, the CLI `--today`, tests a fixed one. */
  readonly today: string;
  /** Route through exams whose retirement date has passed like any other (default false: leave them out). */
  readonly keepRetired?: boolean;
}

/** A route judged against today, with the exams left out because their retirement date has passed. */
export interface RouteToday {
  readonly result: RouteResult;
  /** Exams the search left out (retirement date passed), whether or not the route would have used them. */
  readonly leftOut: readonly StatusNotice[];
  /** True when no route avoids them, so the route returned goes through one (with a warning). */
  readonly fellBack: boolean;
}

/**
 * `findRoute` judged against `today`. Exams whose retirement date has passed cannot be sat, so the
 * search leaves them out (unless `keepRetired`, or they are the start, the destination, held or a via
 * node) and so prefers their replacement; the notes say so when the plain route would have used one.
 * When no route avoids them, the plain route is returned with a warning (`fellBack`). Every step
 * whose retirement or expected release date has passed carries a warning saying so and since when
 * the status is unchecked.
 * @example
 * findRouteToday(model, 'role-m365-administrator', 'sc-100', { today: '2026-12-02' }).result
 * // a route through SC-200 or SC-300, not AZ-500, with a note that AZ-500 was left out
 */
export function findRouteToday(model: PathwiseGraph, from: string | null, to: string, options: RouteTodayOptions): RouteToday {
  const { today, keepRetired = false, ...routeOptions } = options;
  const notices = statusNotices(model, today);
  const named = new Set([...(from === null ? [] : [from]), to, ...(options.have ?? []), ...(options.via ?? [])]);
  const leftOut = keepRetired ? [] : notices.filter((n) => n.kind === 'retirement-passed' && !named.has(n.id));
  const judge = (result: RouteResult): RouteResult => withDates(model, result, notices);
  if (leftOut.length === 0) return { result: judge(findRoute(model, from, to, routeOptions)), leftOut, fellBack: false };

  const avoid = [...(options.avoid ?? []), ...leftOut.map((n) => n.id)];
  const preferred = findRoute(model, from, to, { ...routeOptions, avoid });
  const plain = findRoute(model, from, to, routeOptions);
  if (preferred.ok) {
    const usedIds = new Set(plain.ok ? plain.route.steps.map((s) => s.id) : []);
    const notes = leftOut.filter((n) => usedIds.has(n.id)).map((n) => preferNote(model, n, preferred.route));
    return { result: judge({ ...preferred, notes: [...preferred.notes, ...notes] }), leftOut, fellBack: false };
  }
  if (plain.ok) {
    const used = leftOut.filter((n) => plain.route.steps.some((s) => s.id === n.id));
    const note = `No route avoids ${labelsOf(model, used.map((n) => n.id))}, whose retirement date has passed, so this route goes through it.`;
    return { result: judge({ ...plain, notes: [...plain.notes, note] }), leftOut, fellBack: true };
  }
  return { result: plain, leftOut, fellBack: false };
}

function preferNote(model: PathwiseGraph, notice: StatusNotice, route: Route): string {
  const label = labelsOf(model, [notice.id]);
  const replacement = notice.replacement === null ? null : labelsOf(model, [notice.replacement]);
  const took = notice.replacement !== null && route.steps.some((s) => s.id === notice.replacement);
  const instead =
    replacement === null ? '' : took ? `; the route takes its replacement, ${replacement}` : `; its replacement is ${replacement}`;
  return `Left out ${label}: ${notice.text}${instead}. Keep retired exams to route through it.`;
}

/** Replaces the dated warnings of every route with ones judged against today. */
function withDates(model: PathwiseGraph, result: RouteResult, notices: readonly StatusNotice[]): RouteResult {
  if (!result.ok || notices.length === 0) return result;
  const byId = new Map(notices.map((n) => [n.id, n]));
  const judge = (route: Route): Route => {
    const dated: RouteWarning[] = route.steps.flatMap((step) => {
      const notice = byId.get(step.id);
      return notice === undefined ? [] : [warningFor(model, notice)];
    });
    if (dated.length === 0) return route;
    const kept = route.warnings.filter((w) => !(w.kind === 'retiring' && byId.has(w.id)));
    return { ...route, warnings: [...dated, ...kept] };
  };
  const alternatives = result.alternatives.map(judge);
  return { ...result, route: alternatives[0] ?? judge(result.route), alternatives };
}

function warningFor(model: PathwiseGraph, notice: StatusNotice): RouteWarning {
  const label = labelsOf(model, [notice.id]);
  const replacement = notice.replacement === null ? '' : `; its replacement is ${labelsOf(model, [notice.replacement])}`;
  const advice = notice.kind === 'release-passed' ? '; check whether it is generally available' : '';
  return {
    kind: notice.kind,
    id: notice.id,
    date: notice.date,
    checked: notice.checked,
    replacement: notice.replacement,
    message: `${label}: ${notice.text}${replacement}${advice}`,
  };
}

function labelsOf(model: PathwiseGraph, ids: readonly string[]): string {
  return ids.map((id) => model.byId.get(id)?.label ?? id).join(', ');
}
