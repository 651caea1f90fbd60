import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli';

// Each case spawns the real CLI (about a second each), so they are few and check a lot.
describe('pathwise route', () => {
  it('prints numbered steps with why, months, cost and running totals, and exits 0', () => {
    const { status, stdout, stderr } = runCli(['route', 'role-m365-administrator', 'Cloud Solutions Architect', '--by', 'months']);
    expect(stderr).toBe('');
    expect(status).toBe(0);
    const lines = stdout.split('\n');
    expect(lines[0]).toBe('Route to Cloud Solutions Architect, by least time:');
    expect(lines[1]).toBe('  start  Microsoft 365 Administrator [role]');
    const az104 = lines.findIndex((l) => /^\s+\d+\. AZ-104 Azure Administrator \[certification\]$/.test(l));
    const az305 = lines.findIndex((l) => /^\s+\d+\. AZ-305 Azure Solutions Architect \[certification\]$/.test(l));
    expect(az104).toBeGreaterThan(0);
    expect(az305).toBeGreaterThan(az104);
    expect(lines[az305 + 1]).toMatch(/^\s+why: AZ-104 Azure Administrator is an official prerequisite of AZ-305 Azure Solutions Architect/);
    expect(lines[az305 + 2]).toMatch(/^\s+[\d.]+ months?, .+ {2}\| {2}so far: [\d.]+ months?, /);
    expect(stdout).toMatch(/\nTotal: \d+ steps, [\d.]+ months, /);
  });

  it('prints the documented JSON with --json, alternatives and warnings for retired certifications', () => {
    const { status, stdout } = runCli(['route', 'MS-900', 'role-m365-administrator', '--json', '--alternatives', '2', '--by', 'cost']);
    expect(status).toBe(0);
    const out = JSON.parse(stdout) as Record<string, unknown> & { route: Record<string, unknown> & { steps: Record<string, unknown>[] }; alternatives: unknown[] };
    expect(Object.keys(out)).toEqual(['ok', 'from', 'to', 'by', 'have', 'avoid', 'via', 'leftOut', 'route', 'alternatives', 'notes']);
    expect(out).toMatchObject({ ok: true, from: 'ms-900', to: 'role-m365-administrator', by: 'cost' });
    expect(Object.keys(out.route)).toEqual(['steps', 'totals', 'weight', 'warnings']);
    expect(Object.keys(out.route.steps[0] ?? {})).toEqual([
      'id', 'label', 'kind', 'role', 'edge', 'requiredBy', 'why', 'months', 'monthsFrom', 'cost', 'costFrom', 'total',
    ]);
    expect(out.route.steps[0]).toMatchObject({ id: 'ms-900', role: 'start', edge: null });
    expect(out.route.steps.at(-1)).toMatchObject({ id: 'role-m365-administrator', role: 'route' });
    expect(out.route.warnings).toContainEqual(expect.objectContaining({ kind: 'retired', id: 'ms-900' }));
    expect(out.alternatives.length).toBeGreaterThanOrEqual(1);
    expect(out.alternatives[0]).toEqual(out.route);
  });

  it('exits 2 for an unknown name and lists the closest matches', () => {
    const { status, stdout, stderr } = runCli(['route', 'az-3O5', 'mct']);
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^pathwise: unknown node "az-3O5"; closest matches:\n {2}az-305 {2}\(AZ-305 Azure Solutions Architect\)/);
  });

  it('exits 3 when no route exists and says why on stderr: nothing in the map leads to the destination', () => {
    const { status, stdout, stderr } = runCli(['route', 'role-m365-administrator', 'az-500']);
    expect(status).toBe(3);
    expect(stdout).toBe('');
    expect(stderr).toBe('pathwise: no route: Nothing in this map leads to AZ-500 Azure Security Engineer, so no route can reach it.\n');
  });

  it('exits 3 and names the avoided nodes when every way is blocked by the avoid list', () => {
    const { status, stderr } = runCli(['route', 'ms-102', 'sc-100', '--avoid', 'sc-200,sc-300']);
    expect(status).toBe(3);
    expect(stderr).toBe(
      'pathwise: no route: Every route from MS-102 Microsoft 365 Administrator to SC-100 Cybersecurity Architect passes through something you chose to avoid: ' +
        'SC-200 Security Operations Analyst, SC-300 Identity and Access Administrator.\n',
    );
  });

  it('exits 3 with the failure as JSON under --json', () => {
    const { status, stdout } = runCli(['route', 'role-help-desk', 'mct', '--avoid', 'exp-instructional-skills', '--json']);
    expect(status).toBe(3);
    const out = JSON.parse(stdout) as Record<string, unknown>;
    expect(Object.keys(out)).toEqual(['ok', 'reason', 'message', 'detail']);
    expect(out.ok).toBe(false);
    expect(out.message).toContain('Proof of instructional skills');
  });
});
