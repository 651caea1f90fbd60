import { METRIC_LABEL, type PathwiseGraph, type RouteMetric } from '../../core/index';

/** What a shared link shows, as far as the short text needs to know. */
export interface SharedView {
  readonly selectedId: string | null;
  readonly route: { readonly from: string | null; readonly to: string | null; readonly by: RouteMetric; readonly avoid: readonly string[] };
}

function label(model: PathwiseGraph, id: string | null): string | null {
  if (id === null) return null;
  return model.byId.get(id)?.label ?? id;
}

/**
 * The one-line text that goes with a shared link (Web Share's text, the iframe's title): the route
 * if there is one, else the selected node, else the map.
 * @example shareText(model, { selectedId: null, route: { from: 'ms-102', to: 'az-305', by: 'months', avoid: [] } })
 * // "Route from MS-102 Microsoft 365 Administrator to AZ-305 Azure Solutions Architect, by least time, on the MS-102 Roadmap"
 */
export function shareText(model: PathwiseGraph, view: SharedView): string {
  const map = model.meta.title;
  const { route } = view;
  const to = label(model, route.to);
  if (to !== null) {
    const from = label(model, route.from);
    const avoid = route.avoid.map((id) => label(model, id) ?? id);
    const avoiding = avoid.length === 0 ? '' : `, avoiding ${avoid.length <= 2 ? avoid.join(' and ') : `${avoid.length} nodes`}`;
    return `Route ${from === null ? '' : `from ${from} `}to ${to}, by ${METRIC_LABEL[route.by]}${avoiding}, on the ${map}`;
  }
  const node = label(model, view.selectedId);
  if (node !== null) return `${node} on the ${map}`;
  return `The ${map}`;
}
