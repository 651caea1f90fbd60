/** A set that may be picked: the elements it covers and what it costs (null: unknown). */
export interface CoverCandidate {
  readonly id: string;
  readonly covers: readonly string[];
  readonly cost: number | null;
}

export interface Cover {
  /** Picked ids, in the order the greedy rule took them. */
  readonly chosen: readonly string[];
  /** Every element some candidate covers, sorted; the cover always reaches all of them. */
  readonly covered: readonly string[];
}

/**
 * Greedy set cover: repeatedly take the candidate covering the most elements not yet covered;
 * ties go to the lower cost (unknown cost last), then to the smaller id, so results are stable.
 * Stops when no candidate adds anything, so it covers every coverable element and each pick adds at
 * least one. Finding the fewest sets is NP-hard; greedy is within a factor H(d) = 1 + 1/2 + … + 1/d
 * of the optimum (d = the largest candidate), and the property tests check exactly that bound
 * against brute force. Costs only break ties: the aim is few certifications, then less time.
 *
 * @example
 * greedyCover([
 *   { id: 'a', covers: ['x', 'y'], cost: 6 },
 *   { id: 'b', covers: ['y', 'z'], cost: 3 },
 *   { id: 'c', covers: ['z'], cost: 1 },
 * ]) // { chosen: ['b', 'a'], covered: ['x', 'y', 'z'] }
 */
export function greedyCover(candidates: readonly CoverCandidate[]): Cover {
  const ids = new Set<string>();
  for (const candidate of candidates) {
    if (ids.has(candidate.id)) throw new Error(`core/progress.greedyCover: candidate "${candidate.id}" is given twice`);
    ids.add(candidate.id);
  }
  const left = new Set(candidates.flatMap((c) => c.covers));
  const covered = [...left].sort();
  const chosen: string[] = [];
  const open = [...candidates];
  while (left.size > 0) {
    let best: CoverCandidate | null = null;
    let bestGain = 0;
    for (const candidate of open) {
      const gain = new Set(candidate.covers.filter((e) => left.has(e))).size;
      if (gain > bestGain || (gain === bestGain && gain > 0 && best !== null && cheaper(candidate, best))) {
        best = candidate;
        bestGain = gain;
      }
    }
    // Unreachable while `left` only holds covered elements; kept so a bug cannot loop forever.
    if (best === null) break;
    chosen.push(best.id);
    for (const element of best.covers) left.delete(element);
    open.splice(open.indexOf(best), 1);
  }
  return { chosen, covered };
}

function cheaper(a: CoverCandidate, b: CoverCandidate): boolean {
  const ca = a.cost ?? Infinity;
  const cb = b.cost ?? Infinity;
  return ca !== cb ? ca < cb : a.id < b.id;
}
