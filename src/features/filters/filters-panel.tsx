import { LEVEL_LABEL, type Level, type NodeKind, type PathwiseGraph } from '../../core/index';
import { actions, useAppStore } from '../../state/store';

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

/** Show or hide parts of the map by kind, career path, level and status. */
export function FiltersPanel({ model }: { model: PathwiseGraph }) {
  const filters = useAppStore((s) => s.filters);
  return (
    <section className="panel filters" aria-labelledby="filters-title">
      <div className="panel-head">
        <h2 id="filters-title">Filters</h2>
        <button type="button" className="btn btn-small" onClick={actions.resetFilters}>
          Reset
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
            checked={filters.hideRetired}
            onChange={() => {
              actions.setFilters((f) => ({ ...f, hideRetired: !f.hideRetired }));
            }}
          />
          Hide retired certifications
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
        <fieldset>
          <legend>Career paths {filters.tracks.size === 0 ? <span className="muted small">(all shown)</span> : null}</legend>
          {model.tracks.map((track) => (
            <label key={track.id} className="check">
              <input
                type="checkbox"
                checked={filters.tracks.has(track.id)}
                onChange={() => {
                  actions.setFilters((f) => ({ ...f, tracks: toggle(f.tracks, track.id) }));
                }}
              />
              {track.label}
            </label>
          ))}
        </fieldset>
      )}
    </section>
  );
}
