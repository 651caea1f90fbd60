import { useEffect, useRef, useState } from 'react';
import { openMapFile, openMapUrl } from '../../state/map-loader';
import { useAppStore } from '../../state/store';
import { siteUrl } from '../../state/site-url';

interface ShippedMap {
  readonly file: string;
  readonly id: string;
  readonly title: string;
}

/** Choose a shipped map or open your own file (the picker, a file input, and drop anywhere on the page). */
export function MapPicker() {
  const model = useAppStore((s) => s.model);
  const [maps, setMaps] = useState<readonly ShippedMap[]>([]);
  const input = useRef<HTMLInputElement>(null);

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
      void openMapFile(file);
    };
    window.addEventListener('dragover', over);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragover', over);
      window.removeEventListener('drop', drop);
    };
  }, []);

  return (
    <div className="map-picker">
      <label className="visually-hidden" htmlFor="map-select">
        Map
      </label>
      <select
        id="map-select"
        value={maps.find((m) => m.id === model?.meta.id)?.file ?? ''}
        onChange={(e) => {
          if (e.target.value === '__file') {
            input.current?.click();
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
        {maps.find((m) => m.id === model?.meta.id) === undefined && <option value="">{model?.meta.title ?? 'Map'}</option>}
        {maps.map((m) => (
          <option key={m.file} value={m.file}>
            {m.title}
          </option>
        ))}
        <option value="__file">Open a map file…</option>
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
    </div>
  );
}
