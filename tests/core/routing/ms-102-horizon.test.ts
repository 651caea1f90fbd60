import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bestNextSteps, findRoute, horizon, loadGraphText, reachState, type PathwiseGraph } from '../../../src/core/index';

function loadMap(): PathwiseGraph {
  const result = loadGraphText(readFileSync(resolve(import.meta.dirname, '../../../graph-data/ms-102.json'), 'utf8'));
  if (!result.ok) throw new Error('graph-data/ms-102.json does not load');
  return result.graph;
}

const model = loadMap();

describe('horizon on the MS-102 map', () => {
  const h = horizon(model, ['role-m365-administrator'], { by: 'months' });

  it('puts AZ-104 three months and AZ-305 seven months from a Microsoft 365 Administrator', () => {
    expect(h.byId.get('az-104')).toMatchObject({ months: 3, cost: { USD: 165 }, steps: 1 });
    expect(h.byId.get('az-305')).toMatchObject({ months: 7, steps: 2 });
    expect(h.plan('az-305')).toEqual(['role-m365-administrator', 'az-104', 'az-305']);
  });

  it('gives every node the same totals as the route planner from the same start', () => {
    for (const entry of h.reached) {
      const route = findRoute(model, null, entry.id, { have: ['role-m365-administrator'], by: 'months' });
      if (!route.ok) throw new Error(`${entry.id}: ${route.message}`);
      expect({ id: entry.id, months: entry.months, unknown: entry.unknownMonths, cost: entry.cost, steps: entry.steps }).toEqual({
        id: entry.id,
        months: route.route.totals.months,
        unknown: route.route.totals.unknownMonths,
        cost: route.route.totals.cost,
        steps: route.route.totals.steps,
      });
    }
  });

  it('needs five years of security work before CISSP (its requirement is in the plan)', () => {
    expect(h.plan('cissp')).toContain('exp-cissp-security-5y');
    expect(reachState(h, 'cissp', 24).state).toBe('beyond');
  });

  it('names the certification that opens the most roles and the one with the largest rise in pay, with reasons', () => {
    const next = bestNextSteps(model, ['role-m365-administrator'], { by: 'months', within: 12, current: h });
    expect(next.payNow?.pay.amount).toBe(96800);
    expect(next.mostPay?.id).toBe('az-305');
    expect(next.mostPay?.bestPay?.id).toBe('role-cloud-solutions-architect');
    expect(next.mostPay?.why).toContain('130,390 USD a year (United States, 2024), 33,590 USD more than now');
    expect(next.mostRoles).not.toBeNull();
    expect(next.compared.length).toBeGreaterThanOrEqual(2);
    expect(next.compared.length).toBeLessThanOrEqual(3);
  });
});
