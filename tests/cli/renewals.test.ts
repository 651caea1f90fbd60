import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli';

describe('pathwise renewals', () => {
  it('lists expiry and renewal window of each certification, due first, and writes the calendar', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'pathwise-renewals-')), 'renewals.ics');
    const { status, stdout, stderr } = runCli(['renewals', '--have', 'ms-102@2026-03-15,az-104@2025-12-01', '--today', '2026-12-02', '--ics', file]);
    expect(stderr).toBe('');
    expect(status).toBe(0);
    const rule = 'Free online renewal assessment on Microsoft Learn, open in the 6 months before expiry. https://learn.microsoft.com/en-us/credentials/certifications/resources/study-guides/ms-102';
    expect(stdout.split('\n')).toEqual([
      'Renewals on 2026-12-02, due first:',
      '  AZ-104 Azure Administrator: expired on 2026-12-01 (1 day ago), unless you renewed it',
      '    earned 2025-12-01 · expires 2026-12-01 · renewal window opens 2026-06-01',
      `    ${rule}`,
      '  MS-102 Microsoft 365 Administrator: renewal open until 2027-03-15 (103 days left)',
      '    earned 2026-03-15 · expires 2027-03-15 · renewal window opens 2026-09-15',
      `    ${rule}`,
      '',
      `wrote ${file} (4 events)`,
      '',
    ]);
    const ics = readFileSync(file, 'utf8').replace(/\r\n[ \t]/g, '');
    const starts = [...ics.matchAll(/\r\nDTSTART;VALUE=DATE:(\d{8})\r\n/g)].map((m) => m[1]);
    const summaries = [...ics.matchAll(/\r\nSUMMARY:([^\r]*)/g)].map((m) => m[1]);
    expect(starts).toEqual(['20260601', '20260915', '20261201', '20270315']);
    expect(summaries).toEqual([
      'Renewal opens: AZ-104 Azure Administrator',
      'Renewal opens: MS-102 Microsoft 365 Administrator',
      'Expires: AZ-104 Azure Administrator',
      'Expires: MS-102 Microsoft 365 Administrator',
    ]);
  });

  it('prints JSON, naming certifications by exam code or label too', () => {
    const { status, stdout } = runCli(['renewals', '--have', 'MS-102@2026-03-15,AB-900@2026-01-10', '--today', '2026-12-02', '--json']);
    expect(status).toBe(0);
    const out = JSON.parse(stdout) as { today: string; ics: null; renewals: Record<string, unknown>[] };
    expect(out.ics).toBeNull();
    expect(out.renewals.map((r) => [r.id, r.expires, r.windowOpens, r.state, r.text])).toEqual([
      ['ms-102', '2027-03-15', '2026-09-15', 'window-open', 'renewal open until 2027-03-15 (103 days left)'],
      ['ab-900', null, null, 'no-expiry', 'does not expire'],
    ]);
  });

  it.each([
    ['ms-102', 'pathwise: "ms-102" needs the date earned after an @, e.g. ms-102@2026-03-15\n'],
    ['ms-102@2026-02-30', 'pathwise: "ms-102@2026-02-30": the date earned must be written YYYY-MM-DD, got "2026-02-30"\n'],
    ['role-m365-administrator@2026-01-01', 'pathwise: "role-m365-administrator" is a role, not a certification: only certifications expire\n'],
  ])('refuses --have %s with a clear message and exit 2', (have, message) => {
    expect(runCli(['renewals', '--have', have])).toMatchObject({ status: 2, stderr: message });
  });
});
