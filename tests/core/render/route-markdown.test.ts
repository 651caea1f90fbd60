import { describe, expect, it } from 'vitest';
import { routeMarkdown } from '../../../src/core/render/index';
import { ROUTE, ROUTE_EDGES, ROUTE_NODES } from './route-fixture';

describe('routeMarkdown', () => {
  const md = routeMarkdown(ROUTE, { nodes: ROUTE_NODES, edges: ROUTE_EDGES, mapTitle: 'MS-102 Roadmap', by: 'months', date: '2026-11-30' });
  const lines = md.split('\n');

  it('heads the plan with the ends, the map, the metric, the date and the totals', () => {
    expect(lines[0]).toBe('# Microsoft 365 Administrator to =HYPERLINK("http://evil.example") \\*AZ-305\\*, "Architect"');
    expect(lines[2]).toBe('MS-102 Roadmap · route by least time · 2026-11-30');
    expect(lines[4]).toBe('**Total: 2 steps · 3 months · 90 EUR + 165 USD (time unknown for 1 step)**');
  });

  it('lists the start, then each step as a checklist item with why, time, cost and running total', () => {
    expect(md).toContain('- **Start:** Microsoft 365 Administrator (role)\n');
    expect(md).toContain(
      [
        '- [ ] **1. AZ-104 Azure Administrator** (certification)',
        '  - Why: Recommended next step: Usual next step.',
        '  - Time: 3 months · Cost: 165 USD (exam fee)',
        '  - Running total: 3 months · 165 USD',
        '  - Sources: [learn.microsoft.com](https://learn.microsoft.com/en-us/credentials/certifications/exams/az-104/)',
      ].join('\n'),
    );
    expect(md).toContain('  - Time: not given · Cost: 90 EUR\n');
    expect(md).toContain('  - Running total: 3 months · 90 EUR + 165 USD\n');
  });

  it('lists node and edge sources once each, with link targets that cannot break out', () => {
    expect(md).toContain(
      '  - Sources: [example.com](https://example.com/a_%28b%29), [learn.microsoft.com](https://learn.microsoft.com/en-us/credentials/certifications/exams/az-104/), [example.org](https://example.org/x)',
    );
  });

  it('escapes data so it cannot make links, emphasis or HTML, and keeps each item on its line', () => {
    expect(md).toContain('  - Why: Official prerequisite of \\[AZ-305\\](javascript:alert(1)) \\<b\\>now\\</b\\>\n');
    expect(md).not.toMatch(/[^\\]\]\(javascript:/);
    expect(md.endsWith('\n')).toBe(true);
  });

  it('states warnings before the steps', () => {
    const warned = routeMarkdown(
      { ...ROUTE, warnings: [{ kind: 'retired', id: 'az-104', date: '2026-01-01', replacement: null, message: 'AZ-104 retired on 2026-01-01.' }] },
      { nodes: ROUTE_NODES, mapTitle: 'M' },
    );
    expect(warned).toContain('> **Warning:** AZ-104 retired on 2026-01-01.\n');
    expect(warned.indexOf('Warning')).toBeLessThan(warned.indexOf('- **Start:**'));
  });
});
