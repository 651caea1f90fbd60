import { describe, expect, it } from 'vitest';
import type { CertificationNode, GraphNode } from '../../../src/core/index';
import { doubtfulFacts, labelWithoutCode, nodeTitle, statusBadge } from '../../../src/core/render/index';

const cert = (extra: Partial<CertificationNode>): CertificationNode => ({
  id: 'x',
  kind: 'certification',
  label: 'X',
  issuer: 'Microsoft',
  examCodes: [],
  credential: 'Credential',
  level: 'expert',
  status: { state: 'active' },
  sources: [],
  ...extra,
});

describe('labelWithoutCode', () => {
  it('drops the leading exam code the box shows in bold', () => {
    expect(labelWithoutCode(cert({ label: 'MS-102 Microsoft 365 Administrator', examCodes: ['MS-102'] }))).toBe('Microsoft 365 Administrator');
    expect(labelWithoutCode(cert({ label: 'az-104: Azure Administrator', examCodes: ['AZ-104'] }))).toBe('Azure Administrator');
  });

  it('drops several codes joined by + or /', () => {
    expect(labelWithoutCode(cert({ label: 'MS-100 + MS-101 Microsoft 365 Enterprise Administrator', examCodes: ['MS-100', 'MS-101'] }))).toBe(
      'Microsoft 365 Enterprise Administrator',
    );
  });

  it('keeps labels that do not start with a code, and labels that are only the code', () => {
    expect(labelWithoutCode(cert({ label: 'CompTIA A+', examCodes: ['220-1201'] }))).toBe('CompTIA A+');
    expect(labelWithoutCode(cert({ label: 'SC-100', examCodes: ['SC-100'] }))).toBe('SC-100');
  });
});

describe('statusBadge', () => {
  it('names retiring and retired with their dates, beta as BETA, active as none', () => {
    expect(statusBadge(cert({ status: { state: 'retiring', date: '2026-10-31' } }))).toEqual({ kind: 'retiring', text: 'RETIRING 2026-10-31' });
    expect(statusBadge(cert({ status: { state: 'retired', date: '2026-03-31' } }))).toEqual({ kind: 'retired', text: 'RETIRED 2026-03-31' });
    expect(statusBadge(cert({ status: { state: 'beta' } }))).toEqual({ kind: 'beta', text: 'BETA' });
    expect(statusBadge(cert({}))).toBeUndefined();
  });
});

describe('doubtfulFacts and nodeTitle', () => {
  const role: GraphNode = {
    id: 'role-x',
    kind: 'role',
    label: 'Analyst',
    seniority: 'mid',
    sources: [],
    pay: { amount: 1, currency: 'USD', period: 'year', statistic: 'median', region: 'US', year: 2024, source: 'https://example.com/', confidence: 'unverified' },
    caveats: [
      { text: 'Sources disagree on the title.', confidence: 'conflicting' },
      { text: 'Checked.', confidence: 'verified' },
    ],
  };

  it('lists unverified and conflicting facts only', () => {
    expect(doubtfulFacts(role)).toEqual(['Pay figure is unverified.', 'Sources disagree on the title.']);
    expect(doubtfulFacts(cert({ status: { state: 'active', confidence: 'verified' } }))).toEqual([]);
  });

  it('starts the title with the exact label and ends it with the doubts', () => {
    const lines = nodeTitle(role).split('\n');
    expect(lines[0]).toBe('Analyst');
    expect(lines).toContain('Role · Mid level');
    expect(lines.at(-1)).toBe('Unverified: Sources disagree on the title.');
  });
});

describe('statusBadge and nodeTitle › judged against today', () => {
  const retiring = cert({ examCodes: ['AZ-500'], status: { state: 'retiring', date: '2026-08-31', replacement: 'sc-500' } });
  const beta = cert({ status: { state: 'beta', since: '2026-05-15', expectedRelease: '2026-07-31' } });

  it('says a retirement date has passed once today is after it, and nothing new before', () => {
    expect(statusBadge(retiring, '2026-12-02')).toEqual({ kind: 'retired', text: 'RETIREMENT PASSED 2026-08-31' });
    expect(statusBadge(retiring, '2026-08-31')).toEqual({ kind: 'retiring', text: 'RETIRING 2026-08-31' });
    expect(statusBadge(retiring)).toEqual({ kind: 'retiring', text: 'RETIRING 2026-08-31' });
  });

  it('says a beta is past its expected release', () => {
    expect(statusBadge(beta, '2026-12-02')).toEqual({ kind: 'beta', text: 'BETA · RELEASE DUE 2026-07-31 PASSED' });
    expect(statusBadge(beta, '2026-07-01')).toEqual({ kind: 'beta', text: 'BETA' });
  });

  it('adds the passed date and the last check to the title', () => {
    expect(nodeTitle(retiring, { today: '2026-12-02', lastVerified: '2026-08-22' }).split('\n')).toContain(
      'Status: retirement date passed (2026-08-31); not checked since 2026-08-22',
    );
  });
});
