import fc from 'fast-check';

/** A random progress edge between two of `node`'s indexes, with months and cost sometimes unknown. */
export function edgeArb(node: fc.Arbitrary<number>) {
  return fc.record({
    s: node,
    t: node,
    kind: fc.constantFrom('recommends' as const, 'leads-to' as const, 'requires' as const),
    months: fc.option(fc.integer({ min: 0, max: 12 }), { nil: null }),
    cost: fc.option(fc.integer({ min: 0, max: 400 }), { nil: null }),
  });
}
