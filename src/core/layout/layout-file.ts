import { LAYOUT_VERSION } from './layout-constants';
import { layoutGraph, type LayoutInput } from './layout-graph';
import { layoutInputHash } from './layout-key';
import type { Layout } from './layout-types';

/**
 * A map's layouts computed ahead of time (`npm run layout` writes the default map's to
 * src/generated/default-layout.json), so the app opens it with no layout work at all.
 */
export interface LayoutFile {
  readonly generatedBy: string;
  /** `layoutInputHash` of the map the layouts were made from (it covers `LAYOUT_VERSION`). */
  readonly graphHash: string;
  readonly layoutVersion: number;
  readonly groupSkills: boolean;
  readonly layouts: { readonly LR: Layout; readonly TB: Layout };
}

/**
 * Lays out a map in both directions for shipping with the app.
 * @example const file = buildLayoutFile({ nodes: model.nodes, edges: model.edges }); file.layouts.TB.direction // "TB"
 */
export function buildLayoutFile(input: LayoutInput): LayoutFile {
  return {
    generatedBy: 'npm run layout (src/cli/write-layout.ts); do not edit',
    graphHash: layoutInputHash(input),
    layoutVersion: LAYOUT_VERSION,
    groupSkills: true,
    layouts: { LR: layoutGraph(input, { direction: 'LR' }), TB: layoutGraph(input, { direction: 'TB' }) },
  };
}

/**
 * True when a shipped layout file was made from this map by this version of the layout code,
 * so the app can use it instead of laying the map out again.
 * @example isLayoutFileFor(shipped, { nodes: model.nodes, edges: model.edges }) // true for the default map
 */
export function isLayoutFileFor(file: Pick<LayoutFile, 'graphHash' | 'layoutVersion'>, input: LayoutInput): boolean {
  return file.layoutVersion === LAYOUT_VERSION && file.graphHash === layoutInputHash(input);
}
