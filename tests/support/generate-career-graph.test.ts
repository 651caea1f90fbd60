import { describe, expect, it } from 'vitest';
import { EDGE_RULES, findCycle, loadGraphValue } from '../../src/core/index';
import { generateCareerGraph, rankCount } from './generate-career-graph';

describe('generateCareerGraph', () => {
  it.each([1_000, 10_000])('makes a %i-node graph the loader accepts without a problem', (nodes) => {
    const result = loadGraphValue(generateCareerGraph({ nodes, seed: 42 }));
    expect(result.ok ? [] : result.problems.slice(0, 3)).toEqual([]);
  });

  it('gives the same graph for the same seed, and another for another seed', () => {
    expect(generateCareerGraph({ nodes: 200, seed: 5 })).toEqual(generateCareerGraph({ nodes: 200, seed: 5 }));
    expect(generateCareerGraph({ nodes: 200, seed: 6 })).not.toEqual(generateCareerGraph({ nodes: 200, seed: 5 }));
  });

  it('has 25 % certifications, 25 % roles and 50 % skills, plus tracks', () => {
    const file = generateCareerGraph({ nodes: 1_000, seed: 1 });
    const count = (kind: string) => file.nodes.filter((n) => n.kind === kind).length;
    expect([count('certification'), count('role'), count('skill'), count('track')]).toEqual([250, 250, 500, 4]);
  });

  it('uses 6 to 10 ranks, more for bigger graphs', () => {
    expect([100, 1_000, 10_000, 100_000].map(rankCount)).toEqual([6, 8, 10, 10]);
  });

  it('gives every node 1 to 4 outgoing steps on average about 3 and only edge kinds the rules allow', () => {
    const file = generateCareerGraph({ nodes: 1_000, seed: 2 });
    const kinds = new Map(file.nodes.map((n) => [n.id, n.kind]));
    for (const e of file.edges) {
      const rule = EDGE_RULES[e.kind];
      expect(rule.source).toContain(kinds.get(e.source));
      expect(rule.target).toContain(kinds.get(e.target));
    }
    const perNode = file.edges.length / 1_000;
    expect(perNode).toBeGreaterThan(2.5);
    expect(perNode).toBeLessThan(3.5);
  });

  it('has cycles, but none through prerequisites', () => {
    const file = generateCareerGraph({ nodes: 1_000, seed: 3 });
    const next = (kinds: readonly string[]) => {
      const out = new Map<string, string[]>();
      for (const e of file.edges) {
        if (!kinds.includes(e.kind)) continue;
        const [from, to] = e.kind === 'requires' ? [e.target, e.source] : [e.source, e.target];
        out.set(from, [...(out.get(from) ?? []), to]);
      }
      return (id: string) => out.get(id) ?? [];
    };
    const ids = file.nodes.map((n) => n.id);
    expect(findCycle(ids, next(['prerequisite']))).toBeNull();
    expect(findCycle(ids, next(['prerequisite', 'recommends', 'teaches', 'requires', 'leads-to']))).not.toBeNull();
  });

  it('puts months and cost on edges', () => {
    const file = generateCareerGraph({ nodes: 300, seed: 4 });
    expect(file.edges.filter((e) => e.months !== undefined).length).toBeGreaterThan(file.edges.length / 2);
    expect(file.edges.some((e) => e.cost?.currency === 'USD')).toBe(true);
  });
});
