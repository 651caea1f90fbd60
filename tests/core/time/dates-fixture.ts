import { loadGraphValue, type PathwiseGraph } from '../../../src/core/index';

/**
 * A small map with every kind of dated fact, checked on 2026-08-22 unless a fact says otherwise:
 * a retiring exam (2026-08-31) with a beta replacement expected 2026-07-31, an active exam with a
 * fee read on 2026-04-23, a role with pay, a requirement group and a caveat that names a date.
 */
export function datesMap(meta: Record<string, unknown> = {}): PathwiseGraph {
  const cert = (id: string, extra: Record<string, unknown>) => ({
    id,
    kind: 'certification',
    label: `${id.toUpperCase()} Exam`,
    issuer: 'Microsoft',
    credential: `${id.toUpperCase()} credential`,
    level: 'associate',
    sources: [`https://example.org/${id}`],
    ...extra,
  });
  const renewal = { validityMonths: 12, windowMonths: 6, rule: 'Free online renewal assessment', source: 'https://example.org/renewal', confidence: 'verified' };
  const result = loadGraphValue({
    schemaVersion: 1,
    meta: { id: 'dates', title: 'Dates', lastVerified: '2026-08-22', ...meta },
    nodes: [
      cert('old-500', { status: { state: 'retiring', date: '2026-08-31', replacement: 'new-500', source: 'https://example.org/retire' }, renewal }),
      cert('new-500', { status: { state: 'beta', since: '2026-05-15', expectedRelease: '2026-07-31' }, renewal }),
      cert('base-100', {
        status: { state: 'active', asOf: '2026-08-22' },
        fee: { amount: 165, currency: 'USD', asOf: '2026-04-23', source: 'https://example.org/fee' },
        renewal,
        caveats: [{ field: 'status', confidence: 'unverified', text: 'A rumour says it retires on 2026-10-31.', date: '2026-10-31' }],
      }),
      cert('fund-900', { level: 'fundamentals', status: { state: 'active', checked: '2026-11-30' }, renewal: { rule: 'Does not expire.' } }),
      cert('top-900', { level: 'expert', status: { state: 'active' }, requires: [{ anyOf: ['old-500', 'new-500'], label: 'A security associate', checked: '2026-01-10' }] }),
      {
        id: 'role-engineer',
        kind: 'role',
        label: 'Engineer',
        seniority: 'mid',
        sources: ['https://example.org/role'],
        pay: { amount: 100000, currency: 'USD', period: 'year', region: 'United States', year: 2024, source: 'https://example.org/pay' },
      },
    ],
    edges: [
      { source: 'base-100', target: 'old-500', kind: 'recommends', months: 1 },
      { source: 'base-100', target: 'new-500', kind: 'recommends', months: 3 },
      { source: 'old-500', target: 'top-900', kind: 'prerequisite', months: 4 },
      { source: 'new-500', target: 'top-900', kind: 'prerequisite', months: 4 },
      { source: 'top-900', target: 'role-engineer', kind: 'leads-to', months: 6 },
    ],
  });
  if (!result.ok) throw new Error(result.problems.map((p) => `${p.path.join('.')}: ${p.message}`).join('\n'));
  return result.graph;
}
