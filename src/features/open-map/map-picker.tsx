import { useEffect, useRef, useState } from 'react';
import { keptMapKey, refreshKeptMaps, useKeptMaps } from '../../state/kept-maps';
import { openKeptMap, openMapFile, openMapUrl } from '../../state/map-loader';
import { useAppStore } from '../../state/store';
import { siteUrl } from '../../state/site-url';
import { KeptMapsPanel } from './kept-maps-panel';

interface ShippedMap {
  readonly file: string;
  readonly id: string;
  readonly title: string;
}

/** Choose a shipped map or open your own file (the picker, a file input, and drop anywhere on the page). */
export function MapPicker() {
  const model = useAppStore((s) => s.model);
  const [maps, setMaps] = useState<readonly ShippedMap[]>([]);
  const kept = useKeptMaps((s) => s.entries);
  const checked = useKeptMaps((s) => s.checked);
  const [managing, setManaging] = useState(false);
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => {
    void refreshKeptMaps();
  }, []);

  useEffect(() => {
    let live = true;
    fetch(siteUrl('maps/index.json'))
      .then((r) => (r.ok ? (r.json() as Promise<ShippedMap[]>) : []))
      .then((list) => {
        if (live && Array.isArray(list)) setMaps(list);
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, []);

  useEffect(() => {
    const over = (e: DragEvent) => {
      if (e.dataTransfer?.types.includes('Files') === true) e.preventDefault();
    };
    const drop = (e: DragEvent) => {
      const file = e.dataTransfer?.files[0];
      if (file === undefined) return;
      e.preventDefault();
      void openMapFile(file, 'drop');
    };
    window.addEventListener('dragover', over);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragover', over);
      window.removeEventListener('drop', drop);
    };
  }, []);

  const shipped = maps.find((m) => m.id === model?.meta.id);
  const keptHere = model === null ? undefined : kept.find((e) => e.ok && e.key === keptMapKey(model.meta.id));
  const value = shipped !== undefined ? shipped.file : keptHere !== undefined ? `kept:${keptHere.key}` : '';

  return (
    <div className="map-picker">
      <label className="visually-hidden" htmlFor="map-select">
        Map
      </label>
      <select
        id="map-select"
        value={value}
        onChange={(e) => {
          if (e.target.value === '__file') {
            input.current?.click();
            return;
          }
          if (e.target.value === '__kept') {
            setManaging(true);
            return;
          }
          if (e.target.value.startsWith('kept:')) {
            void openKeptMap(e.target.value.slice('kept:'.length));
            return;
          }
          if (e.target.value !== '') {
            const url = new URL(window.location.href);
            url.searchParams.set('graph', e.target.value);
            for (const key of ['node', 'from', 'to', 'by', 'avoid', 'alt']) url.searchParams.delete(key);
            window.history.replaceState(null, '', url);
            void openMapUrl(e.target.value);
          }
        }}
      >
        {value === '' && <option value="">{model?.meta.title ?? 'Map'}</option>}
        {maps.map((m) => (
          <option key={m.file} value={m.file}>
            {m.title}
          </option>
        ))}
        {kept.length > 0 && (
          <optgroup label="Your maps">
            {kept.map((entry) =>
              entry.ok ? (
                <option key={entry.key} value={`kept:${entry.key}`} disabled={(checked[entry.key]?.length ?? 0) > 0}>
                  {entry.map.title}
                  {(checked[entry.key]?.length ?? 0) > 0 ? ' (does not open)' : ''}
                </option>
              ) : null,
            )}
          </optgroup>
        )}
        <option value="__file">Open a map file…</option>
        <option value="__kept">Your maps…</option>
      </select>
      <input
        ref={input}
        type="file"
        accept="application/json,.json"
        hidden
        aria-label="Open a map file"
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file !== undefined) void openMapFile(file);
        }}
      />
      {managing && (
        <KeptMapsPanel
          onClose={() => {
            setManaging(false);
          }}
        />
      )}
    </div>
  );
}
