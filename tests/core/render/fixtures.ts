import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  edgeKey,
  loadGraphText,
  NODE_SIZE,
  type GraphEdge,
  type GraphNode,
  type Layout,
  type PathwiseGraph,
} from '../../../src/core/index';

export const ROOT = resolve(import.meta.dirname, '../../..');

export function loadDefaultMap(): PathwiseGraph {
  const result = loadGraphText(readFileSync(resolve(ROOT, 'graph-data/ms-102.json'), 'utf8'));
  if (!result.ok) throw new Error('the shipped map does not load');
  return result.graph;
}

/**
 * A plain grid layout (no edge points: the renderer then draws straight lines between boxes),
 * standing in for `layoutGraph` so these tests do not depend on dagre's placement.
 */
export function gridLayout(nodes: readonly GraphNode[], edges: readonly GraphEdge[], columns = 8): Layout {
  const drawn = nodes.filter((n) => n.kind !== 'track');
  const cell = { width: 280, height: 110 };
  const boxes = drawn.map((node, i) => {
    const size = NODE_SIZE[node.kind];
    return { id: node.id, x: (i % columns) * cell.width, y: Math.floor(i / columns) * cell.height, ...size };
  });
  const ids = new Set(drawn.map((n) => n.id));
  return {
    direction: 'LR',
    nodes: boxes,
    edges: edges
      .filter((e) => ids.has(e.source) && ids.has(e.target))
      .map((e) => ({ key: edgeKey(e), source: e.source, target: e.target, kind: e.kind, points: [] })),
    width: Math.min(drawn.length, columns) * cell.width,
    height: Math.ceil(drawn.length / columns) * cell.height,
  };
}

/**
 * Parses an SVG string as XML (jsdom's DOMParser: test files that call this opt into
 * `@vitest-environment jsdom`), failing the test on any parser error.
 */
export function parseSvg(svg: string): Document {
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
  if (doc.getElementsByTagName('parsererror').length > 0) {
    throw new Error(`SVG is not well-formed XML: ${doc.getElementsByTagName('parsererror')[0]?.textContent ?? ''}`);
  }
  return doc;
}
