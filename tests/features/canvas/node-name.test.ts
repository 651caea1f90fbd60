import { describe, expect, it } from 'vitest';
import { nodeName } from '../../../src/features/canvas/node-name';
import type { GraphNode } from '../../../src/core/index';

const cert = (status: object): GraphNode =>
  ({ id: 'az-305', kind: 'certification', label: 'AZ-305 Azure Solutions Architect Expert', level: 'expert', status, examCodes: ['AZ-305'] }) as unknown as GraphNode;
const role = { id: 'role-x', kind: 'role', label: 'Cloud Solutions Architect', seniority: 'senior' } as unknown as GraphNode;

describe('nodeName', () => {
  it('says what the node is, and nothing more for an active certification off the route', () => {
    expect(nodeName(cert({ state: 'active' }), { today: '2026-12-02' })).toBe('Certification AZ-305 Azure Solutions Architect Expert, Expert');
    expect(nodeName(role, { today: '2026-12-02' })).toBe('Role Cloud Solutions Architect, Senior');
  });

  it('carries the route step, the progress mark and the status, in that order', () => {
    expect(nodeName(cert({ state: 'retiring', date: '2027-03-31' }), { today: '2026-12-02', step: { n: 2, of: 3 }, mark: 'done' })).toBe(
      'Certification AZ-305 Azure Solutions Architect Expert, Expert; step 2 of 3 on the route; done; retiring 2027-03-31',
    );
    expect(nodeName(role, { today: '2026-12-02', step: { n: 0, of: 3 }, mark: 'doing' })).toBe('Role Cloud Solutions Architect, Senior; start of the route; in progress');
    expect(nodeName(role, { today: '2026-12-02', mark: 'planned' })).toBe('Role Cloud Solutions Architect, Senior; planned');
  });

  it('says a retirement date has passed, and a retirement as retired', () => {
    expect(nodeName(cert({ state: 'retiring', date: '2026-11-30' }), { today: '2026-12-02' })).toMatch(/; retirement date 2026-11-30 passed$/);
    expect(nodeName(cert({ state: 'retired', date: '2026-03-31' }), { today: '2026-12-02' })).toMatch(/; retired 2026-03-31$/);
  });
});
