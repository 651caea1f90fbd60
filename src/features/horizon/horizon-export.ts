import { bandLabels, horizonCsv, horizonMarkdown, horizonRoleRows, type PathwiseGraph, type RenderHorizon } from '../../core/index';
import type { HorizonView } from './use-horizon';

/** What the Export menu needs of horizon mode (structurally the export feature's `HorizonExport`). */
export interface HorizonExportParts {
  readonly render: RenderHorizon;
  readonly from: string;
  readonly markdown: (date: string) => string;
  readonly csv: () => string;
}

/** The horizon view as export parts: the map's marks and legend, and the ranked roles (by pay) as Markdown and CSV. */
export function horizonExport(model: PathwiseGraph, view: HorizonView | null): HorizonExportParts | null {
  if (view === null || view.result === null) return null;
  const { request, result } = view;
  const currency = result.currencies[0] ?? 'USD';
  const limit = request.by === 'months' ? `${String(request.within)} months` : `${request.within.toLocaleString('en-US')} ${currency}`;
  const rows = () => horizonRoleRows(model, result, request.within, 'pay');
  const options = { mapTitle: model.meta.title, startLabel: view.startLabel, within: request.within, by: request.by } as const;
  return {
    render: { marks: view.marks, bands: bandLabels(request.by, request.within, currency), title: `Horizon: within ${limit} of ${view.startLabel}`, by: request.by },
    from: request.from === 'done' ? 'done' : request.from,
    markdown: (date) => horizonMarkdown(rows(), { ...options, date }),
    csv: () => horizonCsv(rows()),
  };
}
