import type { GraphEdge, GraphNode, Route } from '../../../src/core/index';

/** Three steps written out by hand: the shape `findRoute` returns. */
export const ROUTE: Route = {
  steps: [
    {
      id: 'role-m365-administrator',
      label: 'Microsoft 365 Administrator',
      kind: 'role',
      role: 'start',
      edge: null,
      requiredBy: null,
      why: 'Where you start.',
      months: null,
      monthsFrom: null,
      cost: null,
      costFrom: null,
      total: { steps: 0, months: 0, cost: {} },
    },
    {
      id: 'az-104',
      label: 'AZ-104 Azure Administrator',
      kind: 'certification',
      role: 'route',
      edge: { key: 'role-m365-administrator->az-104:recommends', kind: 'recommends', from: 'role-m365-administrator', note: 'Usual next step.', implied: false },
      requiredBy: null,
      why: 'Recommended next step: Usual next step.',
      months: 3,
      monthsFrom: 'edge',
      cost: { amount: 165, currency: 'USD' },
      costFrom: 'fee',
      total: { steps: 1, months: 3, cost: { USD: 165 } },
    },
    {
      id: 'az-305',
      label: '=HYPERLINK("http://evil.example") *AZ-305*, "Architect"',
      kind: 'certification',
      role: 'route',
      edge: { key: 'az-104->az-305:prerequisite', kind: 'prerequisite', from: 'az-104', note: null, implied: false },
      requiredBy: null,
      why: 'Official prerequisite\nof [AZ-305](javascript:alert(1)) <b>now</b>',
      months: null,
      monthsFrom: null,
      cost: { amount: 90, currency: 'EUR' },
      costFrom: 'edge',
      total: { steps: 2, months: 3, cost: { USD: 165, EUR: 90 } },
    },
  ],
  totals: { steps: 2, months: 3, cost: { USD: 165, EUR: 90 }, unknownMonths: 1, unknownCost: 0 },
  weight: 3,
  warnings: [],
};

const base = { issuer: 'Microsoft', credential: 'C', level: 'associate', status: { state: 'active' } } as const;

export const ROUTE_NODES = new Map<string, GraphNode>([
  ['role-m365-administrator', { id: 'role-m365-administrator', kind: 'role', label: 'Microsoft 365 Administrator', seniority: 'mid', sources: [] }],
  ['az-104', { ...base, id: 'az-104', kind: 'certification', label: 'AZ-104 Azure Administrator', examCodes: ['AZ-104'], sources: ['https://learn.microsoft.com/en-us/credentials/certifications/exams/az-104/'] }],
  ['az-305', { ...base, id: 'az-305', kind: 'certification', label: 'AZ-305', examCodes: ['AZ-305'], sources: ['https://example.com/a_(b)'] }],
]);

export const ROUTE_EDGES = new Map<string, GraphEdge>([
  ['az-104->az-305:prerequisite', { source: 'az-104', target: 'az-305', kind: 'prerequisite', sources: ['https://learn.microsoft.com/en-us/credentials/certifications/exams/az-104/', 'https://example.org/x'] }],
]);
