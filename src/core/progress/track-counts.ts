import type { PathwiseGraph } from '../graph/build-graph';
import { markOf } from './edit-progress';
import type { Progress } from './progress-schema';

/** Progress on one track: "Identity and access: 3 of 7". */
export interface TrackCount {
  readonly trackId: string;
  readonly label: string;
  readonly done: number;
  readonly doing: number;
  readonly planned: number;
  /** Nodes in the track other than track nodes. */
  readonly total: number;
}

/**
 * Counts marks per track, in the map's track order. A node in several tracks counts in each;
 * orphans count nowhere (the map does not have them).
 * @example
 * trackCounts(model, progress).map((t) => `${t.label}: ${t.done} of ${t.total}`)
 * // ['Microsoft 365 administrator: 2 of 9', ...]
 */
export function trackCounts(model: PathwiseGraph, progress: Progress): readonly TrackCount[] {
  return model.tracks.map((track) => {
    let done = 0;
    let doing = 0;
    let planned = 0;
    let total = 0;
    for (const node of model.nodes) {
      if (node.kind === 'track' || !(node.tracks?.includes(track.id) ?? false)) continue;
      total += 1;
      const mark = markOf(progress, node.id);
      if (mark === 'done') done += 1;
      else if (mark === 'doing') doing += 1;
      else if (mark === 'planned') planned += 1;
    }
    return { trackId: track.id, label: track.label, done, doing, planned, total };
  });
}
