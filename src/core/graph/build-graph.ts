import { MultiDirectedGraph } from 'graphology';
import { edgeKey } from './edge-key';
import type { GraphEdge, GraphFile, GraphMeta, GraphNode, TrackNode } from '../schema/graph-schema';

export interface NodeAttributes {
  readonly data: GraphNode;
}
export interface EdgeAttributes {
  readonly data: GraphEdge;
  /** True when the edge was implied by a certification's `status.replacement`, not written as an edge. */
  readonly implied: boolean;
}

/** A loaded map: the validated file, a graphology graph over it, and lookup indexes. Treat as read-only. */
export interface PathwiseGraph {
  readonly meta: GraphMeta;
  /** The validated document, deep-frozen. Exporting it gives back the format it was loaded from. */
  readonly file: GraphFile;
  /**
   * graphology's graph of `nodes` and `edges`, built on first access: it costs more than the rest
   * of the model together (an object per edge, keyed adjacency; 143 ms of a 10,000-node load), and
   * loading and routing do not read it.
   */
  readonly graph: MultiDirectedGraph<NodeAttributes, EdgeAttributes>;
  readonly nodes: readonly GraphNode[];
  /**
   * Every edge once (by `edgeKey`): first the file's own, in file order, then the replacements
   * implied by `status.replacement` (`writtenEdges` says where they start).
   */
  readonly edges: readonly GraphEdge[];
  /** How many of `edges` are written in the file; the rest are implied replacements. */
  readonly writtenEdges: number;
  readonly byId: ReadonlyMap<string, GraphNode>;
  /**
   * Upper-case exam code → the first certification listing it. One exam can count toward two
   * credentials (Cisco's 350-401 for CCNP and CCIE Enterprise); `resolveNode` reports those as ambiguous.
   */
  readonly byExamCode: ReadonlyMap<string, GraphNode>;
  /** Lower-case label (and credential name) → nodes. */
  readonly byLabel: ReadonlyMap<string, readonly GraphNode[]>;
  readonly tracks: readonly TrackNode[];
}

export { edgeKey };

/**
 * Builds the graph model from a file that passed `validateStructure` and `checkIntegrity`. The
 * model holds a frozen copy, so the caller's object is never frozen or changed.
 * @example const model = buildGraph(file); model.byExamCode.get('AZ-305')?.id // "az-305"
 */
export function buildGraph(file: GraphFile): PathwiseGraph {
  return buildOwnedGraph(frozenCopy(file));
}

/**
 * `buildGraph` for a file nothing else holds (the loader's own schema output): it is frozen in
 * place instead of copied, which saves a copy of every object of the map.
 */
export function buildOwnedGraph(file: GraphFile): PathwiseGraph {
  const frozen = deepFreeze(file);
  const byId = new Map<string, GraphNode>();
  for (const node of frozen.nodes) byId.set(node.id, node);

  // The integrity check has ruled out repeated written edges; an implied replacement that is also
  // written is dropped here, so the written one (with its note) is kept.
  const edges: GraphEdge[] = [...frozen.edges];
  const writtenEdges = edges.length;
  let keys: Set<string> | undefined;
  for (const node of frozen.nodes) {
    if (node.kind !== 'certification') continue;
    const { status } = node;
    if ((status.state === 'retired' || status.state === 'retiring') && status.replacement !== undefined) {
      const edge = Object.freeze({ source: node.id, target: status.replacement, kind: 'replaced-by' as const });
      keys ??= new Set(frozen.edges.map(edgeKey));
      if (keys.has(edgeKey(edge))) continue;
      keys.add(edgeKey(edge));
      edges.push(edge);
    }
  }

  const tracks = frozen.nodes
    .filter((n): n is TrackNode => n.kind === 'track')
    .sort((a, b) => (a.order ?? Infinity) - (b.order ?? Infinity));

  // The lists built here are frozen like the file, so `model.edges.push(...)` throws instead of
  // silently desynchronising the list from the graphology graph. (Maps cannot be frozen.)
  Object.freeze(edges);
  // Built on first use, like the graph: only looking nodes up by name reads them.
  let graph: MultiDirectedGraph<NodeAttributes, EdgeAttributes> | undefined;
  let names: NameIndexes | undefined;
  return Object.freeze({
    meta: frozen.meta,
    file: frozen,
    get graph() {
      graph ??= graphOf(frozen.nodes, edges, writtenEdges);
      return graph;
    },
    nodes: frozen.nodes,
    edges,
    writtenEdges,
    byId,
    get byExamCode() {
      names ??= nameIndexes(frozen.nodes);
      return names.byExamCode;
    },
    get byLabel() {
      names ??= nameIndexes(frozen.nodes);
      return names.byLabel;
    },
    tracks: Object.freeze(tracks),
  });
}

interface NameIndexes {
  readonly byExamCode: ReadonlyMap<string, GraphNode>;
  readonly byLabel: ReadonlyMap<string, readonly GraphNode[]>;
}

function nameIndexes(nodes: readonly GraphNode[]): NameIndexes {
  const byExamCode = new Map<string, GraphNode>();
  const byLabel = new Map<string, GraphNode[]>();
  const addLabel = (label: string, node: GraphNode) => {
    const key = label.toLowerCase();
    const list = byLabel.get(key);
    if (list === undefined) byLabel.set(key, [node]);
    else if (!list.includes(node)) list.push(node);
  };
  for (const node of nodes) {
    addLabel(node.label, node);
    if (node.kind === 'certification') {
      addLabel(node.credential, node);
      for (const code of node.examCodes) {
        const key = code.toUpperCase();
        if (!byExamCode.has(key)) byExamCode.set(key, node);
      }
    }
  }
  for (const list of byLabel.values()) Object.freeze(list);
  return { byExamCode, byLabel };
}

function graphOf(nodes: readonly GraphNode[], edges: readonly GraphEdge[], writtenEdges: number): MultiDirectedGraph<NodeAttributes, EdgeAttributes> {
  const graph = new MultiDirectedGraph<NodeAttributes, EdgeAttributes>();
  for (const node of nodes) graph.addNode(node.id, { data: node });
  edges.forEach((edge, i) => graph.addDirectedEdgeWithKey(edgeKey(edge), edge.source, edge.target, { data: edge, implied: i >= writtenEdges }));
  return graph;
}

/**
 * A deep copy, frozen as it is built, so freezing never touches the caller's object. Written by
 * hand because structuredClone was most of the build time: about 0.8 s of 1.3 s for 50,000 nodes.
 * The file is validated JSON data (plain objects, arrays, primitives) a few levels deep.
 */
function frozenCopy<T>(value: T): T {
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) return Object.freeze(value.map(frozenCopy)) as T;
  const copy: Record<string, unknown> = {};
  for (const [key, child] of Object.entries(value)) copy[key] = frozenCopy(child);
  return Object.freeze(copy) as T;
}

/** Freezes a validated document and everything in it, in place. */
function deepFreeze<T>(value: T): T {
  if (typeof value !== 'object' || value === null || Object.isFrozen(value)) return value;
  if (Array.isArray(value)) for (const child of value) deepFreeze(child);
  else for (const key in value) deepFreeze((value as Record<string, unknown>)[key]);
  return Object.freeze(value);
}
