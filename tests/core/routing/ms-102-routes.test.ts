import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findRoute, loadGraphText, progressGraph, resolveNode, type PathwiseGraph, type RouteResult } from '../../../src/core/index';

function loadMap(): PathwiseGraph {
  const result = loadGraphText(readFileSync(resolve(import.meta.dirname, '../../../graph-data/ms-102.json'), 'utf8'));
  if (!result.ok) throw new Error('graph-data/ms-102.json does not load');
  return result.graph;
}

const model = loadMap();

function stepIds(result: RouteResult): string[] {
  if (!result.ok) throw new Error(`expected a route, got ${result.reason}: ${result.message}`);
  return result.route.steps.map((s) => s.id);
}

/** True when `ids` holds `first` before `second`. */
function inOrder(ids: readonly string[], first: string, second: string): boolean {
  const a = ids.indexOf(first);
  return a >= 0 && ids.indexOf(second) > a;
}

describe('findRoute on the MS-102 map', () => {
  it('goes from Microsoft 365 Administrator to Cloud Solutions Architect through AZ-104 then AZ-305 by months', () => {
    const ids = stepIds(findRoute(model, 'role-m365-administrator', 'role-cloud-solutions-architect', { by: 'months' }));
    expect(inOrder(ids, 'az-104', 'az-305')).toBe(true);
    expect(ids.at(-1)).toBe('role-cloud-solutions-architect');
  });

  it('goes to Cybersecurity Architect through SC-200 or SC-300, then SC-100', () => {
    const ids = stepIds(findRoute(model, 'role-m365-administrator', 'role-cybersecurity-architect', { by: 'months' }));
    expect(inOrder(ids, 'sc-200', 'sc-100') || inOrder(ids, 'sc-300', 'sc-100')).toBe(true);
  });

  it('plans the Microsoft Certified Trainer with proof of instructional skills and an associate or expert certification', () => {
    const result = findRoute(model, 'role-help-desk', 'mct', { by: 'months' });
    const ids = stepIds(result);
    expect(inOrder(ids, 'exp-instructional-skills', 'mct')).toBe(true);
    const before = ids.slice(0, ids.indexOf('mct'));
    const certs = before.map((id) => model.byId.get(id)).filter((n) => n?.kind === 'certification' && (n.level === 'associate' || n.level === 'expert'));
    expect(certs.length).toBeGreaterThan(0);
  });

  it('cannot plan the trainer while avoiding the proof of instructional skills, and says so', () => {
    const result = findRoute(model, 'role-help-desk', 'mct', { by: 'months', avoid: ['exp-instructional-skills'] });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(['blocked-by-avoid', 'requirement-unmet']).toContain(result.reason);
    expect(result.message).toContain('Proof of instructional skills');
  });

  it('routes from names resolved to ids (label, exam code) exactly as from the ids, reusing one progress graph', () => {
    const from = resolveNode(model, 'Microsoft 365 Administrator');
    const to = resolveNode(model, 'AZ-305');
    if (!from.ok || !to.ok) throw new Error('the names do not resolve');
    expect([from.node.id, to.node.id]).toEqual(['role-m365-administrator', 'az-305']);
    const pg = progressGraph(model);
    const result = findRoute(model, from.node.id, to.node.id, { by: 'months' });
    expect(stepIds(result)).toEqual(['role-m365-administrator', 'az-104', 'az-305']);
    expect(progressGraph(model)).toBe(pg);
    // Literal figures of the shipped map (graph-data/ms-102.json): 3 + 4 + 12 months, two 165 USD exams.
    const full = findRoute(model, 'role-m365-administrator', 'role-cloud-solutions-architect', { by: 'months' });
    expect(stepIds(full)).toEqual(['role-m365-administrator', 'az-104', 'az-305', 'role-cloud-solutions-architect']);
    if (!full.ok) return;
    expect(full.route.totals).toEqual({ steps: 3, months: 19, cost: { USD: 330 }, unknownMonths: 0, unknownCost: 0 });
  });
});
