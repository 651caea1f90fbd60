import { useEffect, useMemo } from 'react';
import { horizon, horizonCssVariables, reachState, type Horizon, type PathwiseGraph, type ThemeName } from '../../core/index';
import { useAppStore, type HorizonRequest } from '../../state/store';

/** How a node is shown in horizon mode; the canvas turns it into classes (`in-reach` / `out-of-reach`, band). */
export interface HorizonMark {
  readonly state: 'start' | 'in-reach' | 'unknown' | 'beyond' | 'unreachable';
  readonly band: number | null;
  /** e.g. "in reach: ≤ 6 months (band 2)", for screen readers. */
  readonly text: string;
}

export interface HorizonView {
  readonly request: HorizonRequest;
  /** Held ids the horizon starts from (the chosen node, or everything marked done). */
  readonly starts: readonly string[];
  readonly startLabel: string;
  /** Null when there is nothing to start from (nothing marked done). */
  readonly result: Horizon | null;
  readonly marks: ReadonlyMap<string, HorizonMark>;
}

let last: { model: PathwiseGraph; from: string; by: string; have: readonly string[]; result: Horizon | null } | null = null;

/** The horizon for a start and metric, computed once for every component that reads it (the limit only re-marks). */
function horizonFor(model: PathwiseGraph, request: HorizonRequest, have: readonly string[]): Horizon | null {
  if (last !== null && last.model === model && last.from === request.from && last.by === request.by && (request.from !== 'done' || last.have === have)) return last.result;
  const starts = request.from === 'done' ? have : [request.from];
  const result = starts.length === 0 || starts.some((id) => !model.byId.has(id)) ? null : horizon(model, starts, { by: request.by });
  last = { model, from: request.from, by: request.by, have, result };
  return result;
}

/**
 * Horizon mode's view of the map: the horizon from the current start and each node's mark under
 * the limit, or null when horizon mode is off. `have` is what is marked done.
 */
export function useHorizonView(have: readonly string[]): HorizonView | null {
  const model = useAppStore((s) => s.model);
  const request = useAppStore((s) => s.horizon);
  return useMemo(() => {
    if (model === null || request === null) return null;
    const result = horizonFor(model, request, have);
    const starts = request.from === 'done' ? have : [request.from];
    const startLabel = request.from === 'done' ? `everything marked done (${String(have.length)})` : (model.byId.get(request.from)?.label ?? request.from);
    const marks = new Map<string, HorizonMark>();
    if (result !== null) {
      const unit = request.by === 'months' ? 'months' : 'cost';
      for (const node of model.nodes) {
        const state = reachState(result, node.id, request.within);
        const band = state.state === 'in-reach' || state.state === 'unknown' ? state.band : null;
        const text =
          state.state === 'start'
            ? 'where the horizon starts'
            : state.state === 'in-reach'
              ? `in reach, band ${String(band)}`
              : state.state === 'unknown'
                ? `perhaps in reach: ${unit} of a step unknown`
                : state.state === 'beyond'
                  ? `beyond the limit of ${String(request.within)} ${unit === 'months' ? 'months' : ''}`.trim()
                  : 'not reachable by a complete plan';
        marks.set(node.id, { state: state.state, band, text });
      }
    }
    return { request, starts, startLabel, result, marks };
  }, [model, request, have]);
}

/** Sets the band colours of `theme` on the page (`--pw-band-1` …), while horizon mode is on. */
export function useBandColours(theme: ThemeName): void {
  useEffect(() => {
    const root = document.documentElement;
    for (const [name, value] of Object.entries(horizonCssVariables(theme))) root.style.setProperty(name, value);
  }, [theme]);
}
