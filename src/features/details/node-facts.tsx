import { LEVEL_LABEL, SENIORITY_LABEL, statusNotice, type FactField, type GraphNode, type JudgedFact, type PathwiseGraph } from '../../core/index';
import { ExternalLink } from '../../components/external-link';
import { FactAge } from './fact-age';
import { FactFlag } from './fact-flag';

const money = (amount: number, currency: string) =>
  new Intl.NumberFormat('en-US', { style: 'currency', currency, maximumFractionDigits: 0 }).format(amount);

export interface NodeFactsProps {
  readonly node: GraphNode;
  readonly model: PathwiseGraph;
  readonly onSelect: (id: string) => void;
  /** The node's dated facts judged against today (see `judgedFacts`). */
  readonly judged: readonly JudgedFact[];
  readonly today: string;
}

/** Every field of the node's kind, with as-of dates, how old each fact is, sources and confidence flags. */
export function NodeFacts({ node, model, onSelect, judged, today }: NodeFactsProps) {
  const label = (id: string) => model.byId.get(id)?.label ?? id;
  const age = (field: FactField) => <FactAge fact={judged.find((f) => f.field === field)} />;
  switch (node.kind) {
    case 'certification': {
      const { status } = node;
      const notice = statusNotice(node, model.meta, today);
      return (
        <dl className="facts">
          <dt>Issuer</dt>
          <dd>{node.issuer}</dd>
          {node.examCodes.length > 0 && (
            <>
              <dt>Exam</dt>
              <dd>{node.examCodes.join(', ')}</dd>
            </>
          )}
          <dt>Credential</dt>
          <dd>{node.credential}</dd>
          <dt>Level</dt>
          <dd>{LEVEL_LABEL[node.level]}</dd>
          <dt>Status</dt>
          <dd>
            {status.state === 'active' && `Active${status.asOf === undefined ? '' : ` (as of ${status.asOf})`}`}
            {status.state === 'beta' && `Beta${status.since === undefined ? '' : ` since ${status.since}`}`}
            {status.state === 'beta' && status.expectedRelease !== undefined && notice === null && `, release expected ${status.expectedRelease}`}
            {notice !== null && (
              <strong className="status-passed">{status.state === 'beta' ? `: ${notice.text}` : `${notice.text.charAt(0).toUpperCase()}${notice.text.slice(1)}`}</strong>
            )}
            {status.state === 'retiring' && notice === null && <strong>Retiring on {status.date}</strong>}
            {status.state === 'retired' && <strong>Retired on {status.date}</strong>}
            {(status.state === 'retiring' || status.state === 'retired') && status.replacement !== undefined && (
              <>
                {' '}
                → replaced by{' '}
                <button type="button" className="btn-link" onClick={() => {
                  onSelect(status.replacement ?? '');
                }}>
                  {label(status.replacement)}
                </button>
              </>
            )}{' '}
            <FactFlag confidence={status.confidence} />
            {age('status')}
            {status.note !== undefined && <div className="muted small">{status.note}</div>}
          </dd>
          {node.fee !== undefined && (
            <>
              <dt>Exam fee</dt>
              <dd>
                {money(node.fee.amount, node.fee.currency)} <span className="muted small">as of {node.fee.asOf}</span>{' '}
                <FactFlag confidence={node.fee.confidence} />
                {age('fee')}
                {node.fee.note !== undefined && <div className="muted small">{node.fee.note}</div>}
                {node.fee.source !== undefined && (
                  <div className="small">
                    <ExternalLink href={node.fee.source} />
                  </div>
                )}
              </dd>
            </>
          )}
          {node.renewal !== undefined && (
            <>
              <dt>Renewal</dt>
              <dd>
                {node.renewal.validityMonths !== undefined && `Valid ${node.renewal.validityMonths} months. `}
                {node.renewal.validityMonths !== undefined && node.renewal.windowMonths !== undefined && `Renewal opens ${node.renewal.windowMonths} months before expiry. `}
                {node.renewal.rule} <FactFlag confidence={node.renewal.confidence} />
                {age('renewal')}
              </dd>
            </>
          )}
        </dl>
      );
    }
    case 'role':
      return (
        <dl className="facts">
          <dt>Seniority</dt>
          <dd>{SENIORITY_LABEL[node.seniority]}</dd>
          {node.typicalExperience !== undefined && (
            <>
              <dt>Experience</dt>
              <dd>{node.typicalExperience}</dd>
            </>
          )}
          {node.pay !== undefined && (
            <>
              <dt>Pay</dt>
              <dd>
                {money(node.pay.amount, node.pay.currency)} a {node.pay.period} ({node.pay.statistic}, {node.pay.region}, {node.pay.year}){' '}
                <FactFlag confidence={node.pay.confidence} />
                {age('pay')}
                {node.pay.occupation !== undefined && <div className="muted small">{node.pay.occupation}</div>}
                <div className="small">
                  <ExternalLink href={node.pay.source} />
                </div>
              </dd>
            </>
          )}
          {node.outlook !== undefined && (
            <>
              <dt>Outlook</dt>
              <dd>
                {node.outlook.text}
                {node.outlook.growthPercent !== undefined && ` (${node.outlook.growthPercent > 0 ? '+' : ''}${node.outlook.growthPercent}%${node.outlook.period === undefined ? '' : `, ${node.outlook.period}`})`}{' '}
                <FactFlag confidence={node.outlook.confidence} />
                {age('outlook')}
              </dd>
            </>
          )}
        </dl>
      );
    case 'skill':
      return (
        <dl className="facts">
          <dt>Domain</dt>
          <dd>{node.domain}</dd>
        </dl>
      );
    case 'experience':
      return (
        <dl className="facts">
          <dt>Requirement</dt>
          <dd>{node.requirement}</dd>
          {node.months !== undefined && (
            <>
              <dt>Months</dt>
              <dd>{node.months}</dd>
            </>
          )}
        </dl>
      );
    case 'track':
      return null;
  }
}
