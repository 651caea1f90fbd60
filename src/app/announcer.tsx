import { useEffect, useRef } from 'react';
import { markOf, visibleSubgraph, type Mark, type Progress } from '../core/index';
import { formatCost, formatMonths } from '../features/route-planner/format';
import { announce, useAnnouncements } from '../state/announcements';
import { useProgressStore } from '../state/progress-store';
import { useAppStore } from '../state/store';
import { useHave } from './use-have';
import { useRouteResult } from './use-route-result';

const MARK_WORDS: Record<Mark, string> = { done: 'done', doing: 'in progress', planned: 'planned' };

/** What changed between two progress values, in words ("MS-102 marked done"), or null. */
function progressNews(previous: Progress | null, next: Progress | null, label: (id: string) => string): string | null {
  if (previous === null || next === null || previous === next || previous.mapId !== next.mapId) return null;
  const ids = new Set([...Object.keys(previous.marks), ...Object.keys(next.marks)]);
  const changes: string[] = [];
  for (const id of ids) {
    const before = markOf(previous, id);
    const after = markOf(next, id);
    if (before === after) continue;
    changes.push(after === null ? `${label(id)}: mark cleared` : `${label(id)} marked ${MARK_WORDS[after]}`);
  }
  if (changes.length === 0) return null;
  return changes.length > 3 ? `${changes.length} marks changed` : `${changes.join('. ')}.`;
}

/**
 * One polite live region for news a screen-reader user would otherwise miss: a route found or not,
 * a progress mark set, a map opened, nodes hidden by filters. The region is always in the page, so
 * its changes are announced (a region added together with its text often is not).
 */
export function Announcer() {
  const text = useAnnouncements((s) => s.text);
  const model = useAppStore((s) => s.model);
  const filters = useAppStore((s) => s.filters);
  const focus = useAppStore((s) => s.focus);
  const alternative = useAppStore((s) => s.route.alternative);
  const result = useRouteResult(useHave());
  const progress = useProgressStore((s) => s.progress);
  const previousProgress = useRef<Progress | null>(progress);
  const first = useRef(true);

  useEffect(() => {
    if (model === null) return;
    announce(`Opened ${model.meta.title}: ${model.nodes.filter((n) => n.kind !== 'track').length} nodes.`);
  }, [model]);

  useEffect(() => {
    if (result === null) return;
    if (!result.ok) {
      announce(`No route. ${result.message}`);
      return;
    }
    const route = result.alternatives[alternative] ?? result.route;
    const last = route.steps[route.steps.length - 1];
    announce(
      `Route found to ${last?.label ?? 'the goal'}: ${route.totals.steps} steps, ${formatMonths(route.totals.months)}, ${formatCost(route.totals.cost)}.`,
    );
  }, [result, alternative]);

  useEffect(() => {
    const label = (id: string): string => model?.byId.get(id)?.label ?? id;
    const news = progressNews(previousProgress.current, progress, label);
    previousProgress.current = progress;
    if (news !== null) announce(news);
  }, [progress, model]);

  useEffect(() => {
    // The first render is the map opening, announced above; only changes of filters are news.
    if (first.current || model === null) {
      first.current = false;
      return;
    }
    const hidden = visibleSubgraph(model, filters, focus).hiddenCount;
    announce(hidden === 0 ? 'All nodes shown.' : `${hidden} node${hidden === 1 ? '' : 's'} hidden by filters.`);
  }, [filters, focus, model]);

  return (
    <div className="visually-hidden" role="status" aria-live="polite" aria-atomic="true" data-testid="announcer">
      {text}
    </div>
  );
}
