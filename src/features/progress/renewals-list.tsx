import { useMemo, useState } from 'react';
import { earnedOn, heldIds, localIsoDate, renewals, renewalText, type PathwiseGraph } from '../../core/index';
import { download } from '../../components/download';
import { actions } from '../../state/store';
import { useProgressStore } from '../../state/progress-store';

/**
 * Renewals of the certifications marked done with the date earned, due first, from the map's
 * renewal rule; "Add to calendar" downloads an .ics file with an event where each renewal window
 * opens and one at each expiry. The calendar writer (and the ics library) loads on first use.
 */
export function RenewalsList({ model, today = localIsoDate(new Date()) }: { model: PathwiseGraph; today?: string }) {
  const progress = useProgressStore((s) => s.progress);
  const [message, setMessage] = useState<string | null>(null);
  const { list, undated } = useMemo(() => {
    if (progress === null) return { list: [], undated: [] };
    const held = heldIds(progress).filter((id) => model.byId.get(id)?.kind === 'certification');
    const earned = held.flatMap((id) => {
      const date = earnedOn(progress, id);
      return date === null ? [] : [{ id, earned: date }];
    });
    return { list: renewals(model, earned, today), undated: held.filter((id) => earnedOn(progress, id) === null) };
  }, [model, progress, today]);
  if (list.length === 0 && undated.length === 0) return null;
  const dated = list.filter((r) => r.expires !== null);

  const addToCalendar = async () => {
    try {
      const { renewalCalendar, renewalEvents } = await import('../../core/time/renewal-calendar');
      download(new Blob([renewalCalendar(dated, today)], { type: 'text/calendar' }), `pathwise-renewals-${model.meta.id}.ics`);
      setMessage(`Calendar file with ${renewalEvents(dated).length} events downloaded.`);
    } catch (error) {
      setMessage(`The calendar file could not be written: ${error instanceof Error ? error.message : String(error)}`);
    }
  };

  return (
    <div className="renewals" aria-labelledby="renewals-title">
      <h3 id="renewals-title">Renewals</h3>
      <ol className="plain renewals-list" aria-label="Renewals, due first">
        {list.map((r) => (
          <li key={r.id} className={`renewal-${r.state}`}>
            <button type="button" className="btn-link" onClick={() => {
              actions.select(r.id, { centre: true });
            }}>
              {r.label}
            </button>
            <div className="small">{renewalText(r).replace(/^./, (c) => c.toUpperCase())}</div>
            <div className="muted small">
              Earned {r.earned}
              {r.expires !== null && ` · expires ${r.expires}`}
              {r.windowOpens !== null && ` · window opens ${r.windowOpens}`}
            </div>
          </li>
        ))}
      </ol>
      {undated.length > 0 && (
        <p className="muted small">
          No date earned for {undated.map((id) => model.byId.get(id)?.label ?? id).join(', ')}: set it in the details to see the renewal.
        </p>
      )}
      {dated.length > 0 && (
        <button type="button" className="btn btn-small" onClick={() => {
          void addToCalendar();
        }}>
          Add to calendar (.ics)
        </button>
      )}
      {message !== null && (
        <p className="small" role="status">
          {message}
        </p>
      )}
    </div>
  );
}
