import { describe, expect, it } from 'vitest';
import { datedFacts, freshnessReport, judgedFacts, staleAfter } from '../../../src/core/index';
import { datesMap } from './dates-fixture';

const TODAY = '2026-12-02';

function need<T>(value: T | undefined): T {
  if (value === undefined) throw new Error('fixture lacks a node');
  return value;
}

describe('datedFacts', () => {
  it('dates every fact by its own check, else its as-of date, else the map', () => {
    const model = datesMap();
    const facts = model.nodes.flatMap((n) => datedFacts(n, model.meta)).map((f) => [f.nodeId, f.field, f.checked, f.checkedFrom]);
    expect(facts).toEqual([
      ['old-500', 'status', '2026-08-22', 'map'],
      ['old-500', 'renewal', '2026-08-22', 'map'],
      ['new-500', 'status', '2026-08-22', 'map'],
      ['new-500', 'renewal', '2026-08-22', 'map'],
      ['base-100', 'status', '2026-08-22', 'asOf'],
      ['base-100', 'fee', '2026-04-23', 'asOf'],
      ['base-100', 'renewal', '2026-08-22', 'map'],
      ['base-100', 'caveat', '2026-08-22', 'map'],
      ['fund-900', 'status', '2026-11-30', 'checked'],
      ['fund-900', 'renewal', '2026-08-22', 'map'],
      ['top-900', 'status', '2026-08-22', 'map'],
      ['top-900', 'requirement', '2026-01-10', 'checked'],
      ['role-engineer', 'pay', '2026-08-22', 'map'],
    ]);
  });

  it("gives each fact the sources to check it again: its own, else the node's", () => {
    const model = datesMap();
    const byField = (id: string, field: string) => datedFacts(need(model.byId.get(id)), model.meta).find((f) => f.field === field);
    expect(byField('base-100', 'fee')?.sources).toEqual(['https://example.org/fee']);
    expect(byField('base-100', 'caveat')?.sources).toEqual(['https://example.org/base-100']);
    expect(byField('old-500', 'status')?.named).toEqual({ kind: 'retirement', date: '2026-08-31' });
  });
});

describe('freshness on 2026-12-02', () => {
  it('marks facts older than six months and facts whose named date has passed', () => {
    const model = datesMap();
    const judged = judgedFacts(need(model.byId.get('base-100')), model.meta, TODAY, staleAfter(model.meta));
    expect(judged.map((f) => [f.field, f.age, f.stale, f.passed])).toEqual([
      ['status', '3 months ago', false, false],
      ['fee', '7 months ago', true, false],
      ['renewal', '3 months ago', false, false],
      ['caveat', '3 months ago', false, true],
    ]);
    expect(judged[1]?.reasons).toEqual(['last checked 2026-04-23, 7 months ago (limit 6 months)']);
    expect(judged[3]?.reasons).toEqual(['date it names passed (2026-10-31)']);
  });

  it('lists the facts due, grouped by node, in map order', () => {
    const report = freshnessReport(datesMap(), TODAY);
    expect(report.due).toBe(5);
    expect(report.nodes.map((n) => [n.id, n.facts.map((f) => f.field)])).toEqual([
      ['old-500', ['status']],
      ['new-500', ['status']],
      ['base-100', ['fee', 'caveat']],
      ['top-900', ['requirement']],
    ]);
    expect(report.nodes[0]?.facts[0]?.reasons).toEqual(['retirement date passed (2026-08-31)']);
    expect(report.nodes[1]?.facts[0]?.reasons).toEqual(['expected release date passed (2026-07-31)']);
  });

  it("uses the map's own limit from meta.staleAfterMonths, and a limit given by the caller over it", () => {
    expect(freshnessReport(datesMap({ staleAfterMonths: 3 }), TODAY).due).toBe(14 - 4 + 2);
    expect(freshnessReport(datesMap({ staleAfterMonths: 12 }), TODAY).due).toBe(3);
    expect(freshnessReport(datesMap({ staleAfterMonths: 12 }), TODAY, { amount: 6, unit: 'm' }).due).toBe(5);
  });

  it('finds nothing due on the day the facts were checked, before any named date', () => {
    expect(freshnessReport(datesMap(), '2026-07-01').nodes.map((n) => n.id)).toEqual([]);
  });
});
