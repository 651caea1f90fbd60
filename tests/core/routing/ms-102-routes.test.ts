import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findRoute, loadGraphText, type PathwiseGraph, type RouteResult } from '../../../src/core/index';

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

  it('gives the same best route for a name already resolved to its id (the progress graph is reused)', () => {
    const a = findRoute(model, 'role-m365-administrator', 'role-cloud-solutions-architect');
    const b = findRoute(model, 'role-m365-administrator', 'role-cloud-solutions-architect');
    expect(b).toEqual(a);
  });
});
