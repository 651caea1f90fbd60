import type { PathwiseGraph } from '../core/index';
import { actions, useAppStore, type RouteMetric } from '../state/store';

const METRICS: readonly RouteMetric[] = ['steps', 'months', 'cost'];

/**
 * Applies shareable state from the URL (`?node=`, `?from=&to=&by=&avoid=`, `?horizon=&within=&by=`) to the store.
 * Unknown ids become a notice naming them; the map still loads.
 */
export function applyUrlState(model: PathwiseGraph, search: string): void {
  const params = new URLSearchParams(search);
  const unknown: string[] = [];
  const known = (id: string | null): string | null => {
    if (id === null || id === '') return null;
    if (model.byId.has(id)) return id;
    unknown.push(id);
    return null;
  };
  const node = known(params.get('node'));
  const from = known(params.get('from'));
  const to = known(params.get('to'));
  const avoid = [
    ...new Set(
      (params.get('avoid') ?? '')
        .split(',')
        .filter((id) => id !== '')
        .map((id) => known(id))
        .filter((id): id is string => id !== null),
    ),
  ];
  const byParam = params.get('by');
  const by = METRICS.find((m) => m === byParam) ?? 'months';
  const alt = Number(params.get('alt') ?? '0');
  if (from !== null || to !== null || avoid.length > 0) {
    actions.setRoute({ from, to, by, avoid });
    if (Number.isInteger(alt) && alt > 0) actions.setRoute({ alternative: alt });
  }
  const horizonFrom = params.get('horizon');
  if (horizonFrom !== null && horizonFrom !== '') {
    const from = horizonFrom === 'done' ? 'done' : known(horizonFrom);
    const by = byParam === 'cost' ? 'cost' : 'months';
    const withinText = params.get('within');
    const within = withinText === null || withinText.trim() === '' ? NaN : Number(withinText);
    const fallback = by === 'months' ? 12 : 1000;
    if (withinText !== null && !(Number.isFinite(within) && within >= 0)) {
      actions.notify({ id: 'url-within', tone: 'warning', text: `The link's within=“${withinText}” is not a number of ${by === 'months' ? 'months' : 'money'}; showing ${String(fallback)}.` });
    }
    if (from !== null) actions.setHorizon({ from, by, within: Number.isFinite(within) && within >= 0 ? within : fallback });
  }
  if (node !== null) actions.select(node, { centre: true });
  if (unknown.length > 0) {
    actions.notify({
      id: 'url-unknown',
      tone: 'warning',
      text: `The link names ${unknown.length === 1 ? 'a node' : 'nodes'} this map does not have: ${unknownList(unknown)}. Showing the map without ${unknown.length === 1 ? 'it' : 'them'}.`,
    });
  }
}

// A link can carry anything: the notice quotes at most a few names, each cut short.
const MAX_NAMED = 5;
const MAX_NAME = 60;

function unknownList(unknown: readonly string[]): string {
  const distinct = [...new Set(unknown)];
  const named = distinct.slice(0, MAX_NAMED).map((u) => `“${u.length > MAX_NAME ? `${u.slice(0, MAX_NAME)}…` : u}”`);
  const more = distinct.length - named.length;
  return more > 0 ? `${named.join(', ')} and ${more} more` : named.join(', ');
}

/** The URL query for the current state; keeps unrelated parameters such as `?graph=`. */
export function urlForState(current: string): string {
  const { selectedId, route, horizon } = useAppStore.getState();
  const params = new URLSearchParams(current);
  for (const key of ['node', 'from', 'to', 'by', 'avoid', 'alt', 'horizon', 'within']) params.delete(key);
  if (selectedId !== null) params.set('node', selectedId);
  if (route.from !== null) params.set('from', route.from);
  if (route.to !== null) params.set('to', route.to);
  if (route.from !== null || route.to !== null) params.set('by', route.by);
  if (route.avoid.length > 0) params.set('avoid', route.avoid.join(','));
  if (route.alternative > 0) params.set('alt', String(route.alternative));
  if (horizon !== null) {
    params.set('horizon', horizon.from);
    params.set('within', String(horizon.within));
    // One `by` serves both: a route opened from the horizon list is planned by the horizon's metric.
    if (!params.has('by')) params.set('by', horizon.by);
  }
  const query = params.toString().replace(/%2C/g, ',');
  return query === '' ? window.location.pathname : `?${query}`;
}

/** Keeps the address bar in step with the store (replaceState: no history entry per click). */
export function syncUrlWithStore(): () => void {
  return useAppStore.subscribe((state, previous) => {
    if (state.selectedId === previous.selectedId && state.route === previous.route && state.horizon === previous.horizon) return;
    const next = urlForState(window.location.search);
    if (next !== window.location.search && !(next === window.location.pathname && window.location.search === '')) {
      window.history.replaceState(null, '', next);
    }
  });
}

/** True when the page is shown as an embed (`?embed=1`): the map and route only, no toolbar or panels. */
export function isEmbedMode(search: string): boolean {
  return new URLSearchParams(search).get('embed') === '1';
}

/**
 * The absolute link to what is on screen: the map (`?graph=`), node, route, metric, avoid list, and any
 * other state the address bar carries (such as the horizon), never the embed flag.
 */
export function shareLinkForState(): string {
  const url = new URL(urlForState(window.location.search), window.location.href);
  url.searchParams.delete('embed');
  url.hash = '';
  return url.href.replace(/%2C/g, ',');
}
