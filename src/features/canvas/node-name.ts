import { LEVEL_LABEL, SENIORITY_LABEL, type GraphNode } from '../../core/index';

/** What a node's accessible name says besides what the node is. */
export interface NodeNameState {
  /** Its place on the shown route, when it is on it: 0 is the start, then steps 1 to `of`. */
  readonly step?: { readonly n: number; readonly of: number };
  /** The person's progress mark: done, doing or planned. */
  readonly mark?: string;
  /** Today in the person's calendar (YYYY-MM-DD), to say a retirement date has passed. */
  readonly today: string;
}

const MARK_WORDS: Readonly<Record<string, string>> = { done: 'done', doing: 'in progress', planned: 'planned' };

/** A certification's status in words; nothing for an active one (the usual case is not news). */
function statusWords(node: GraphNode, today: string): string | null {
  if (node.kind !== 'certification') return null;
  const status = node.status;
  switch (status.state) {
    case 'retiring':
      return status.date < today ? `retirement date ${status.date} passed` : `retiring ${status.date}`;
    case 'retired':
      return `retired ${status.date}`;
    case 'beta':
      return 'beta';
    case 'active':
      return null;
  }
}

function what(node: GraphNode): string {
  switch (node.kind) {
    case 'certification':
      return `Certification ${node.label}, ${LEVEL_LABEL[node.level]}`;
    case 'role':
      return `Role ${node.label}, ${SENIORITY_LABEL[node.seniority]}`;
    case 'skill':
      return `Skill ${node.label}`;
    case 'experience':
      return `Requirement ${node.label}`;
    case 'track':
      return `Track ${node.label}`;
  }
}

/**
 * A node's accessible name on the map: what it is, then its state, so a screen-reader user hears
 * what a sighted user sees on the node (route step, progress mark, retirement), e.g.
 * "Certification AZ-305 …, Expert; step 2 of 3 on the route; done; retiring 2027-03-31".
 */
export function nodeName(node: GraphNode, state: NodeNameState): string {
  const parts = [what(node)];
  if (state.step !== undefined) parts.push(state.step.n === 0 ? 'start of the route' : `step ${String(state.step.n)} of ${String(state.step.of)} on the route`);
  const mark = state.mark === undefined ? undefined : MARK_WORDS[state.mark];
  if (mark !== undefined) parts.push(mark);
  const status = statusWords(node, state.today);
  if (status !== null) parts.push(status);
  return parts.join('; ');
}
