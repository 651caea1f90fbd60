import type { PathwiseGraph } from '../graph/build-graph';
import type { EdgeKind } from '../schema/graph-schema';

export interface Relation {
  readonly id: string;
  readonly kind: EdgeKind;
  readonly note?: string;
}

export interface RelationGroup {
  readonly title: string;
  readonly items: readonly Relation[];
}

/** Headings for edges leaving a node and edges arriving at it, per kind. */
const OUT_TITLE: Record<EdgeKind, string> = {
  prerequisite: 'Is a prerequisite for',
  recommends: 'Recommended next',
  teaches: 'Teaches',
  requires: 'Requires',
  'leads-to': 'Leads to',
  'replaced-by': 'Replaced by',
};
const IN_TITLE: Record<EdgeKind, string> = {
  prerequisite: 'Prerequisites',
  recommends: 'Recommended before it',
  teaches: 'Taught by',
  requires: 'Required by',
  'leads-to': 'Reached from',
  'replaced-by': 'Replaces',
};

/**
 * A node's relations, grouped under headings people read ("Prerequisites", "Leads to", ...),
 * for the details panel's clickable links.
 * @example nodeRelations(model, 'az-305')[0] // { title: 'Prerequisites', items: [{ id: 'az-104', ... }] }
 */
export function nodeRelations(model: PathwiseGraph, id: string): RelationGroup[] {
  if (!model.graph.hasNode(id)) return [];
  const groups = new Map<string, Relation[]>();
  const add = (title: string, relation: Relation) => {
    const list = groups.get(title);
    if (list === undefined) groups.set(title, [relation]);
    else if (!list.some((r) => r.id === relation.id)) list.push(relation);
  };
  model.graph.forEachInEdge(id, (_key, attrs, source) => {
    add(IN_TITLE[attrs.data.kind], { id: source, kind: attrs.data.kind, ...(attrs.data.note === undefined ? {} : { note: attrs.data.note }) });
  });
  model.graph.forEachOutEdge(id, (_key, attrs, _source, target) => {
    add(OUT_TITLE[attrs.data.kind], { id: target, kind: attrs.data.kind, ...(attrs.data.note === undefined ? {} : { note: attrs.data.note }) });
  });
  const order = [
    IN_TITLE.prerequisite,
    IN_TITLE.recommends,
    OUT_TITLE.requires,
    OUT_TITLE.teaches,
    OUT_TITLE['leads-to'],
    OUT_TITLE.recommends,
    OUT_TITLE.prerequisite,
    IN_TITLE.teaches,
    IN_TITLE.requires,
    IN_TITLE['leads-to'],
    OUT_TITLE['replaced-by'],
    IN_TITLE['replaced-by'],
  ];
  return order.filter((t) => groups.has(t)).map((title) => ({ title, items: groups.get(title) ?? [] }));
}
