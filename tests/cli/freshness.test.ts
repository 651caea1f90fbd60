import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli';

// Each case spawns the real CLI (about a second each), so they are few and check a lot.
describe('pathwise freshness', () => {
  it('lists the facts due on the shipped map, grouped by node with the source to check again, and exits 1', () => {
    const { status, stdout, stderr } = runCli(['freshness', '--today', '2026-12-02']);
    expect(stderr).toBe('');
    expect(status).toBe(1);
    expect(stdout.split('\n')).toEqual([
      'MS-102 Roadmap: 4 facts due for a check on 2026-12-02 (limit 6 months; map last verified 2026-08-22)',
      '',
      'MS-102 Microsoft 365 Administrator (ms-102)',
      '  Exam fee: last checked 2026-04-23, 7 months ago (limit 6 months)',
      '    check again: https://open-exam-prep.com/blog/azure-ms-102-exam-guide-2026',
      '  Caveat: One unconfirmed source claims MS-102 retires on 2026-10-31 in favour of AB-650…: date it names passed (2026-10-31)',
      '    check again: https://github.com/omarpatron19/patrontech-site',
      '',
      'AZ-500 Azure Security Engineer (az-500)',
      '  Status (retiring 2026-08-31): retirement date passed (2026-08-31)',
      '    check again: https://readroo.st/blog/az-500-vs-sc-500-take-now-or-wait',
      '',
      'SC-500 Cloud and AI Security Engineer (sc-500)',
      '  Status (beta, release expected 2026-07-31): expected release date passed (2026-07-31)',
      '    check again: https://readroo.st/blog/az-500-vs-sc-500-take-now-or-wait',
      '',
    ]);
  });

  it('prints the documented JSON, and a shorter --max-age finds more', () => {
    const { status, stdout } = runCli(['freshness', '--today', '2026-12-02', '--max-age', '90d', '--json']);
    expect(status).toBe(1);
    const out = JSON.parse(stdout) as { today: string; maxAge: string; lastVerified: string; due: number; nodes: { id: string; facts: Record<string, unknown>[] }[] };
    expect(Object.keys(out)).toEqual(['today', 'maxAge', 'lastVerified', 'due', 'nodes']);
    expect(out).toMatchObject({ today: '2026-12-02', maxAge: '90d', lastVerified: '2026-08-22' });
    // 102 days since 2026-08-22: every fact dated by the map is now older than 90 days.
    expect(out.due).toBeGreaterThan(100);
    const az500 = out.nodes.find((n) => n.id === 'az-500');
    expect(az500?.facts[0]).toEqual({
      field: 'status',
      index: 0,
      what: 'Status (retiring 2026-08-31)',
      checked: '2026-08-22',
      checkedFrom: 'map',
      age: '3 months ago',
      stale: true,
      named: { kind: 'retirement', date: '2026-08-31' },
      passed: true,
      reasons: ['retirement date passed (2026-08-31)', 'last checked 2026-08-22, 3 months ago (limit 90 days)'],
      sources: ['https://readroo.st/blog/az-500-vs-sc-500-take-now-or-wait'],
    });
  });

  // One spawn per test: the CLI takes seconds to start on a loaded machine.
  const tinyMap = (staleAfterMonths: number) => {
    const file = join(mkdtempSync(join(tmpdir(), 'pathwise-freshness-')), 'map.json');
    writeFileSync(file, JSON.stringify({
      schemaVersion: 1,
      meta: { id: 'tiny', title: 'Tiny', lastVerified: '2026-08-22', staleAfterMonths },
      nodes: [{ id: 'cert-a', kind: 'certification', label: 'Cert A', issuer: 'X', credential: 'A', level: 'associate', status: { state: 'active' }, sources: ['https://example.org/a'] }],
      edges: [],
    }));
    return file;
  };

  it('exits 0 when nothing is due under the limit the map sets in its meta', () => {
    const fresh = runCli(['freshness', '--graph', tinyMap(12), '--today', '2026-12-02']);
    expect(fresh.status).toBe(0);
    expect(fresh.stdout).toBe('Tiny: nothing due on 2026-12-02. Every fact was checked within 12 months and no date a fact names has passed.\n');
  });

  it('exits 1 when a shorter limit in the meta makes the same fact due', () => {
    const stale = runCli(['freshness', '--graph', tinyMap(3), '--today', '2026-12-02']);
    expect(stale.status).toBe(1);
    expect(stale.stdout).toContain('  Status (active): last checked 2026-08-22, 3 months ago (limit 3 months)\n    check again: https://example.org/a\n');
  });

  it.each([
    [['--today', '2026-13-01'], 'pathwise: --today must be a date written YYYY-MM-DD, got "2026-13-01"\n'],
    [['--max-age', 'soon'], 'pathwise: --max-age must be a whole number and a unit, e.g. 6m, 90d, 2w or 1y; got "soon"\n'],
  ])('refuses %j with a clear message and exit 2', (args, message) => {
    expect(runCli(['freshness', ...args])).toMatchObject({ status: 2, stderr: message });
  });
});
