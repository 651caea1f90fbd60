import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli';

interface ReachJson {
  ok: boolean;
  from: string[];
  by: string;
  within: number | null;
  reachable: { id: string; label: string; kind: string; months: number | null; cost: Record<string, number> | null; steps: number; unknownCost: number; knownCost: Record<string, number> }[];
  uncertain: { id: string }[];
}

// Each case spawns the real CLI (about a second each), so they are few and check a lot.
describe('pathwise reach', () => {
  it('prints the reachable nodes nearest first with months, cost and steps, and exits 0', () => {
    const { status, stdout, stderr } = runCli(['reach', 'Microsoft 365 Administrator', '--within', '9']);
    expect(stderr).toBe('');
    expect(status).toBe(0);
    const lines = stdout.split('\n');
    expect(lines[0]).toBe('Reachable from Microsoft 365 Administrator within 9 months, nearest first (by months):');
    expect(stdout).toMatch(/\n {2}AZ-104 Azure Administrator +certification +3 mo +165 USD +1 step\n/);
    expect(stdout).toMatch(/\n {2}AZ-305 Azure Solutions Architect +certification +7 mo +330 USD +2 steps\n/);
    // Cost not given on ITIL's edge nor as a fee: shown as unknown, not as 0.
    expect(stdout).toMatch(/\n {2}ITIL Foundation +certification +1 mo +cost unknown +1 step\n/);
    expect(stdout).not.toContain('Cloud Solutions Architect '); // 19 months: beyond 9
    expect(lines.indexOf(lines.find((l) => l.includes('AZ-104')) ?? '')).toBeLessThan(lines.indexOf(lines.find((l) => l.includes('AZ-305 Azure')) ?? ''));
  });

  it('prints the documented JSON, sorted by the metric, with unknown figures as null', () => {
    const { status, stdout } = runCli(['reach', 'role-m365-administrator', '--have', 'AZ-104', '--within', '500', '--by', 'cost', '--json']);
    expect(status).toBe(0);
    const out = JSON.parse(stdout) as ReachJson;
    expect(Object.keys(out)).toEqual(['ok', 'from', 'by', 'within', 'reachable', 'uncertain']);
    expect(out).toMatchObject({ ok: true, from: ['role-m365-administrator', 'az-104'], by: 'cost', within: 500 });
    expect(Object.keys(out.reachable[0] ?? {}).slice(0, 6)).toEqual(['id', 'label', 'kind', 'months', 'cost', 'steps']);
    const sums = out.reachable.map((e) => Object.values(e.cost ?? {}).reduce((a, b) => a + b, 0));
    expect(sums).toEqual([...sums].sort((a, b) => a - b));
    expect(out.reachable.every((e) => e.cost !== null && e.unknownCost === 0)).toBe(true);
    expect(out.reachable.find((e) => e.id === 'az-305')).toMatchObject({ cost: { USD: 165 }, steps: 1, kind: 'certification' });
    expect(out.reachable.map((e) => e.id)).not.toContain('az-104');
    // ITIL's cost is not given: it is not claimed within 500 USD, it is listed as uncertain.
    expect(out.uncertain.map((e) => e.id)).toContain('itil-foundation');
  });

  it('exits 2 for an unknown name, as route does, and 3 when nothing is reachable', () => {
    const unknown = runCli(['reach', 'az-3O5']);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('unknown node "az-3O5"');
    expect(unknown.stderr).toContain('az-305');
    const dir = mkdtempSync(join(tmpdir(), 'pathwise-reach-'));
    const file = join(dir, 'two.json');
    writeFileSync(file, JSON.stringify({
      schemaVersion: 1,
      meta: { id: 'two', title: 'Two', lastVerified: '2026-01-01' },
      nodes: [
        { id: 'a', kind: 'skill', label: 'A', domain: 'X' },
        { id: 'b', kind: 'skill', label: 'B', domain: 'X' },
      ],
      edges: [],
    }));
    const none = runCli(['reach', 'a', '--graph', file, '--json']);
    expect(none.status).toBe(3);
    expect(JSON.parse(none.stdout)).toMatchObject({ ok: false, reason: 'nothing-reachable', from: ['a'] });
  });
});
