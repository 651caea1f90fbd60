import type { PathwiseGraph } from '../graph/build-graph';
import type { EdgeKind, GraphEdge } from '../schema/graph-schema';
import { greedyCover } from './greedy-cover';

/** Where a need comes from in the map. */
export type NeedSource = 'requirement-group' | 'requires-edge' | 'prerequisite-edge';

/** One thing a node needs; holding any one of `options` meets it. */
export interface Need {
  /** Stable within one analysis: "group:0", "requires:skill-x", "prerequisite:exp-y". */
  readonly key: string;
  readonly label: string;
  readonly options: readonly string[];
  readonly source: NeedSource;
  /** The held node that meets it (an option, or a held certification teaching an option skill), else null. */
  readonly metBy: string | null;
}

/** A certification that would close some of the gaps. */
export interface CertificationOption {
  readonly id: string;
  readonly label: string;
  /** Keys of the gaps it closes. */
  readonly closes: readonly string[];
  /** Fewest months stated on an edge leading to it (see `gapAnalysis`); null when no edge says. */
  readonly months: number | null;
  /** Announced to retire: still takeable, worth a flag. */
  readonly retiring: boolean;
  /** Its own needs the person does not meet yet (one level), e.g. AZ-305 → the AZ-104 group. */
  readonly unmetRequirements: readonly Need[];
}

/** "Take these N certifications to close M of K gaps." */
export interface CoverPlan {
  readonly certifications: readonly string[];
  /** Keys of the gaps the plan closes: every gap some certification closes. */
  readonly closes: readonly string[];
  /** Sum of the known `months` of the planned certifications. */
  readonly months: number;
  /** Planned certifications whose months no edge states. */
  readonly monthsUnknown: readonly string[];
}

export interface GapAnalysis {
  readonly targetId: string;
  /** no-needs: the map states no requirement for the target; met: everything is held; gaps: some is not. */
  readonly status: 'no-needs' | 'met' | 'gaps';
  readonly needs: readonly Need[];
  /** The needs not met, in `needs` order. */
  readonly gaps: readonly Need[];
  /** Gaps no available certification closes (experience, untaught skills): plan for them another way. */
  readonly uncoverable: readonly Need[];
  /** Certifications closing at least one gap: most gaps first, then fewest months (unknown last), then id. */
  readonly candidates: readonly CertificationOption[];
  readonly plan: CoverPlan;
  /** One or two sentences for people. */
  readonly summary: string;
}

/** Edge kinds that are a step toward their target, whose `months` say how long the step takes. */
const STEP_KINDS: ReadonlySet<EdgeKind> = new Set(['prerequisite', 'recommends', 'leads-to']);

/**
 * What `targetId` (usually a role) needs that the person does not hold yet, and the certifications
 * that close the most of it for the least time.
 *
 * Needs, one level deep: the target's requirement groups (`requires`: all of the groups, any one
 * option each), the nodes it `requires` by edge (role → skill, experience or certification), and
 * the sources of `prerequisite` edges into it that no requirement group already lists as an option
 * (those groups say the prerequisites are alternatives). Identical needs are reported once. The
 * needs of those needs are not expanded into gaps: a recommended certification lists its own unmet
 * requirements in `unmetRequirements` instead (AZ-305 → AZ-104), because they are a step toward the
 * certification rather than something the target asks for.
 *
 * Held: a node is held if it is in `held` (ids unknown to the map are ignored); a skill is also held
 * when a held certification `teaches` it.
 *
 * Candidates: certifications not held, not retired and not the target itself, that are an option of
 * a gap or teach an option skill of one. Their `months` is the smallest `months` on a prerequisite,
 * recommends or leads-to edge into them: an optimistic "from the nearest starting point" estimate
 * taken from the map's own routing estimates, ignoring the months of their own unmet requirements;
 * null when no such edge states months (never guessed; fees are not used). The plan is a greedy set
 * cover over the candidates (`greedyCover`): it closes every gap that any candidate closes, with a
 * small number of certifications, ties going to fewer months.
 *
 * Throws on an unknown `targetId` (resolve names first with `resolveNode`).
 *
 * @example
 * const gaps = gapAnalysis(model, 'role-cloud-solutions-architect', new Set(heldIds(progress)));
 * gaps.summary // "Cloud Solutions Architect needs 4 things you do not hold yet. Taking 1 certification (AZ-305 …) closes 4 of 4."
 * gaps.candidates[0]?.unmetRequirements // [{ key: 'group:0', options: ['az-104'], ... }]
 */
export function gapAnalysis(model: PathwiseGraph, targetId: string, held: ReadonlySet<string>): GapAnalysis {
  const target = model.byId.get(targetId);
  if (target === undefined) throw new Error(`core/progress.gapAnalysis: unknown node "${targetId}"`);

  const needs = needsOf(model, targetId, held);
  const gaps = needs.filter((need) => need.metBy === null);
  const candidates = rankCandidates(model, targetId, gaps, held);
  const cover = greedyCover(candidates.map((c) => ({ id: c.id, covers: c.closes, cost: c.months })));
  const closed = new Set(cover.covered);
  const byId = new Map(candidates.map((c) => [c.id, c]));
  const planned = cover.chosen.map((id) => byId.get(id)).filter((c) => c !== undefined);
  const plan: CoverPlan = {
    certifications: cover.chosen,
    closes: gaps.filter((g) => closed.has(g.key)).map((g) => g.key),
    months: planned.reduce((sum, c) => sum + (c.months ?? 0), 0),
    monthsUnknown: planned.filter((c) => c.months === null).map((c) => c.id),
  };
  const uncoverable = gaps.filter((g) => !closed.has(g.key));
  const status = needs.length === 0 ? 'no-needs' : gaps.length === 0 ? 'met' : 'gaps';
  return {
    targetId,
    status,
    needs,
    gaps,
    uncoverable,
    candidates,
    plan,
    summary: summarise(model, target.label, status, needs.length, gaps.length, plan, uncoverable),
  };
}

/** The needs of one node, one level deep, with whatever held node meets each. */
function needsOf(model: PathwiseGraph, id: string, held: ReadonlySet<string>): Need[] {
  const node = model.byId.get(id);
  const groups = node?.requires ?? [];
  const seen = new Set<string>();
  const needs: Need[] = [];
  const add = (key: string, label: string, options: readonly string[], source: NeedSource) => {
    const signature = [...new Set(options)].sort().join(' ');
    if (seen.has(signature)) return;
    seen.add(signature);
    needs.push({ key, label, options, source, metBy: firstHolder(model, options, held) });
  };
  groups.forEach((group, i) => {
    add(`group:${i}`, group.label ?? `One of: ${group.anyOf.map((o) => labelOf(model, o)).join(', ')}`, group.anyOf, 'requirement-group');
  });
  for (const edge of edgesOf(model, id, 'out')) {
    if (edge.kind === 'requires') add(`requires:${edge.target}`, labelOf(model, edge.target), [edge.target], 'requires-edge');
  }
  const grouped = new Set(groups.flatMap((g) => g.anyOf));
  for (const edge of edgesOf(model, id, 'in')) {
    if (edge.kind === 'prerequisite' && !grouped.has(edge.source)) {
      add(`prerequisite:${edge.source}`, labelOf(model, edge.source), [edge.source], 'prerequisite-edge');
    }
  }
  return needs;
}

/** The first option held directly, else the smallest id of a held certification teaching an option. */
function firstHolder(model: PathwiseGraph, options: readonly string[], held: ReadonlySet<string>): string | null {
  const direct = options.find((o) => held.has(o));
  if (direct !== undefined) return direct;
  const teachers = options.flatMap((o) => teachersOf(model, o)).filter((t) => held.has(t)).sort();
  return teachers[0] ?? null;
}

function rankCandidates(model: PathwiseGraph, targetId: string, gaps: readonly Need[], held: ReadonlySet<string>): CertificationOption[] {
  const closes = new Map<string, string[]>();
  const consider = (certId: string, gapKey: string) => {
    const node = model.byId.get(certId);
    if (node?.kind !== 'certification' || node.status.state === 'retired' || held.has(certId) || certId === targetId) return;
    const list = closes.get(certId) ?? [];
    if (!list.includes(gapKey)) list.push(gapKey);
    closes.set(certId, list);
  };
  for (const gap of gaps) {
    for (const option of gap.options) {
      consider(option, gap.key);
      for (const teacher of teachersOf(model, option)) consider(teacher, gap.key);
    }
  }
  const options = [...closes].map(([id, keys]): CertificationOption => {
    const node = model.byId.get(id);
    return {
      id,
      label: labelOf(model, id),
      closes: keys,
      months: stepMonths(model, id),
      retiring: node?.kind === 'certification' && node.status.state === 'retiring',
      unmetRequirements: needsOf(model, id, held).filter((n) => n.metBy === null),
    };
  });
  return options.sort(
    (a, b) => b.closes.length - a.closes.length || (a.months ?? Infinity) - (b.months ?? Infinity) || (a.id < b.id ? -1 : 1),
  );
}

/** Fewest months on a step edge into `id`, or null when none states months. */
function stepMonths(model: PathwiseGraph, id: string): number | null {
  const months = edgesOf(model, id, 'in')
    .filter((e) => STEP_KINDS.has(e.kind) && e.months !== undefined)
    .map((e) => e.months ?? 0);
  return months.length === 0 ? null : Math.min(...months);
}

function teachersOf(model: PathwiseGraph, skillId: string): string[] {
  return edgesOf(model, skillId, 'in')
    .filter((e) => e.kind === 'teaches')
    .map((e) => e.source);
}

function edgesOf(model: PathwiseGraph, id: string, direction: 'in' | 'out'): GraphEdge[] {
  if (!model.graph.hasNode(id)) return [];
  const keys = direction === 'in' ? model.graph.inEdges(id) : model.graph.outEdges(id);
  return keys.map((key) => model.graph.getEdgeAttributes(key).data);
}

function labelOf(model: PathwiseGraph, id: string): string {
  return model.byId.get(id)?.label ?? id;
}

function summarise(
  model: PathwiseGraph,
  target: string,
  status: GapAnalysis['status'],
  needCount: number,
  gapCount: number,
  plan: CoverPlan,
  uncoverable: readonly Need[],
): string {
  if (status === 'no-needs') return `The map states no requirements for ${target}, so there is nothing to close.`;
  if (status === 'met') return `You hold everything ${target} needs (${needCount} of ${needCount}).`;
  const things = gapCount === 1 ? '1 thing' : `${gapCount} things`;
  const certs = plan.certifications.map((id) => labelOf(model, id)).join(', ');
  const n = plan.certifications.length;
  const taking =
    n === 0
      ? `No certification in this map closes ${gapCount === 1 ? 'it' : 'them'}: ${uncoverable.map((g) => g.label).join('; ')}.`
      : `Taking ${n === 1 ? '1 certification' : `${n} certifications`} (${certs}) closes ${plan.closes.length} of ${gapCount}.`;
  const rest = uncoverable.length === 0 || n === 0 ? '' : ` Not closed by a certification: ${uncoverable.map((g) => g.label).join('; ')}.`;
  return `${target} needs ${things} you do not hold yet. ${taking}${rest}`;
}
