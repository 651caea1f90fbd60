import { useEffect, useRef, useState } from 'react';
import { localIsoDate, statusNotices, type PathwiseGraph, type Route, type RouteMetric, type RouteResult } from '../../core/index';
import { SearchBox } from '../../components/node-search-box';
import { actions, useAppStore } from '../../state/store';
import { RadioGroup } from '../../components/radio-group';
import { usePanelFocus } from '../../components/use-panel-focus';
import { finishDate, formatCost, formatMonths } from './format';
import { RouteSteps } from './route-steps';

const METRICS: readonly { by: RouteMetric; label: string }[] = [
  { by: 'steps', label: 'Fewest steps' },
  { by: 'months', label: 'Least time' },
  { by: 'cost', label: 'Least cost' },
];

export interface RoutePanelProps {
  readonly model: PathwiseGraph;
  readonly result: RouteResult | null;
  /** How many nodes are marked done (offered as the start). */
  readonly doneCount: number;
  /** Today's date, injected so tests and screenshots are stable. */
  readonly today?: Date;
}

/** Plan a route: pick the ends, the metric and alternatives; read the steps, why, time and cost. */
export function RoutePanel({ model, result, doneCount, today = new Date() }: RoutePanelProps) {
  const route = useAppStore((s) => s.route);
  const [pace, setPace] = useState(10);
  const label = (id: string | null) => (id === null ? '' : (model.byId.get(id)?.label ?? id));
  const chosen = result?.ok === true ? (result.alternatives[route.alternative] ?? result.route) : null;
  const panel = useRef<HTMLElement>(null);
  const endRequest = useAppStore((s) => s.routeEndRequest);
  const close = (): void => {
    actions.clearRoute();
    actions.setPanel('route', false);
  };
  // Chosen once, when the panel opens: the end still to pick.
  const [initial] = useState(route.from !== null && route.to === null ? '.route-to input' : '.route-from input');
  usePanelFocus(panel, { onClose: close, initial });
  useEffect(() => {
    // "Route from here" / "Route to here": show the panel and put the cursor in the other end.
    if (endRequest === null) return;
    panel.current?.scrollIntoView({ block: 'nearest' });
    panel.current?.querySelector<HTMLElement>(endRequest.end === 'to' ? '.route-to input' : '.route-from input')?.focus({ preventScroll: true });
  }, [endRequest]);
  const todayIso = localIsoDate(today);
  const passed = statusNotices(model, todayIso).filter((n) => n.kind === 'retirement-passed');
  const code = (id: string) => {
    const node = model.byId.get(id);
    return node?.kind === 'certification' && node.examCodes.length > 0 ? node.examCodes.join('/') : label(id);
  };

  return (
    <section className="panel route-panel" role="region" aria-label="Route" ref={panel}>
      <div className="panel-head">
        <h2>Route</h2>
        <button type="button" className="btn btn-small" onClick={() => {
          // The panel stays open and the cursor goes to the start: focus never falls to the page.
          actions.clearRoute();
          actions.setPanel('route', true);
          panel.current?.querySelector<HTMLElement>('.route-from input')?.focus();
        }}>
          Clear
        </button>
        <button type="button" className="close" aria-label="Close route" onClick={close}>
          ×
        </button>
      </div>
      <div className="route-ends">
        <div className="route-end">
          <span className="route-end-label">From</span>
          <SearchBox model={model} className="route-from" label="Route from" placeholder="Where you are (role, cert…)" value={route.fromDone ? `Everything I've done (${doneCount})` : label(route.from)} onChoose={(n) => {
            actions.setRoute({ from: n.id, fromDone: false });
          }} />
        </div>
        {doneCount > 0 && (
          <label className="check small">
            <input type="checkbox" checked={route.fromDone} onChange={() => {
              actions.setRoute({ fromDone: !route.fromDone });
            }} />
            Start from what I have marked done ({doneCount})
          </label>
        )}
        <button
          type="button"
          className="btn btn-small swap"
          aria-label="Swap start and destination"
          onClick={() => {
            actions.setRoute({ from: route.to, to: route.from });
          }}
        >
          ⇅
        </button>
        <div className="route-end">
          <span className="route-end-label">To</span>
          <SearchBox model={model} className="route-to" label="Route to" placeholder="Where you want to be" value={label(route.to)} onChoose={(n) => {
            actions.setRoute({ to: n.id });
          }} />
        </div>
      </div>
      <RadioGroup
        label="Optimise for"
        className="segmented"
        optionClassName="btn btn-small"
        options={METRICS.map((m) => ({ value: m.by, content: m.label }))}
        value={route.by}
        onChange={(by) => {
          actions.setRoute({ by });
        }}
      />
      {passed.length > 0 && (
        <label className="check small keep-retired" title={passed.map((n) => `${label(n.id)}: ${n.text}`).join('\n')}>
          <input type="checkbox" checked={route.keepRetired === true} onChange={() => {
            actions.setRoute({ keepRetired: route.keepRetired !== true });
          }} />
          Keep exams past their retirement date ({passed.map((n) => code(n.id)).join(', ')})
        </label>
      )}
      {route.avoid.length > 0 && (
        <p className="small avoid-list">
          Avoiding:{' '}
          {route.avoid.map((id) => (
            <button key={id} type="button" className="chip" aria-label={`Stop avoiding ${label(id)}`} onClick={() => {
              actions.setRoute({ avoid: route.avoid.filter((a) => a !== id) });
            }}>
              {label(id)} ×
            </button>
          ))}
        </p>
      )}
      {result === null && <p className="muted small">Choose where you are and where you want to be; the route appears at once. Tip: click a node and use “Route from here”.</p>}
      {result !== null && !result.ok && (
        <p className="route-failure" role="alert">
          {result.message}
        </p>
      )}
      {result?.ok === true && chosen !== null && (
        <>
          {result.alternatives.length > 1 && <Alternatives alternatives={result.alternatives} chosen={route.alternative} by={result.by} />}
          {result.notes.map((note) => (
            <p key={note} className="muted small">
              {note}
            </p>
          ))}
          <RouteSteps model={model} route={chosen} today={todayIso} />
          <Totals route={chosen} pace={pace} onPace={setPace} today={today} />
        </>
      )}
    </section>
  );
}

function Alternatives({ alternatives, chosen, by }: { alternatives: readonly Route[]; chosen: number; by: RouteMetric }) {
  const best = alternatives[0];
  return (
    <RadioGroup
      label="Alternative routes"
      className="alternatives"
      optionClassName="alt"
      value={chosen}
      onChange={(i) => {
        actions.setRoute({ alternative: i });
      }}
      options={alternatives.map((alt, i) => ({
        value: i,
        content: (
          <>
            <span className="alt-name">{i === 0 ? 'Best' : `Option ${i + 1}`}</span>
            <span className="alt-figures">
              {alt.totals.steps} steps · {formatMonths(alt.totals.months)} · {formatCost(alt.totals.cost)}
            </span>
            {i > 0 && best !== undefined && <span className="alt-diff">{difference(alt, best, by)}</span>}
            {i > 0 && best !== undefined && <span className="alt-via">{via(alt, best)}</span>}
          </>
        ),
      }))}
    />
  );
}

/** How an alternative differs from the best: the steps it takes that the best does not. */
function via(alt: Route, best: Route): string {
  const bestIds = new Set(best.steps.map((s) => s.id));
  const own = alt.steps.filter((s) => !bestIds.has(s.id)).map((s) => s.label);
  return own.length === 0 ? 'same steps, another order' : `via ${own.join(', ')}`;
}

function difference(alt: Route, best: Route, by: RouteMetric): string {
  if (by === 'steps') return `+${alt.totals.steps - best.totals.steps} steps`;
  if (by === 'months') return `+${formatMonths(Math.max(0, alt.totals.months - best.totals.months))}`;
  const currency = Object.keys(best.totals.cost)[0] ?? Object.keys(alt.totals.cost)[0];
  if (currency === undefined) return 'same cost';
  const delta = (alt.totals.cost[currency] ?? 0) - (best.totals.cost[currency] ?? 0);
  return `+${formatCost({ [currency]: Math.max(0, delta) })}`;
}

function Totals({ route, pace, onPace, today }: { route: Route; pace: number; onPace: (n: number) => void; today: Date }) {
  const done = finishDate(route.totals.months, pace, today);
  return (
    <div className="route-totals">
      <dl className="facts">
        <dt>Total</dt>
        <dd>
          <strong>
            {route.totals.steps} steps · {formatMonths(route.totals.months)} · {formatCost(route.totals.cost)}
          </strong>
          {(route.totals.unknownMonths > 0 || route.totals.unknownCost > 0) && (
            <div className="muted small">
              {route.totals.unknownMonths > 0 && `${route.totals.unknownMonths} step(s) without a time estimate. `}
              {route.totals.unknownCost > 0 && `${route.totals.unknownCost} step(s) without a known cost.`}
            </div>
          )}
        </dd>
      </dl>
      <label className="pace">
        Study pace
        <input
          type="number"
          min={1}
          max={60}
          value={pace}
          onChange={(e) => {
            const n = Number(e.target.value);
            if (Number.isFinite(n) && n > 0) onPace(Math.min(n, 60));
          }}
        />
        hours a week → estimated finish <strong>{done.toISOString().slice(0, 10)}</strong>
      </label>
      <p className="muted small">Months are typical durations at about 10 hours a week; the finish date scales them to your pace.</p>
    </div>
  );
}
