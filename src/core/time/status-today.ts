import type { GraphMeta, GraphNode } from '../schema/graph-schema';

/** A certification whose status names a date that has passed: it says less than it seems to. */
export type StatusNotice =
  | {
      readonly kind: 'retirement-passed';
      readonly id: string;
      readonly date: string;
      /** When the status was last checked. */
      readonly checked: string;
      readonly replacement: string | null;
      /** "retirement date passed (2026-08-31); not checked since 2026-08-22" */
      readonly text: string;
    }
  | {
      readonly kind: 'release-passed';
      readonly id: string;
      readonly date: string;
      readonly checked: string;
      readonly replacement: null;
      readonly text: string;
    };

/**
 * What a certification's status means on `today`: a retiring exam whose date has passed, or a beta
 * exam past its expected release; null when the status still holds (or the node is no certification).
 * @example statusNotice(az500, { lastVerified: '2026-08-22' }, '2026-12-02')?.text
 * // 'retirement date passed (2026-08-31); not checked since 2026-08-22'
 */
export function statusNotice(node: GraphNode, meta: Pick<GraphMeta, 'lastVerified'>, today: string): StatusNotice | null {
  if (node.kind !== 'certification') return null;
  const { status } = node;
  const checked = status.checked ?? meta.lastVerified;
  if (status.state === 'retiring' && status.date < today) {
    return {
      kind: 'retirement-passed',
      id: node.id,
      date: status.date,
      checked,
      replacement: status.replacement ?? null,
      text: `retirement date passed (${status.date}); not checked since ${checked}`,
    };
  }
  if (status.state === 'beta' && status.expectedRelease !== undefined && status.expectedRelease < today) {
    return {
      kind: 'release-passed',
      id: node.id,
      date: status.expectedRelease,
      checked,
      replacement: null,
      text: `expected release date passed (${status.expectedRelease}); not checked since ${checked}`,
    };
  }
  return null;
}

/**
 * Every certification of the map whose status date has passed on `today`, in map order.
 * @example statusNotices(model, '2026-12-02').map((n) => n.id) // ['az-500', 'sc-500']
 */
export function statusNotices(map: { readonly meta: GraphMeta; readonly nodes: readonly GraphNode[] }, today: string): StatusNotice[] {
  return map.nodes.flatMap((node) => {
    const notice = statusNotice(node, map.meta, today);
    return notice === null ? [] : [notice];
  });
}
