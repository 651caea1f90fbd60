import { useEffect } from 'react';
import { formatPath } from '../../core/index';
import { download } from '../../components/download';
import { checkKeptMaps, forgetKeptMap, keptEntryText, refreshKeptMaps, useKeptMaps, type KeptEntry } from '../../state/kept-maps';
import { openKeptMap } from '../../state/map-loader';

const SOURCE: Record<string, string> = { file: 'opened from a file', drop: 'dropped on the page', link: 'opened from a link' };

function title(entry: KeptEntry): string {
  return entry.ok ? entry.map.title : entry.key;
}

/**
 * Your maps: the maps kept in this browser, each with where it came from and when it was opened.
 * Each is checked again; one that no longer validates shows its problems and can be downloaded or
 * removed, never opened.
 */
export function KeptMapsPanel({ onClose }: { onClose: () => void }) {
  const entries = useKeptMaps((s) => s.entries);
  const checked = useKeptMaps((s) => s.checked);
  const unavailable = useKeptMaps((s) => s.unavailable);

  useEffect(() => {
    void refreshKeptMaps().then(checkKeptMaps);
  }, []);

  return (
    <section className="panel kept-maps" role="dialog" aria-labelledby="kept-maps-title">
      <div className="panel-head">
        <h2 id="kept-maps-title">Your maps</h2>
        <button type="button" className="close" aria-label="Close Your maps" onClick={onClose}>
          ×
        </button>
      </div>
      <p className="muted small">Maps you opened from a file, a drop or a link are kept in this browser, so they open again without the file.</p>
      {unavailable !== null && <p className="route-failure" role="alert">{unavailable}</p>}
      {entries.length === 0 && unavailable === null && <p className="small">No maps kept yet. Open a map file and it is kept here.</p>}
      <ul className="plain kept-map-list">
        {entries.map((entry) => {
          const problems = entry.ok ? checked[entry.key] : entry.problems;
          const broken = problems !== undefined && problems.length > 0;
          return (
            <li key={entry.key} className="kept-map" data-key={entry.key}>
              <div>
                <strong>{title(entry)}</strong>
                {entry.ok && (
                  <span className="muted small">
                    {' '}
                    · {entry.map.name} · {SOURCE[entry.map.source]} · last opened {entry.map.openedAt.slice(0, 16).replace('T', ' ')} UTC
                  </span>
                )}
              </div>
              {problems === undefined && entry.ok && <p className="muted small">Checking…</p>}
              {broken && (
                <div className="route-failure small" role="alert">
                  <p>
                    This map no longer opens: {problems.length} problem{problems.length === 1 ? '' : 's'}.
                  </p>
                  <ol className="problem-list">
                    {problems.slice(0, 20).map((p, i) => (
                      <li key={i}>
                        <code>{formatPath(p.path)}</code> {p.message}
                      </li>
                    ))}
                  </ol>
                </div>
              )}
              <div className="toolbar">
                <button
                  type="button"
                  className="btn btn-small"
                  disabled={!entry.ok || broken}
                  onClick={() => {
                    void openKeptMap(entry.key).then((ok) => {
                      if (ok) onClose();
                    });
                  }}
                >
                  Open
                </button>
                <button
                  type="button"
                  className="btn btn-small"
                  onClick={() => {
                    download(new Blob([keptEntryText(entry)], { type: 'application/json' }), entry.ok ? entry.map.name.replace(/^.*[\\/]/, '') || 'map.json' : 'kept-map.json');
                  }}
                >
                  Download
                </button>
                <button
                  type="button"
                  className="btn btn-small"
                  aria-label={`Remove ${title(entry)}`}
                  onClick={() => {
                    void forgetKeptMap(entry.key);
                  }}
                >
                  Remove
                </button>
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
