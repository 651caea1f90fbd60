import { loadGraphValue, type PathwiseGraph } from '../../../src/core/index';

/** Loads a document that must be valid; a failure names its problems. */
export function loaded(doc: unknown): PathwiseGraph {
  const result = loadGraphValue(doc);
  if (!result.ok) throw new Error(`fixture does not load: ${JSON.stringify(result.problems)}`);
  return result.graph;
}
