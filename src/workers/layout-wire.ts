import type { EdgeKind, EdgePath, EdgeRouting, Layout, LayoutCluster, LayoutDirection, LayoutEdgeInput, LayoutRegion, NodeBox, Point } from '../core/index';

/**
 * A layout as a few flat arrays, for `postMessage` with the buffers transferred. Posting the
 * plain `Layout` of a 1,000-node map (about 3,000 edges, tens of thousands of points) made the
 * browser rebuild every point object while deserialising on the main thread: a long task. The
 * main thread now only builds the objects itself, in one tight loop.
 */
export interface PackedLayout {
  readonly direction: LayoutDirection;
  readonly width: number;
  readonly height: number;
  readonly rankCount: number;
  readonly nodeIds: readonly string[];
  /** x, y, width, height, rank (NaN when absent) per node. */
  readonly nodeBoxes: Float64Array;
  /** Index of the node's group anchor in `nodeIds`, or -1. */
  readonly nodeGroups: Int32Array;
  readonly edgeKeys: readonly string[];
  /** Index of each edge's source and target in `nodeIds`. */
  readonly edgeEnds: Int32Array;
  readonly edgeKinds: readonly EdgeKind[];
  /** Routing code (index in ROUTINGS + 1, 0 when absent) + 8 when backward. */
  readonly edgeFlags: Uint8Array;
  /** Edge i's points are points[2·pointStart[i] …] up to pointStart[i + 1]. */
  readonly pointStart: Uint32Array;
  readonly points: Float64Array;
  /** Clusters of a huge map's layout: a few hundred at most, posted as they are. */
  readonly clusters?: readonly LayoutCluster[];
  /** Lanes: a handful per map, posted as they are. */
  readonly regions?: readonly LayoutRegion[];
}

const ROUTINGS: readonly EdgeRouting[] = ['dagre', 'threaded', 'same-rank', 'in-group', 'straight'];
const BACKWARD = 8;

/**
 * Packs a layout; `transfer` lists the buffers to hand to `postMessage` so they move, not copy.
 * @example const { packed, transfer } = packLayout(layout); postMessage({ packed }, transfer);
 */
export function packLayout(layout: Layout): { packed: PackedLayout; transfer: ArrayBuffer[] } {
  const index = new Map(layout.nodes.map((n, i) => [n.id, i]));
  const nodeBoxes = new Float64Array(layout.nodes.length * 5);
  const nodeGroups = new Int32Array(layout.nodes.length);
  layout.nodes.forEach((n, i) => {
    nodeBoxes.set([n.x, n.y, n.width, n.height, n.rank ?? NaN], i * 5);
    nodeGroups[i] = n.group === undefined ? -1 : (index.get(n.group) ?? -1);
  });
  const pointStart = new Uint32Array(layout.edges.length + 1);
  layout.edges.forEach((e, i) => (pointStart[i + 1] = (pointStart[i] as number) + e.points.length));
  const points = new Float64Array(2 * (pointStart[layout.edges.length] as number));
  const edgeEnds = new Int32Array(layout.edges.length * 2);
  const edgeFlags = new Uint8Array(layout.edges.length);
  layout.edges.forEach((e, i) => {
    edgeEnds[2 * i] = index.get(e.source) ?? -1;
    edgeEnds[2 * i + 1] = index.get(e.target) ?? -1;
    edgeFlags[i] = (e.routing === undefined ? 0 : ROUTINGS.indexOf(e.routing) + 1) + (e.backward === true ? BACKWARD : 0);
    let at = 2 * (pointStart[i] as number);
    for (const p of e.points) {
      points[at++] = p.x;
      points[at++] = p.y;
    }
  });
  const packed: PackedLayout = {
    direction: layout.direction,
    width: layout.width,
    height: layout.height,
    rankCount: layout.rankCount ?? NaN,
    nodeIds: layout.nodes.map((n) => n.id),
    nodeBoxes,
    nodeGroups,
    edgeKeys: layout.edges.map((e) => e.key),
    edgeEnds,
    edgeKinds: layout.edges.map((e) => e.kind),
    edgeFlags,
    pointStart,
    points,
    ...(layout.clusters === undefined ? {} : { clusters: layout.clusters }),
    ...(layout.regions === undefined ? {} : { regions: layout.regions }),
  };
  return { packed, transfer: [nodeBoxes.buffer, nodeGroups.buffer, edgeEnds.buffer, edgeFlags.buffer, pointStart.buffer, points.buffer] };
}

/**
 * The layout back from its packed form: equal to the layout that was packed.
 * @example unpackLayout(packLayout(layout).packed) // deep-equals layout
 */
export function unpackLayout(packed: PackedLayout): Layout {
  const { nodeIds, nodeBoxes, nodeGroups, points, pointStart } = packed;
  const nodes = nodeIds.map((id, i): NodeBox => {
    const at = i * 5;
    const rank = nodeBoxes[at + 4] as number;
    const group = nodeGroups[i] as number;
    return {
      id,
      x: nodeBoxes[at] as number,
      y: nodeBoxes[at + 1] as number,
      width: nodeBoxes[at + 2] as number,
      height: nodeBoxes[at + 3] as number,
      ...(Number.isNaN(rank) ? {} : { rank }),
      ...(group >= 0 ? { group: nodeIds[group] as string } : {}),
    };
  });
  const edges = packed.edgeKeys.map((key, i): EdgePath => {
    const list: Point[] = [];
    for (let p = pointStart[i] as number; p < (pointStart[i + 1] as number); p++) list.push({ x: points[2 * p] as number, y: points[2 * p + 1] as number });
    const flags = packed.edgeFlags[i] as number;
    const routing = ROUTINGS[(flags % BACKWARD) - 1];
    return {
      key,
      source: nodeIds[packed.edgeEnds[2 * i] as number] as string,
      target: nodeIds[packed.edgeEnds[2 * i + 1] as number] as string,
      kind: packed.edgeKinds[i] as EdgeKind,
      points: list,
      ...(routing === undefined ? {} : { routing }),
      ...(flags >= BACKWARD ? { backward: true } : {}),
    };
  });
  return {
    direction: packed.direction,
    nodes,
    edges,
    width: packed.width,
    height: packed.height,
    ...(Number.isNaN(packed.rankCount) ? {} : { rankCount: packed.rankCount }),
    ...(packed.clusters === undefined ? {} : { clusters: packed.clusters }),
    ...(packed.regions === undefined ? {} : { regions: packed.regions }),
  };
}

/**
 * A layout request's edges as flat arrays, for `postMessage` with the buffers transferred. Posted
 * as objects, the 58,538 edges of a generated 20,000-node map were most of the request's
 * serialisation (about 90 ms of the main thread, traced, in the task that shows a newly opened map).
 */
export interface PackedEdgeInput {
  /** Ids the edges name that are not among the request's nodes, in order of first use. */
  readonly extraIds: readonly string[];
  /** Source and target of each edge: an index into the request's nodes, or past them into `extraIds`. */
  readonly ends: Int32Array;
  /** The kinds the edges have, each once. */
  readonly kinds: readonly EdgeKind[];
  /** Each edge's kind, as an index into `kinds`. */
  readonly kindOf: Uint8Array;
}

/**
 * Packs a request's edges against its nodes' ids; `transfer` lists the buffers to move.
 * @example unpackEdgeInput(nodes, packEdgeInput(nodes, edges).packed) // deep-equals edges
 */
export function packEdgeInput(nodes: readonly { readonly id: string }[], edges: readonly LayoutEdgeInput[]): { packed: PackedEdgeInput; transfer: ArrayBuffer[] } {
  const index = new Map<string, number>();
  nodes.forEach((n, i) => index.set(n.id, i));
  const extraIds: string[] = [];
  const at = (id: string): number => {
    let i = index.get(id);
    if (i === undefined) {
      i = nodes.length + extraIds.length;
      extraIds.push(id);
      index.set(id, i);
    }
    return i;
  };
  const kinds: EdgeKind[] = [];
  const ends = new Int32Array(edges.length * 2);
  const kindOf = new Uint8Array(edges.length);
  edges.forEach((e, i) => {
    ends[2 * i] = at(e.source);
    ends[2 * i + 1] = at(e.target);
    let k = kinds.indexOf(e.kind);
    if (k < 0) k = kinds.push(e.kind) - 1;
    kindOf[i] = k;
  });
  return { packed: { extraIds, ends, kinds, kindOf }, transfer: [ends.buffer, kindOf.buffer] };
}

/** The edges back from their packed form, against the same nodes: equal to the edges that were packed. */
export function unpackEdgeInput(nodes: readonly { readonly id: string }[], packed: PackedEdgeInput): LayoutEdgeInput[] {
  const id = (i: number): string => (i < nodes.length ? (nodes[i] as { id: string }).id : (packed.extraIds[i - nodes.length] as string));
  return Array.from(packed.kindOf, (k, i) => ({ source: id(packed.ends[2 * i] as number), target: id(packed.ends[2 * i + 1] as number), kind: packed.kinds[k] as EdgeKind }));
}
