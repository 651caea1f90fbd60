import { judgedFacts, staleAfter, statusNotice, type PathwiseGraph, type Route } from '../../core/index';
import { actions } from '../../state/store';
import { formatCost, formatMoney, formatMonths } from './format';

const KIND = { certification: 'Certification', role: 'Role', skill: 'Skill', experience: 'Requirement', track: 'Track' } as const;

/** The route as an ordered list: the accessible twin of the highlight on the map. */
export function RouteSteps({ model, route, today }: { model: PathwiseGraph; route: Route; today: string }) {
  const maxAge = staleAfter(model.meta);
  return (
    <>
      {route.warnings.map((w, i) => (
        <p key={i} className="route-warning" role="note">
          ⚠ {w.message}
        </p>
      ))}
      <ol className="route-steps" aria-label="Route steps">
        {route.steps.map((step, i) => {
          const node = model.byId.get(step.id);
          const retired = node?.kind === 'certification' && (node.status.state === 'retired' || node.status.state === 'retiring');
          const passed = node === undefined ? null : statusNotice(node, model.meta, today);
          // Facts of the step older than the map's limit, or naming a date that has passed.
          const due = node === undefined ? [] : judgedFacts(node, model.meta, today, maxAge).filter((f) => f.stale || f.passed);
          return (
            <li key={`${step.id}-${i}`} className={`route-step role-${step.role}`}>
              <button type="button" className="step-name btn-link" onClick={() => {
                actions.select(step.id, { centre: true });
              }}>
                {step.label}
              </button>
              <span className="muted small"> · {KIND[step.kind]}</span>
              {retired && passed === null && <span className="badge badge-retiring"> {node.status.state}</span>}
              {passed?.kind === 'retirement-passed' && <span className="badge badge-retired">retirement date passed</span>}
              {due.length > 0 && (
                <span className="fact-flag flag-stale" title={due.map((f) => `${f.what}: ${f.reasons.join('; ')}`).join('\n')}>
                  may be out of date
                </span>
              )}
              <div className="step-why small">{step.why}</div>
              {step.role !== 'start' && (
                <div className="step-figures small muted">
                  {step.months === null ? 'time not given' : formatMonths(step.months)} ·{' '}
                  {step.cost === null ? 'cost not given' : formatMoney(step.cost.amount, step.cost.currency)} · running total{' '}
                  {formatMonths(step.total.months)}, {formatCost(step.total.cost)}
                </div>
              )}
            </li>
          );
        })}
      </ol>
    </>
  );
}
