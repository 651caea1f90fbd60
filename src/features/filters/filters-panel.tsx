import { filtersAreEmpty, LEVEL_LABEL, type Level, type NodeKind, type PathwiseGraph } from '../../core/index';
import { useRef } from 'react';
import { actions, useAppStore } from '../../state/store';
import { usePanelFocus } from '../../components/use-panel-focus';

const KINDS: readonly { kind: NodeKind; label: string }[] = [
  { kind: 'certification', label: 'Certifications' },
  { kind: 'role', label: 'Roles' },
  { kind: 'skill', label: 'Skills' },
  { kind: 'experience', label: 'Requirements' },
];
const LEVELS = Object.keys(LEVEL_LABEL) as Level[];

function toggle<T>(set: ReadonlySet<T>, value: T): Set<T> {
  const next = new Set(set);
  if (next.has(value)) next.delete(value);
  else next.add(value);
  return next;
}

/**
 * Show or hide parts of the map by kind, career path, level and status. Every box is ticked when
 * what it names is shown; "Show all" and "Only this path" are explicit actions.
 */
export function FiltersPanel({ model }: { model: PathwiseGraph }) {
  const filters = useAppStore((s) => s.filters);
  const trackIds = model.tracks.map((t) => t.id);
  const panel = useRef<HTMLElement>(null);
  const close = (): void => {
    actions.setPanel('filters', false);
  };
  usePanelFocus(panel, { onClose: close, initial: 'input' });
  return (
    <section className="panel filters" aria-labelledby="filters-title" ref={panel}>
      <div className="panel-head">
        <h2 id="filters-title">Filters</h2>
        <button type="button" className="btn btn-small" disabled={filtersAreEmpty(filters)} onClick={actions.resetFilters}>
          Show all
        </button>
        <button type="button" className="close" aria-label="Close filters" onClick={close}>
          ×
        </button>
      </div>
      <fieldset>
        <legend>Show</legend>
        {KINDS.map(({ kind, label }) => (
          <label key={kind} className="check">
            <input
              type="checkbox"
              checked={!filters.hiddenKinds.has(kind)}
              onChange={() => {
                actions.setFilters((f) => ({ ...f, hiddenKinds: toggle(f.hiddenKinds, kind) }));
              }}
            />
            {label}
          </label>
        ))}
        <label className="check">
          <input
            type="checkbox"
            checked={!filters.hideRetired}
            onChange={() => {
              actions.setFilters((f) => ({ ...f, hideRetired: !f.hideRetired }));
            }}
          />
          Retired certifications
        </label>
      </fieldset>
      <fieldset>
        <legend>Certification level</legend>
        {LEVELS.map((level) => (
          <label key={level} className="check">
            <input
              type="checkbox"
              checked={!filters.hiddenLevels.has(level)}
              onChange={() => {
                actions.setFilters((f) => ({ ...f, hiddenLevels: toggle(f.hiddenLevels, level) }));
              }}
            />
            <span className={`swatch level-${level}`} aria-hidden="true" />
            {LEVEL_LABEL[level]}
          </label>
        ))}
      </fieldset>
      {model.tracks.length > 0 && (
        <fieldset className="track-filters">
          <legend>
            Career paths{' '}
            <span className="muted small">
              ({model.tracks.length - [...filters.hiddenTracks].filter((t) => trackIds.includes(t)).length} of {model.tracks.length} shown)
            </span>
          </legend>
          {model.tracks.map((track) => (
            <div key={track.id} className="track-filter">
              <label className="check">
                <input
                  type="checkbox"
                  checked={!filters.hiddenTracks.has(track.id)}
                  onChange={() => {
                    actions.setFilters((f) => ({ ...f, hiddenTracks: toggle(f.hiddenTracks, track.id) }));
                  }}
                />
                {track.label}
              </label>
              <button
                type="button"
                className="btn btn-link btn-small"
                aria-label={`Only this path: ${track.label}`}
                onClick={() => {
                  actions.setFilters((f) => ({ ...f, hiddenTracks: new Set(trackIds.filter((t) => t !== track.id)) }));
                }}
              >
                Only this path
              </button>
            </div>
          ))}
        </fieldset>
      )}
    </section>
  );
}
