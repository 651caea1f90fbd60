import { describe, expect, it } from 'vitest';
import { chooseAnchors, groupCandidates, groupShape, orderMembers } from '../../../src/core/layout/group-skills';

describe('groupCandidates', () => {
  it('offers the certifications that teach a skill, and nothing for other kinds', () => {
    const kinds = ['certification', 'certification', 'skill', 'role'] as const;
    const edges = [
      { source: 0, target: 2, kind: 'teaches' as const },
      { source: 1, target: 2, kind: 'teaches' as const },
      { source: 3, target: 2, kind: 'requires' as const },
    ];
    expect(groupCandidates(kinds, edges)).toEqual([null, null, [0, 1], null]);
  });

  it('falls back to what requires a skill when nothing teaches it', () => {
    expect(groupCandidates(['role', 'skill'], [{ source: 0, target: 1, kind: 'requires' }])).toEqual([null, [0]]);
  });

  it('leaves a skill on its own when nothing teaches or requires it', () => {
    expect(groupCandidates(['skill', 'skill'], [{ source: 0, target: 1, kind: 'recommends' }])).toEqual([null, null]);
  });
});

describe('chooseAnchors', () => {
  it('picks the earliest-ranked candidate, then the one with the fewest skills, then input order', () => {
    const ranks = [2, 1, 1];
    const { anchorOf, members } = chooseAnchors([null, null, null, [0, 1], [1, 2], [2, 1]], (v) => ranks[v] ?? 0);
    // 3: node 1 ranks before node 0. 4: nodes 1 and 2 tie on rank; 2 has no skill yet.
    // 5: nodes 2 and 1 tie on rank and size; 1 comes first in the input.
    expect([...anchorOf]).toEqual([-1, -1, -1, 1, 2, 1]);
    expect([...members]).toEqual([
      [1, [3, 5]],
      [2, [4]],
    ]);
  });
});

describe('groupShape', () => {
  it('stacks skills under the anchor, indented, with a gap above each', () => {
    const shape = groupShape({ width: 232, height: 76 }, [
      { width: 188, height: 36 },
      { width: 188, height: 36 },
    ]);
    expect(shape).toEqual({ width: 232, height: 76 + 8 + 36 + 8 + 36, offsets: [{ dx: 22, dy: 84 }, { dx: 22, dy: 128 }] });
  });
});

describe('chooseAnchors on paths', () => {
  it('prefers a candidate on the skill\'s own path over an earlier-ranked one', () => {
    // Skill 2 is taught by 0 (rank 1, another path) and 1 (rank 3, the skill's path).
    const ranks = [1, 3];
    const { anchorOf } = chooseAnchors([null, null, [0, 1]], (v) => ranks[v] ?? 0, (skill, candidate) => skill === 2 && candidate === 1);
    expect([...anchorOf]).toEqual([-1, -1, 1]);
  });
});

describe('orderMembers', () => {
  it('stacks skills by where their links lead; skills without links keep their slot', () => {
    const key = (v: number) => ({ 5: 300, 7: 100 } as Record<number, number>)[v];
    expect(orderMembers([5, 6, 7], key)).toEqual([7, 6, 5]);
  });
});
