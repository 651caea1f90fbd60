import { useMemo, useState } from 'react';
import {
  bandLabels,
  bestNextSteps,
  horizonRoleRows,
  payCitation,
  payText,
  reachCostText,
  reachMonthsText,
  type HorizonMetric,
  type HorizonSort,
  type PathwiseGraph,
  type ThemeName,
} from '../../core/index';
import { SearchBox } from '../../components/node-search-box';
import { actions } from '../../state/store';
import { useBandColours, type HorizonView } from './use-horizon';

export interface HorizonPanelProps {
  readonly model: PathwiseGraph;
  readonly view: HorizonView;
  /** How many nodes are marked done (offered as the start). */
  readonly doneCount: number;
  readonly theme: ThemeName;
}

const LIMIT_MAX: Record<HorizonMetric, number> = { months: 60, cost: 5000 };
const LIMIT_STEP: Record<HorizonMetric, number> = { months: 1, cost: 50 };
const DEFAULT_LIMIT: Record<HorizonMetric, number> = { months: 12, cost: 1000 };

/** Horizon mode: where the start leads within a limit, the roles in reach ranked, and the best next step. */
export function HorizonPanel({ model, view, doneCount, theme }: HorizonPanelProps) {
  useBandColours(theme);
  const { request, result } = view;
  const [sort, setSort] = useState<HorizonSort>('pay');
  const set = (update: Partial<typeof request>) => {
    actions.setHorizon({ ...request, ...update });
  };
  const rows = useMemo(() => (result === null ? [] : horizonRoleRows(model, result, request.within, sort)), [model, result, request.within, sort]);
  const next = useMemo(
    () => (result === null ? null : bestNextSteps(model, view.starts, { by: request.by, within: request.within, current: result })),
    [model, result, view.starts, request.by, request.within],
  );
  const unit = request.by === 'months' ? 'months' : (result?.currencies[0] ?? 'USD');
  const bands = bandLabels(request.by, request.within, result?.currencies[0] ?? 'USD');
  const openRoute = (to: string) => {
    if (request.from === 'done') actions.setRoute({ from: null, fromDone: true, to, by: request.by });
    else actions.setRoute({ from: request.from, fromDone: false, to, by: request.by });
  };

  return (
    <section className="panel horizon-panel" role="region" aria-label="Career horizon">
      <div className="panel-head">
        <h2>Career horizon</h2>
        <button type="button" className="btn btn-small" onClick={() => {
          actions.setHorizon(null);
        }}>
          Close
        </button>
      </div>
      <div className="horizon-controls">
        <SearchBox model={model} label="Horizon from" placeholder="Where you are (role, cert…)" value={view.startLabel} onChoose={(node) => {
          set({ from: node.id });
        }} />
        {doneCount > 0 && (
          <label className="check small">
            <input type="checkbox" checked={request.from === 'done'} onChange={() => {
              set({ from: request.from === 'done' ? (view.starts[0] ?? 'done') : 'done' });
            }} />
            Start from what I have marked done ({doneCount})
          </label>
        )}
        <fieldset className="horizon-by">
          <legend className="small">Measure</legend>
          {(['months', 'cost'] as const).map((by) => (
            <label key={by} className="check small">
              <input type="radio" name="horizon-by" checked={request.by === by} onChange={() => {
                set({ by, within: DEFAULT_LIMIT[by] });
              }} />
              {by === 'months' ? 'Time' : 'Money'}
            </label>
          ))}
        </fieldset>
        <div className="horizon-limit">
          <label htmlFor="horizon-within-range" className="small">
            Within
          </label>
          <input id="horizon-within-range" type="range" min={0} max={LIMIT_MAX[request.by]} step={LIMIT_STEP[request.by]} value={Math.min(request.within, LIMIT_MAX[request.by])} aria-label={`Limit in ${unit}`} onChange={(e) => {
            set({ within: Number(e.target.value) });
          }} />
          <input className="horizon-within" type="number" min={0} step={LIMIT_STEP[request.by]} value={request.within} aria-label={`Limit in ${unit} (number)`} onChange={(e) => {
            const n = Number(e.target.value);
            if (e.target.value !== '' && Number.isFinite(n) && n >= 0) set({ within: n });
          }} />
          <span className="small">{unit}</span>
        </div>
      </div>
      {result === null ? (
        <p className="muted small">Mark something done, or choose where you start, to see where it leads.</p>
      ) : (
        <>
          <ul className="horizon-legend" aria-label="Horizon bands">
            {bands.map((label, i) => (
              <li key={label}>
                <span className={`band-chip horizon-band-chip-${String(i + 1)}`} aria-hidden="true">
                  {i + 1}
                </span>
                {label}
              </li>
            ))}
            <li>
              <span className="band-chip band-chip-faded" aria-hidden="true" />
              beyond the limit or not reachable (faded)
            </li>
            <li>
              <span className="band-chip band-chip-unknown" aria-hidden="true">?</span>
              a step's {request.by === 'months' ? 'time' : 'cost'} is unknown (dashed)
            </li>
          </ul>
          <p className="muted small horizon-rule">
            A node is in reach when its complete plan (requirements included, as “Plan a route” makes it) is within the limit. A step without a figure is
            unknown, never counted as zero.
          </p>
          <div className="horizon-list-head">
            <h3>Roles in reach ({rows.length})</h3>
            <label className="small">
              Rank by{' '}
              <select value={sort} onChange={(e) => {
                setSort(e.target.value as HorizonSort);
              }}>
                <option value="pay">pay</option>
                <option value="months">time</option>
                <option value="cost">cost</option>
              </select>
            </label>
          </div>
          <ol className="horizon-list" aria-label="Roles in reach">
            {rows.map((row) => (
              <li key={row.entry.id} className="horizon-role" data-id={row.entry.id}>
                <span className={`band-chip horizon-band-chip-${String(row.band)}${row.unknown ? ' band-chip-unknown' : ''}`} aria-label={`band ${String(row.band)}${row.unknown ? ', figure unknown' : ''}`}>
                  {row.band}
                  {row.unknown ? '?' : ''}
                </span>
                <div className="horizon-role-text">
                  <button type="button" className="link-button horizon-open" onClick={() => {
                    openRoute(row.entry.id);
                  }}>
                    {row.entry.label}
                  </button>
                  <span className="small">
                    {reachMonthsText(row.entry)} · {reachCostText(row.entry)} · {row.entry.steps} step{row.entry.steps === 1 ? '' : 's'}
                  </span>
                  <span className="small muted">
                    {row.pay === null ? (
                      'pay not given in the map'
                    ) : (
                      <>
                        {payText(row.pay)} (
                        <a href={row.pay.source} target="_blank" rel="noreferrer">
                          {payCitation(row.pay)}
                        </a>
                        )
                      </>
                    )}
                  </span>
                </div>
              </li>
            ))}
          </ol>
          {rows.length === 0 && <p className="muted small">No role is within the limit. Raise it, or start from somewhere else.</p>}
          {next !== null && <NextStepView next={next} by={request.by} />}
        </>
      )}
    </section>
  );
}

function NextStepView({ next, by }: { next: ReturnType<typeof bestNextSteps>; by: HorizonMetric }) {
  if (next.compared.length === 0) return <p className="muted small">No certification within the limit brings a further role within it.</p>;
  return (
    <div className="horizon-next" aria-label="Best next step" role="group">
      <h3>Best next step</h3>
      {next.mostRoles !== null && (
        <p className="small">
          <strong>Most roles: {next.mostRoles.label}</strong> {next.mostRoles.why}.
        </p>
      )}
      {next.mostPay !== null && next.mostPay !== next.mostRoles && (
        <p className="small">
          <strong>Largest rise in pay: {next.mostPay.label}</strong> {next.mostPay.why}.
        </p>
      )}
      <table className="horizon-compare small">
        <caption className="visually-hidden">Candidate next steps side by side</caption>
        <thead>
          <tr>
            <th scope="col">Next step</th>
            <th scope="col">Time</th>
            <th scope="col">Cost</th>
            <th scope="col">Roles opened</th>
            <th scope="col">Best pay opened</th>
          </tr>
        </thead>
        <tbody>
          {next.compared.map((step) => (
            <tr key={step.id}>
              <th scope="row">{step.label}</th>
              <td>{reachMonthsText(step.entry)}</td>
              <td>{reachCostText(step.entry)}</td>
              <td>{step.opens.length}</td>
              <td>{step.bestPay === null ? '—' : `${payText(step.bestPay.pay)} (${String(step.bestPay.pay.year)})`}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="muted small">Roles opened: within the limit once it is held, counted from when you hold it{by === 'cost' ? ' (money spent after it)' : ''}.</p>
    </div>
  );
}
