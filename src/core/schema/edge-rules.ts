import type { EdgeKind, NodeKind } from './graph-schema';

/** What each edge kind means, read as "source <kind> target". Shown in the legend and in errors. */
export const EDGE_KIND_MEANING: Record<EdgeKind, string> = {
  prerequisite: 'is an official prerequisite of',
  recommends: 'is a recommended step before',
  teaches: 'teaches the skill',
  requires: 'requires',
  'leads-to': 'commonly leads to',
  'replaced-by': 'was replaced by',
};

interface EdgeRule {
  source: readonly NodeKind[];
  target: readonly NodeKind[];
}

const PROGRESS_KINDS = ['certification', 'role', 'skill', 'experience'] as const;

/** Which node kinds each edge kind may join. Tracks are groupings and take no edges. */
export const EDGE_RULES: Record<EdgeKind, EdgeRule> = {
  prerequisite: { source: ['certification', 'experience', 'skill'], target: ['certification', 'role'] },
  recommends: { source: PROGRESS_KINDS, target: PROGRESS_KINDS },
  teaches: { source: ['certification'], target: ['skill'] },
  requires: { source: ['role', 'certification'], target: ['skill', 'experience', 'certification'] },
  'leads-to': { source: ['role', 'certification', 'experience', 'skill'], target: ['role', 'certification'] },
  'replaced-by': { source: ['certification'], target: ['certification'] },
};

/**
 * The direction a person moves along an edge of this kind. Most kinds already point the way
 * progress goes (having MS-102 leads to a role). `requires` reads "role requires skill", so
 * progress runs against it: holding the skill moves you toward the role.
 */
export function progressDirection(kind: EdgeKind): 'forward' | 'backward' {
  return kind === 'requires' ? 'backward' : 'forward';
}

/** Edge kinds that order things in time: they may not form a cycle. */
export const ORDERING_EDGE_KINDS: readonly EdgeKind[] = ['prerequisite'];
