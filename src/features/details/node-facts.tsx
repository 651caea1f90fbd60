import { LEVEL_LABEL, SENIORITY_LABEL, type GraphNode, type PathwiseGraph } from '../../core/index';
import { ExternalLink } from '../../components/external-link';
import { FactFlag } from './fact-flag';

const money = (amount: number, currency: string) =>
  new Intl.NumberFormat('en-US', { style: 'currency', currency, maximumFractionDigits: 0 }).format(amount);

/** Every field of the node's kind, with as-of dates, sources and confidence flags. */
export function NodeFacts({ node, model, onSelect }: { node: GraphNode; model: PathwiseGraph; onSelect: (id: string) => void }) {
  const label = (id: string) => model.byId.get(id)?.label ?? id;
  switch (node.kind) {
    case 'certification': {
      const { status } = node;
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
            {status.state === 'retiring' && <strong>Retiring on {status.date}</strong>}
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
            {status.note !== undefined && <div className="muted small">{status.note}</div>}
          </dd>
          {node.fee !== undefined && (
            <>
              <dt>Exam fee</dt>
              <dd>
                {money(node.fee.amount, node.fee.currency)} <span className="muted small">as of {node.fee.asOf}</span>{' '}
                <FactFlag confidence={node.fee.confidence} />
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
                {node.renewal.rule} <FactFlag confidence={node.renewal.confidence} />
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
