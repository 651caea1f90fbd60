// Routes over a map: fewest steps, least time or money, alternatives, avoid/via/have, complete plans.
export * from './route-types';
export { findRoute } from './find-route';
export { progressGraph, nodeValues, stepWeight, pairKey, STEP_TIE_BREAK } from './progress-graph';
export type { ProgressGraph, ProgressChoice, ProgressEdgeAttributes, StepValues } from './progress-graph';
export { shortestPath, edgeWeight, NO_LIMITS } from './shortest-path';
export type { FoundPath, SearchLimits } from './shortest-path';
export { yenKShortest, yenPaths } from './k-shortest-paths';
export type { SpurSearch } from './k-shortest-paths';
export { pathThroughStops, EXACT_STOPS_NODES, STOPS_BUDGET } from './path-through-stops';
export { legPaths } from './leg-paths';
export { explainFailure } from './explain-failure';
export type { FailedQuery } from './explain-failure';
export { unobtainable } from './obtainable';
export type { StopsResult } from './path-through-stops';
export { completePlan } from './complete-plan';
export type { Plan, PlanItem, PlanContext, PlanResult, Unmet } from './complete-plan';
