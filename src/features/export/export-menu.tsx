import { useEffect, useId, useRef, useState } from 'react';
import { useReactFlow } from '@xyflow/react';
import type { Layout, PathwiseGraph, Route, RouteMetric, ThemeName } from '../../core/index';
import { download } from '../../components/download';
import type { ExportFormat, ExportScope, HorizonExport } from './build-export';

export interface ExportMenuProps {
  readonly model: PathwiseGraph;
  readonly layout: Layout | null;
  readonly route: Route | null;
  readonly by: RouteMetric;
  readonly theme: ThemeName;
  /** Horizon mode, when on: images colour by band, Markdown and CSV give the ranked roles. */
  readonly horizon?: HorizonExport | null;
  /**
   * Controlled mode, for a toolbar that opens Export from an overflow menu: no button of its own,
   * the dialog shows while `open` is true and asks to close through `onOpenChange(false)`.
   */
  readonly open?: boolean;
  readonly onOpenChange?: (open: boolean) => void;
}

const FORMATS: readonly { format: ExportFormat; label: string; hint: string }[] = [
  { format: 'png', label: 'PNG image', hint: 'for slides and documents' },
  { format: 'svg', label: 'SVG image', hint: 'sharp at any size, text selectable' },
  { format: 'md', label: 'Markdown plan', hint: 'the route as a checklist' },
  { format: 'csv', label: 'CSV plan', hint: 'the route for spreadsheets' },
  { format: 'json', label: 'JSON data', hint: 'the whole map, same format' },
];

/** The Export menu: what to export, how it looks, and the file formats. */
export function ExportMenu({ model, layout, route, by, theme, horizon = null, open: openProp, onOpenChange }: ExportMenuProps) {
  const [ownOpen, setOwnOpen] = useState(false);
  const controlled = openProp !== undefined;
  const open = openProp ?? ownOpen;
  const setOpen = (next: boolean) => {
    if (onOpenChange === undefined) setOwnOpen(next);
    else onOpenChange(next);
  };
  const [scope, setScope] = useState<ExportScope>('map');
  const [exportTheme, setExportTheme] = useState<ThemeName>(theme);
  const [legend, setLegend] = useState(true);
  const [scale, setScale] = useState<1 | 2 | 3>(2);
  const [status, setStatus] = useState<{ tone: 'info' | 'error'; text: string; fits?: number } | null>(null);
  const [busy, setBusy] = useState(false);
  const flow = useReactFlow();
  const panelId = useId();
  const wrap = useRef<HTMLDivElement>(null);
  const toggle = useRef<HTMLButtonElement>(null);
  const lastFormat = useRef<HTMLButtonElement | null>(null);

  useEffect(() => {
    if (!open) return;
    // Opening moves focus into the dialog (from the Export button or the overflow menu alike).
    wrap.current?.querySelector<HTMLElement>('.export-panel input:not([disabled])')?.focus();
    const close = (event: MouseEvent | KeyboardEvent) => {
      if (event instanceof KeyboardEvent ? event.key === 'Escape' : !wrap.current?.contains(event.target as Node)) {
        (onOpenChange ?? setOwnOpen)(false);
        // Escape hands focus back to the Export button, never to the page body.
        if (event instanceof KeyboardEvent) toggle.current?.focus();
      }
    };
    window.addEventListener('mousedown', close);
    window.addEventListener('keydown', close);
    return () => {
      window.removeEventListener('mousedown', close);
      window.removeEventListener('keydown', close);
    };
  }, [open, onOpenChange]);

  useEffect(() => {
    // "Export PNG at N×" disappears when the export it started ends, which drops focus to the body:
    // give it back once an export has run (never on mount, where it would steal the first Tab stop).
    if (busy || lastFormat.current === null) return;
    if (document.activeElement === null || document.activeElement === document.body) lastFormat.current.focus();
  }, [busy]);

  const run = async (format: ExportFormat, atScale: 1 | 2 | 3 = scale) => {
    if (layout === null) return;
    setBusy(true);
    setStatus({ tone: 'info', text: 'Preparing…' });
    try {
      // Loaded on first use: rendering and rasterising are not needed to open the map.
      const { buildExport } = await import('./build-export');
      const result = await buildExport(
        { format, scope, theme: exportTheme, legend, scale: atScale, model, layout, viewRect: viewRect(flow), route, by, today: new Date(), horizon },
        (phase) => {
          setStatus({ tone: 'info', text: phase });
        },
      );
      if (!result.ok) {
        setStatus({ tone: 'error', text: result.message, ...(result.fits === undefined ? {} : { fits: result.fits }) });
        return;
      }
      download(result.blob, result.fileName);
      setStatus({ tone: 'info', text: `Saved ${result.fileName} (${result.detail}).` });
    } catch (error) {
      setStatus({ tone: 'error', text: `Export failed: ${error instanceof Error ? error.message : String(error)}` });
    } finally {
      setBusy(false);
    }
  };

  const needsRoute = (format: ExportFormat) => (format === 'md' || format === 'csv') && route === null && horizon === null;
  const hint = (f: { format: ExportFormat; hint: string }) =>
    route === null && horizon !== null && (f.format === 'md' || f.format === 'csv') ? 'the ranked roles of the horizon' : f.hint;

  return (
    <div className="export" ref={wrap}>
      {!controlled && (
        <button type="button" className="btn" ref={toggle} aria-haspopup="dialog" aria-expanded={open} aria-controls={panelId} onClick={() => {
          setOpen(!open);
        }}>
          Export
        </button>
      )}
      {open && (
        <div id={panelId} className="export-panel" role="dialog" aria-label="Export">
          <fieldset>
            <legend>What</legend>
            {(
              [
                ['map', 'Whole map'],
                ['view', 'Current view'],
                ['route', 'Route only'],
              ] as const
            ).map(([value, label]) => (
              <label key={value} className="check">
                <input type="radio" name={`${panelId}-scope`} checked={scope === value} disabled={value === 'route' && route === null} onChange={() => {
                  setScope(value);
                }} />
                {label}
                {value === 'route' && route === null && <span className="muted small"> (plan a route first)</span>}
              </label>
            ))}
          </fieldset>
          <fieldset className="export-look">
            <legend>Look</legend>
            <label className="check">
              <input type="radio" name={`${panelId}-theme`} checked={exportTheme === 'light'} onChange={() => {
                setExportTheme('light');
              }} />
              Light
            </label>
            <label className="check">
              <input type="radio" name={`${panelId}-theme`} checked={exportTheme === 'dark'} onChange={() => {
                setExportTheme('dark');
              }} />
              Dark
            </label>
            <label className="check">
              <input type="checkbox" checked={legend} onChange={() => {
                setLegend((l) => !l);
              }} />
              Legend
            </label>
            <label className="check">
              PNG scale
              <select value={scale} onChange={(e) => {
                setScale(Number(e.target.value) as 1 | 2 | 3);
              }}>
                <option value={1}>1×</option>
                <option value={2}>2×</option>
                <option value={3}>3×</option>
              </select>
            </label>
          </fieldset>
          <div className="export-formats">
            {FORMATS.map((f) => (
              <button
                key={f.format}
                type="button"
                className="btn export-format"
                disabled={layout === null || needsRoute(f.format)}
                // Busy is aria-disabled, not disabled: a disabled button drops keyboard focus to the
                // page body for the whole export (seconds for a large PNG).
                aria-disabled={busy || undefined}
                onClick={(event) => {
                  if (busy) return;
                  lastFormat.current = event.currentTarget;
                  void run(f.format);
                }}
              >
                <span>{f.label}</span>
                <span className="muted small">{needsRoute(f.format) ? 'plan a route first' : hint(f)}</span>
              </button>
            ))}
          </div>
          {status !== null && (
            <p className={`export-status ${status.tone === 'error' ? 'route-failure' : 'muted small'}`} role={status.tone === 'error' ? 'alert' : 'status'}>
              {status.text}
              {status.fits !== undefined && (
                <button
                  type="button"
                  className="btn btn-small export-fits"
                  onClick={() => {
                    const fits = Math.min(3, Math.max(1, status.fits ?? 1)) as 1 | 2 | 3;
                    setScale(fits);
                    void run('png', fits);
                  }}
                >
                  Export PNG at {status.fits}×
                </button>
              )}
            </p>
          )}
        </div>
      )}
    </div>
  );
}

/** The visible part of the map in layout coordinates. */
function viewRect(flow: ReturnType<typeof useReactFlow>): { x: number; y: number; width: number; height: number } | null {
  const pane = document.querySelector('.react-flow');
  if (pane === null) return null;
  const { width, height } = pane.getBoundingClientRect();
  const { x, y, zoom } = flow.getViewport();
  return { x: -x / zoom, y: -y / zoom, width: width / zoom, height: height / zoom };
}
