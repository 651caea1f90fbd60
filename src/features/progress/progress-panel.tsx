import { useMemo, useRef, useState } from 'react';
import { gapAnalysis, heldIds, trackCounts, type PathwiseGraph } from '../../core/index';
import { SearchBox } from '../../components/node-search-box';
import { download } from '../../components/download';
import { progressActions, useProgressStore } from '../../state/progress-store';
import { actions } from '../../state/store';
import { EarnedOnField } from './progress-buttons';
import { usePanelFocus } from '../../components/use-panel-focus';
import { RenewalsList } from './renewals-list';
import { ClearAllProgress } from './clear-all-progress';

/** My progress: counts per career path, export and import, and a gap analysis toward a target role. */
export function ProgressPanel({ model }: { model: PathwiseGraph }) {
  const progress = useProgressStore((s) => s.progress);
  const blocked = useProgressStore((s) => s.blocked);
  const health = useProgressStore((s) => s.health);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [target, setTarget] = useState<string | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const panel = useRef<HTMLElement>(null);
  const close = (): void => {
    actions.setPanel('progress', false);
  };
  usePanelFocus(panel, { onClose: close });
  const counts = useMemo(() => (progress === null ? [] : trackCounts(model, progress)), [model, progress]);
  const held = useMemo(() => new Set(progress === null ? [] : heldIds(progress)), [progress]);
  const gaps = useMemo(() => (target === null || !model.byId.has(target) ? null : gapAnalysis(model, target, held)), [model, target, held]);
  if (progress === null) return null;
  const orphanCount = Object.keys(progress.orphans).length;
  const label = (id: string) => model.byId.get(id)?.label ?? id;

  const save = (text: string, fileName: string) => {
    download(new Blob([text], { type: 'application/json' }), fileName);
  };
  const exportProgress = () => {
    const file = progressActions.exportFile();
    if (file !== null) save(file.text, file.fileName);
  };
  const done = [...held].filter((id) => model.byId.has(id));

  return (
    <section className="panel progress-panel" aria-labelledby="progress-title" ref={panel}>
      <div className="panel-head">
        <h2 id="progress-title">My progress</h2>
        <button type="button" className="close" aria-label="Close my progress" onClick={close}>
          ×
        </button>
      </div>
      {blocked !== null && (
        <div className="route-failure" role="alert">
          <p>Saved progress could not be read: {blocked.message}</p>
          <div className="toolbar">
            <button type="button" className="btn btn-small" onClick={() => {
              save(blocked.raw, `pathwise-progress-unreadable-${model.meta.id}.json`);
            }}>
              Download the unreadable data
            </button>
            <button type="button" className="btn btn-small" onClick={() => {
              progressActions.reset(model.meta.id);
            }}>
              Reset progress
            </button>
          </div>
        </div>
      )}
      {health !== 'ok' && (
        <div className="route-failure storage-failure" role="alert">
          <p>
            {health === 'unavailable'
              ? 'This browser does not let Pathwise use its storage, so your marks last only until this tab closes.'
              : 'Your latest marks could not be saved in this browser (storage is full or refused the write). They stay in this tab; what was saved before is untouched.'}{' '}
            Export them to keep them.
          </p>
          <button type="button" className="btn btn-small" onClick={exportProgress}>
            Export progress now
          </button>
        </div>
      )}
      <p className="muted small">Mark nodes from their details (keys D done, I in progress, P planned, U clear). Saved in this browser only.</p>
      <ul className="plain track-counts">
        {counts.map((c) => (
          <li key={c.trackId}>
            <span>{c.label}</span>
            <span className="count" aria-label={`${c.done} of ${c.total} done`}>
              {c.done} of {c.total}
            </span>
            <span className="bar" aria-hidden="true">
              <span style={{ width: `${c.total === 0 ? 0 : (c.done / c.total) * 100}%` }} />
            </span>
          </li>
        ))}
      </ul>
      {orphanCount > 0 && (
        <p className="small">
          {orphanCount} saved mark{orphanCount === 1 ? ' is' : 's are'} for nodes this map no longer has ({Object.keys(progress.orphans).join(', ')}); kept aside in case they return.
        </p>
      )}
      {done.length > 0 && (
        <details className="earned-list">
          <summary>Dates earned ({done.length})</summary>
          <ul className="plain small">
            {done.map((id) => (
              <li key={id}>
                <EarnedOnField id={id} label={label(id)} />
              </li>
            ))}
          </ul>
        </details>
      )}
      <div className="toolbar">
        <button type="button" className="btn btn-small" onClick={exportProgress}>
          Export progress
        </button>
        <button type="button" className="btn btn-small" onClick={() => fileInput.current?.click()}>
          Import progress
        </button>
        <input
          ref={fileInput}
          type="file"
          accept="application/json,.json"
          hidden
          aria-label="Progress file to import"
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (file === undefined) return;
            void file.text().then((text) => {
              const result = progressActions.import(text, model);
              setMessage({ ok: result.ok, text: result.ok ? result.message : `Nothing was changed: ${result.message}` });
            });
          }}
        />
      </div>
      {blocked === null && <ClearAllProgress count={Object.keys(progress.marks).length + orphanCount} />}
      {message !== null && (
        <p className={message.ok ? 'small' : 'route-failure'} role={message.ok ? 'status' : 'alert'}>
          {message.text}
        </p>
      )}
      <RenewalsList model={model} />
      <h3>Gap analysis</h3>
      <SearchBox model={model} label="Target role for gap analysis" placeholder="Target role, e.g. Cloud Solutions Architect" value={target === null ? '' : label(target)} onChoose={(n) => {
        setTarget(n.id);
      }} />
      {gaps !== null && (
        <div className="gaps">
          <p className="small">{gaps.summary}</p>
          {gaps.gaps.length > 0 && (
            <>
              <h3>Still needed</h3>
              <ul className="plain small">
                {gaps.gaps.map((g) => (
                  <li key={g.key}>
                    {g.label}
                    {gaps.uncoverable.includes(g) && <span className="muted"> (no certification covers this)</span>}
                  </li>
                ))}
              </ul>
            </>
          )}
          {gaps.plan.certifications.length > 0 && (
            <>
              <h3>Certifications that close the most</h3>
              <ol className="small">
                {gaps.plan.certifications.map((id) => {
                  const option = gaps.candidates.find((c) => c.id === id);
                  return (
                    <li key={id}>
                      <button type="button" className="btn-link" onClick={() => {
                        actions.select(id, { centre: true });
                      }}>
                        {label(id)}
                      </button>
                      {option !== undefined && (
                        <span className="muted">
                          {' '}
                          · closes {option.closes.length} · {option.months === null ? 'time not given' : `${option.months} mo`}
                          {option.unmetRequirements.length > 0 && ` · first needs ${option.unmetRequirements.map((n) => n.label).join(', ')}`}
                        </span>
                      )}
                    </li>
                  );
                })}
              </ol>
            </>
          )}
        </div>
      )}
    </section>
  );
}
