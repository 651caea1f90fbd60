import { earnedOn, renewals, renewalText, type CertificationNode, type PathwiseGraph } from '../../core/index';
import { useProgressStore } from '../../state/progress-store';

/**
 * For a certification marked done with the date earned: when it expires and when renewal opens,
 * from the map's renewal rule. Nothing when it is not held or the date earned is unknown.
 */
export function RenewalFact({ model, node, today }: { model: PathwiseGraph; node: CertificationNode; today: string }) {
  const progress = useProgressStore((s) => s.progress);
  const earned = progress === null ? null : earnedOn(progress, node.id);
  if (earned === null) return null;
  const [renewal] = renewals(model, [{ id: node.id, earned }], today);
  if (renewal === undefined) return null;
  return (
    <div className={`renewal-fact renewal-${renewal.state}`} role="note" aria-label="Your renewal">
      <h3>Your renewal</h3>
      <p className="small">
        Earned {renewal.earned}
        {renewal.expires !== null && ` · expires ${renewal.expires}`}
        {renewal.windowOpens !== null && ` · renewal window opens ${renewal.windowOpens}`}
      </p>
      <p className="small">
        <strong>{renewalText(renewal).replace(/^./, (c) => c.toUpperCase())}</strong>
      </p>
    </div>
  );
}
