// The one public entry of core: the app, the CLI, workers and tests import from here.
export * from './schema/graph-schema';
export * from './schema/edge-rules';
export * from './schema/problem';
export { MAX_GRAPH_BYTES, decodeUtf8, parseJson, lineColumn } from './schema/parse-json';
export { validateStructure } from './schema/validate-structure';
export { checkIntegrity } from './schema/check-integrity';
export { findCycle } from './schema/find-cycle';
export * from './graph/build-graph';
export * from './graph/load-graph';
export * from './graph/resolve-node';
export * from './design/tokens';
export * from './layout/layout-types';
export * from './view/visible-subgraph';
export * from './design/edge-path';
export * from './view/search-nodes';
export * from './view/node-relations';
export * from './routing/index';
export * from './progress/index';
