// Saved progress (done / doing / planned per node) and gap analysis toward a target role.
// Pure: no storage here; the app reads and writes localStorage with `progressStorageKey`.
export * from './progress-schema';
export { parseProgress } from './parse-progress';
export type { ParseProgressResult, ParseProgressFailure, ProgressProblem } from './parse-progress';
export { serializeProgress, progressStorageKey, progressFileName } from './serialize-progress';
export { emptyProgress, markOf, markDate, earnedOn, setMark, setEarnedOn, clearAll, mergeProgress, heldIds, mergeImport } from './edit-progress';
export type { MergeOutcome, SetMarkOptions } from './edit-progress';
export { undoClearAll } from './undo-clear';
export { importProgress } from './import-progress';
export type { ImportProgressResult } from './import-progress';
export { trackCounts } from './track-counts';
export type { TrackCount } from './track-counts';
export { gapAnalysis } from './gap-analysis';
export type { GapAnalysis, Need, NeedSource, CertificationOption, CoverPlan } from './gap-analysis';
export { greedyCover } from './greedy-cover';
export type { Cover, CoverCandidate } from './greedy-cover';
