import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadGraphText, progressGraph, type PathwiseGraph } from '../../../src/core/index';
import { progressCsr } from '../../../src/core/routing/progress-csr';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { edgeArb } from './edge-arbitrary';
import { referenceCsr, referenceTable } from './progress-reference';
import { graphFromTable, type EdgeRow } from './route-fixture';

/** The one-pass build gives the same steps, bests, weights and rows as the reference build. */
function expectSameAsReference(model: PathwiseGraph): void {
  const pg = progressGraph(model);
  const table = referenceTable(model);
  expect([...pg.table.from]).toEqual([...table.from]);
  expect([...pg.table.to]).toEqual([...table.to]);
  for (const metric of ['steps', 'months', 'cost'] as const) {
    expect([...pg.table.best[metric]]).toEqual([...table.best[metric]]);
    expect([...pg.table.weight[metric]]).toEqual([...table.weight[metric]]);
  }
  const csr = progressCsr(pg);
  const ref = referenceCsr(table);
  for (const key of ['outStart', 'outTarget', 'edgeFrom', 'stepOf', 'inStart', 'inSource', 'inEdge'] as const) {
    expect([...csr[key]], key).toEqual([...ref[key]]);
  }
  for (const metric of ['steps', 'months', 'cost'] as const) expect([...csr.weight[metric]]).toEqual([...ref.weight[metric]]);
}

describe('progress steps and rows, built in one pass', () => {
  it('match the two-pass reference on random maps with parallel and implied edges (500 maps)', () => {
    // Certifications only: every edge kind of `edgeArb` may join two of them.
    const ids = ['a', 'b', 'c', 'd', 'e', 'f', 'g'];
    const node = fc.nat(ids.length - 1);
    fc.assert(
      fc.property(fc.array(edgeArb(node), { maxLength: 30 }), fc.option(fc.nat(2), { nil: undefined }), (edges, retire) => {
        const seen = new Set<string>();
        const rows: EdgeRow[] = [];
        for (const e of edges) {
          const key = `${String(e.s)}-${String(e.t)}-${e.kind}`;
          if (e.s === e.t || seen.has(key)) continue;
          seen.add(key);
          rows.push([ids[e.s] as string, ids[e.t] as string, e.kind, e.months, e.cost]);
        }
        // A retired certification replaced by another adds an implied replaced-by edge after the written ones.
        const nodes = retire === undefined ? {} : { [ids[retire] as string]: { status: { state: 'retired', date: '2025-01-01', replacement: ids[(retire + 1) % 3] } } };
        expectSameAsReference(graphFromTable(rows, { nodes, isolated: ids }));
      }),
      { numRuns: 500 },
    );
  });

  it('match the reference on the shipped map', () => {
    const loaded = loadGraphText(readFileSync(join(import.meta.dirname, '../../../graph-data/ms-102.json'), 'utf8'));
    if (!loaded.ok) throw new Error('ms-102 does not load');
    expectSameAsReference(loaded.graph);
  });
});
