import type { EdgePath, Layout, LayoutDirection, NodeBox } from './layout-types';
import { normaliseLayout } from './normalise-layout';
import { packCatalogue } from './pack-catalogue';
import type { LayoutPlan } from './plan-layout';
import { lanePoints, spinePoints, type Box } from './route-edges';

/**
 * The layout of a catalogue (see `isCatalogue`): boxes where `packCatalogue` puts them, skills
 * in their group's column, and edges as straight lines from border to border (a catalogue has
 * few; a prerequisite mostly joins neighbours in one block, a row apart).
 * @example catalogueLayout(planLayout(catalogueMap, true), 'LR').regions?.length // 16
 */
export function catalogueLayout(plan: LayoutPlan, direction: LayoutDirection): Layout {
  const { at, regions } = packCatalogue(plan, direction);
  const boxes = plan.nodes.map((_, v): Box => {
    const unit = plan.unit(v);
    const top = at.get(unit) ?? { x: 0, y: 0 };
    const offset = unit === v ? { dx: 0, dy: 0 } : plan.offsetOf(v);
    return { x: top.x + offset.dx, y: top.y + offset.dy, ...plan.size(v) };
  });
  const edges = plan.edges.map((e): EdgePath => {
    const a = plan.unit(e.from);
    const b = plan.unit(e.to);
    const source = boxes[e.source] as Box;
    const target = boxes[e.target] as Box;
    const common = { key: e.key, source: e.data.source, target: e.data.target, kind: e.data.kind };
    if (a === b) {
      const anchor = boxes[a] as Box;
      const points = e.source === a ? spinePoints(anchor, target) : e.target === a ? spinePoints(anchor, source).reverse() : lanePoints(groupBox(plan, a, anchor), source, target);
      return { ...common, points, routing: 'in-group' };
    }
    return { ...common, points: [borderPoint(source, centre(target)), borderPoint(target, centre(source))], routing: 'straight' };
  });
  const nodes = plan.nodes.map((n, v): NodeBox => {
    const anchor = plan.anchorOf[v] as number;
    return { id: n.id, ...(boxes[v] as Box), rank: plan.rankOf(v), ...(anchor >= 0 ? { group: (plan.nodes[anchor] as { id: string }).id } : {}) };
  });
  return normaliseLayout(direction, nodes, edges, plan.rankCount, regions);
}

function groupBox(plan: LayoutPlan, anchor: number, box: Box): Box {
  return { x: box.x, y: box.y, ...plan.outerSize(anchor) };
}

function centre(b: Box): { x: number; y: number } {
  return { x: b.x + b.width / 2, y: b.y + b.height / 2 };
}

/** Where the segment from the box's centre towards `to` leaves the box. */
export function borderPoint(b: Box, to: { x: number; y: number }): { x: number; y: number } {
  const c = centre(b);
  const dx = to.x - c.x;
  const dy = to.y - c.y;
  if (dx === 0 && dy === 0) return c;
  const t = Math.min(dx === 0 ? Infinity : b.width / 2 / Math.abs(dx), dy === 0 ? Infinity : b.height / 2 / Math.abs(dy));
  return { x: c.x + dx * t, y: c.y + dy * t };
}
