import type { EdgeKind, NodeKind } from '../schema/graph-schema';
import { GROUP } from './layout-constants';

/**
 * Skills as compact columns under what teaches them.
 *
 * Half the nodes of a career map are skills, and each is taught by a certification and required
 * by roles. Ranked as nodes of their own they double the size of the graph dagre must order and
 * position, and they add a column of small boxes between every certification and role. Instead,
 * each skill that something teaches (or, failing that, requires) is grouped under one such node,
 * its *anchor*: dagre lays out the anchor as one taller box, and the skills hang under the anchor
 * in a column, joined to it by a spine. Edges to grouped skills do not constrain ranks: a skill
 * is often needed by an entry role and taught by an expert exam, and ranking by it would drag the
 * role to the right of the exam.
 */

interface KindedEdge {
  readonly source: number;
  readonly target: number;
  readonly kind: EdgeKind;
}

/** Candidate anchors of a skill: teaching certifications, else nodes that require it. */
export type AnchorCandidates = readonly number[];

/**
 * For each node, the nodes it could be grouped under, or null when it stays a node of its own.
 * @example groupCandidates(['certification', 'skill'], [{ source: 0, target: 1, kind: 'teaches' }]) // [null, [0]]
 */
export function groupCandidates(kinds: readonly NodeKind[], edges: readonly KindedEdge[]): (AnchorCandidates | null)[] {
  const teachers: number[][] = kinds.map(() => []);
  const requirers: number[][] = kinds.map(() => []);
  for (const e of edges) {
    if (kinds[e.target] !== 'skill' || kinds[e.source] === 'skill' || e.source === e.target) continue;
    if (e.kind === 'teaches') teachers[e.target]?.push(e.source);
    else if (e.kind === 'requires') requirers[e.target]?.push(e.source);
  }
  return kinds.map((kind, i) => {
    if (kind !== 'skill') return null;
    const list = (teachers[i]?.length ?? 0) > 0 ? teachers[i] : requirers[i];
    return list !== undefined && list.length > 0 ? list : null;
  });
}

/**
 * Picks one anchor per grouped skill: a candidate on the skill's own path (`samePath`, when
 * given: its lane), then the earliest-ranked (where the skill is first met), then the one with
 * the fewest skills so far (to keep columns short), then input order. Returns the anchor of each
 * node (-1 for nodes of their own) and each anchor's skills in input order.
 *
 * Why the path first: on the MS-102 map, MS-102 teaches ten skills that three other exams teach
 * too (Information protection with SC-401, Defender XDR with SC-200, …); hung under MS-102 they
 * sat in the admin lane, and every edge to the roles that need them (compliance, security) left
 * from under MS-102 across the lanes and crossed MS-102's own edges at the group's exit (102 of
 * the 999 crossings left after ordering the lanes).
 */
export function chooseAnchors(
  candidates: readonly (AnchorCandidates | null)[],
  rankOf: (node: number) => number,
  samePath: (skill: number, candidate: number) => boolean = () => false,
): { anchorOf: Int32Array; members: Map<number, number[]> } {
  const anchorOf = new Int32Array(candidates.length).fill(-1);
  const members = new Map<number, number[]>();
  candidates.forEach((list, skill) => {
    if (list === null) return;
    let best = -1;
    for (const c of list) {
      if (best === -1) {
        best = c;
        continue;
      }
      const byPath = Number(samePath(skill, best)) - Number(samePath(skill, c));
      const byRank = rankOf(c) - rankOf(best);
      const bySize = (members.get(c)?.length ?? 0) - (members.get(best)?.length ?? 0);
      if (byPath < 0 || (byPath === 0 && (byRank < 0 || (byRank === 0 && (bySize < 0 || (bySize === 0 && c < best)))))) best = c;
    }
    anchorOf[skill] = best;
    const group = members.get(best);
    if (group === undefined) members.set(best, [skill]);
    else group.push(skill);
  });
  return { anchorOf, members };
}

export interface Size {
  readonly width: number;
  readonly height: number;
}

/** The box dagre lays out for a group, and each member's offset from the group's top-left corner. */
export interface GroupShape extends Size {
  readonly offsets: readonly { readonly dx: number; readonly dy: number }[];
}

/**
 * The anchor sits at the group's top-left; members stack below it, indented by `GROUP.indent`
 * so the spine can run down the gutter to each of them.
 * @example groupShape({ width: 232, height: 76 }, [{ width: 188, height: 36 }]) // { width: 232, height: 120, offsets: [{ dx: 22, dy: 84 }] }
 */
export function groupShape(anchor: Size, members: readonly Size[]): GroupShape {
  let width = anchor.width;
  let y = anchor.height;
  const offsets = members.map((m) => {
    y += GROUP.gap;
    const offset = { dx: GROUP.indent, dy: y };
    y += m.height;
    width = Math.max(width, GROUP.indent + m.width);
    return offset;
  });
  return { width, height: y, offsets };
}

/**
 * A group's skills in the order their edges leave it: sorted by `key` (where their links outside
 * the group lead, across the ranks), so edges out of one group do not cross each other. Skills
 * without a key keep their slot; equal keys keep their order.
 * @example orderMembers([5, 6, 7], (v) => ({ 5: 300, 6: undefined, 7: 100 })[v]) // [7, 6, 5]
 */
export function orderMembers(list: readonly number[], key: (member: number) => number | undefined): number[] {
  const keyed = list.filter((v) => key(v) !== undefined);
  const sorted = keyed.slice().sort((a, b) => (key(a) as number) - (key(b) as number) || keyed.indexOf(a) - keyed.indexOf(b));
  let next = 0;
  return list.map((v) => (key(v) === undefined ? v : (sorted[next++] as number)));
}
