import { loadGraphText, type LoadResult } from '../core/index';
import defaultGraphText from '../../graph-data/ms-102.json?raw';

/** The shipped MS-102 map, validated by the same loader as any user file. */
export function loadDefaultGraph(): LoadResult {
  return loadGraphText(defaultGraphText);
}

export const DEFAULT_GRAPH_TEXT = defaultGraphText;
