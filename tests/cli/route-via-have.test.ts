import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fileFromTable } from '../core/routing/route-fixture';
import { runCli } from './run-cli';

interface RouteJson {
  ok: boolean;
  have: string[];
  via: string[];
  route: { steps: { id: string; role: string }[]; totals: { months: number } };
  reason?: string;
  message?: string;
}

function routeJson(args: readonly string[]): { status: number | null; out: RouteJson } {
  const { status, stdout, stderr } = runCli(['route', ...args, '--json']);
  expect(stderr).toBe('');
  return { status, out: JSON.parse(stdout) as RouteJson };
}

const ids = (out: RouteJson) => out.route.steps.map((s) => s.id);

// Each case spawns the real CLI (about a second each), on the shipped map unless a --graph is given.
describe('pathwise route --via and --have', () => {
  it('--via alone passes the via node, on the way to the destination', () => {
    const { status, out } = routeJson(['role-m365-administrator', 'role-cybersecurity-architect', '--via', 'SC-300']);
    expect(status).toBe(0);
    expect(out.via).toEqual(['sc-300']);
    expect(ids(out)).toEqual(['role-m365-administrator', 'sc-300', 'sc-100', 'role-cybersecurity-architect']);
  });

  it('--have alone starts from the best held node and never asks for a held one again', () => {
    const { status, out } = routeJson(['role-cybersecurity-architect', '--have', 'ms-102,az-104']);
    expect(status).toBe(0);
    expect(out.have).toEqual(['ms-102', 'az-104']);
    expect(ids(out)).toEqual(['ms-102', 'sc-200', 'sc-100', 'role-cybersecurity-architect']);
    expect(out.route.steps[0]?.role).toBe('start');
  });

  it('--have and --via together: the via node changes the route the held nodes would take', () => {
    const { status, out } = routeJson(['role-cybersecurity-architect', '--have', 'ms-102,az-104', '--via', 'sc-300']);
    expect(status).toBe(0);
    expect(ids(out)).toEqual(['ms-102', 'sc-300', 'sc-100', 'role-cybersecurity-architect']);
  });

  it('--have and --via together name why no route can pass a via node nothing leads to (exit 3)', () => {
    const { status, stdout, stderr } = runCli(['route', 'role-cybersecurity-architect', '--have', 'ms-102,az-104', '--via', 'az-500']);
    expect(status).toBe(3);
    expect(stdout).toBe('');
    expect(stderr).toBe('pathwise: no route: Nothing in this map leads to the via node AZ-500 Azure Security Engineer, so no route can pass it.\n');
  });

  const dir = mkdtempSync(join(tmpdir(), 'pathwise-route-'));
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('--have and --via on the small map of issue 17, where the greedy first leg used to say "no route"', () => {
    const graph = join(dir, 'issue-17.json');
    const file = fileFromTable([
      ['n2', 'n0', 'recommends', 9],
      ['n1', 'n2', 'requires', 10],
      ['n1', 'n0', 'recommends', 11],
      ['n4', 'n0', 'recommends', 0],
      ['n0', 'n3', 'recommends', 8],
      ['n1', 'n2', 'recommends', 7],
      ['n0', 'n2', 'leads-to', 0],
      ['n3', 'n0', 'requires', 11],
    ]);
    writeFileSync(graph, JSON.stringify(file));
    const { status, out } = routeJson(['n1', 'n3', '--have', 'n4', '--via', 'n2', '--by', 'months', '--no-requirements', '--graph', graph]);
    expect(status).toBe(0);
    expect(ids(out)).toEqual(['n1', 'n2', 'n0', 'n3']);
    expect(out.route.totals.months).toBe(24);
  });
});
