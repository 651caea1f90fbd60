import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli';

interface RouteJson {
  ok: boolean;
  route: { steps: { id: string; kind: string }[] };
}

/** The least-months route between two names on the shipped map, through the real CLI. */
function routeIds(from: string, to: string): string[] {
  const { status, stdout, stderr } = runCli(['route', from, to, '--by', 'months', '--json']);
  expect(stderr).toBe('');
  expect(status).toBe(0);
  const json = JSON.parse(stdout) as RouteJson;
  expect(json.ok).toBe(true);
  return json.route.steps.map((s) => s.id);
}

describe('route sanity on the MS-102 map (pathwise route --by months)', () => {
  it('takes a Microsoft 365 Administrator to the cloud solutions architect role through AZ-104 then AZ-305', () => {
    const ids = routeIds('Microsoft 365 Administrator', 'Cloud Solutions Architect');
    expect(ids[0]).toBe('role-m365-administrator');
    expect(ids.at(-1)).toBe('role-cloud-solutions-architect');
    expect(ids.indexOf('az-104')).toBeGreaterThan(0);
    expect(ids.indexOf('az-305')).toBeGreaterThan(ids.indexOf('az-104'));
  });

  it('reaches the cybersecurity architect role through SC-200, SC-300 or AZ-500 and then SC-100', () => {
    const ids = routeIds('role-m365-administrator', 'role-cybersecurity-architect');
    const associate = ids.findIndex((id) => ['sc-200', 'sc-300', 'az-500'].includes(id));
    expect(associate).toBeGreaterThan(0);
    expect(ids.indexOf('sc-100')).toBeGreaterThan(associate);
  });

  it('reaches Microsoft Certified Trainer through an associate-or-expert certification and teaching skills', () => {
    const ids = routeIds('role-m365-administrator', 'MCT');
    expect(ids.at(-1)).toBe('mct');
    expect(ids).toContain('exp-instructional-skills');
    const qualifying = ['ms-102', 'md-102', 'sc-200', 'sc-300', 'sc-401', 'ms-700', 'ms-721', 'az-104', 'az-305', 'az-500', 'az-700', 'az-140', 'sc-100', 'sc-500'];
    expect(ids.some((id) => qualifying.includes(id))).toBe(true);
  });
});
