// Facts that know what day it is (issue 14): with the browser's clock fixed at 2026-12-02, a
// retirement date that has passed shows in details and on the node's badge, facts show their age
// and "may be out of date", route steps carry the mark, and renewals of certifications marked done
// show in details and My progress, with an .ics calendar to download.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { emptyProgress, progressStorageKey, serializeProgress, setMark } from '../../src/core/index';
import { openMap, startApp, type App, type TrackedPage } from './harness';

const KEY = progressStorageKey('ms-102-roadmap');
const NOW = new Date('2026-12-02T12:00:00');
const AT = new Date('2026-11-30T12:00:00Z');

// MS-102 earned 2026-03-15 and AZ-104 earned 2025-12-01, as a person would have marked them.
const SAVED = serializeProgress(
  setMark(setMark(emptyProgress('ms-102-roadmap'), 'ms-102', 'done', { at: AT, on: '2026-03-15' }), 'az-104', 'done', { at: AT, on: '2025-12-01' }),
  AT,
);

describe('facts judged against today (clock fixed at 2026-12-02)', () => {
  let app: App;
  before(async () => {
    app = await startApp();
  });
  after(async () => {
    await app.close();
  });

  async function open(path: string): Promise<{ tracked: TrackedPage; page: Page }> {
    const tracked = await app.newPage();
    await tracked.page.clock.setFixedTime(NOW);
    await tracked.page.addInitScript(
      ({ key, value }) => {
        try {
          if (sessionStorage.getItem('e2e-seeded') !== null) return;
          sessionStorage.setItem('e2e-seeded', '1');
          localStorage.clear();
          localStorage.setItem(key, value);
        } catch {
          // a document without storage: nothing to seed
        }
      },
      { key: KEY, value: SAVED },
    );
    const page = await openMap(tracked, app, path);
    return { tracked, page };
  }

  it('says a passed retirement date in details and on the badge, with how old each fact is', async () => {
    const { tracked, page } = await open('?node=az-500');
    const details = page.locator('section.details');
    await details.getByRole('heading', { name: 'AZ-500 Azure Security Engineer' }).waitFor();
    const status = details.locator('dt:text-is("Status") + dd');
    assert.match((await status.textContent()) ?? '', /^Retirement date passed \(2026-08-31\); not checked since 2026-08-22 → replaced by SC-500 Cloud and AI Security Engineer/);
    assert.match((await status.textContent()) ?? '', /checked 3 months ago/);
    const badge = page.locator('.react-flow__node[data-id="az-500"] .pw-badges .badge').first();
    assert.equal((await badge.textContent())?.trim(), 'RETIREMENT PASSED 2026-08-31');
    assert.deepEqual(tracked.consoleErrors, []);
    await page.close();
  });

  it('marks a fee read more than six months ago as "may be out of date" and shows the renewal of a held certification', async () => {
    const { page } = await open('?node=ms-102');
    const details = page.locator('section.details');
    await details.getByRole('heading', { name: 'MS-102 Microsoft 365 Administrator' }).waitFor();
    const fee = details.locator('dt:text-is("Exam fee") + dd');
    assert.match((await fee.textContent()) ?? '', /checked 7 months ago/);
    assert.equal(await fee.locator('.flag-stale').textContent(), 'may be out of date');
    assert.match((await details.locator('dt:text-is("Status") + dd').textContent()) ?? '', /checked 3 months ago/);
    assert.equal(await details.locator('dt:text-is("Status") + dd .flag-stale').count(), 0, 'a fact checked 3 months ago is not out of date');
    const renewal = details.getByRole('note', { name: 'Your renewal' });
    assert.equal(
      (await renewal.textContent())?.replace(/\s+/g, ' ').trim(),
      'Your renewalEarned 2026-03-15 · expires 2027-03-15 · renewal window opens 2026-09-15Renewal open until 2027-03-15 (103 days left)',
    );
    await page.close();
  });

  it('lists renewals due first in My progress and downloads a calendar with the window and expiry dates', async () => {
    const { page } = await open('');
    await page.getByRole('button', { name: 'My progress', exact: true }).click();
    const list = page.getByRole('list', { name: 'Renewals, due first' });
    await list.waitFor();
    const items = (await list.locator('li').allTextContents()).map((t) => t.replace(/\s+/g, ' ').trim());
    assert.deepEqual(items, [
      'AZ-104 Azure AdministratorExpired on 2026-12-01 (1 day ago), unless you renewed itEarned 2025-12-01 · expires 2026-12-01 · window opens 2026-06-01',
      'MS-102 Microsoft 365 AdministratorRenewal open until 2027-03-15 (103 days left)Earned 2026-03-15 · expires 2027-03-15 · window opens 2026-09-15',
    ]);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Add to calendar (.ics)' }).click()]);
    assert.equal(download.suggestedFilename(), 'pathwise-renewals-ms-102-roadmap.ics');
    const ics = readFileSync(await download.path(), 'utf8').replace(/\r\n[ \t]/g, '');
    assert.deepEqual([...ics.matchAll(/\r\nDTSTART;VALUE=DATE:(\d{8})\r\n/g)].map((m) => m[1]), ['20260601', '20260915', '20261201', '20270315']);
    assert.deepEqual([...ics.matchAll(/\r\nSUMMARY:([^\r]*)/g)].map((m) => m[1]), [
      'Renewal opens: AZ-104 Azure Administrator',
      'Renewal opens: MS-102 Microsoft 365 Administrator',
      'Expires: AZ-104 Azure Administrator',
      'Expires: MS-102 Microsoft 365 Administrator',
    ]);
    await page.close();
  });

  it('marks a route step whose facts are due and offers to keep exams past their retirement date', async () => {
    const { page } = await open('?from=role-m365-administrator&to=sc-500');
    const region = page.getByRole('region', { name: 'Route' });
    const steps = region.getByRole('list', { name: 'Route steps' });
    await steps.waitFor();
    const sc500 = steps.locator('li', { hasText: 'SC-500 Cloud and AI Security Engineer' });
    assert.equal(await sc500.locator('.flag-stale').textContent(), 'may be out of date');
    assert.match((await sc500.locator('.flag-stale').getAttribute('title')) ?? '', /expected release date passed \(2026-07-31\)/);
    assert.equal(
      (await region.locator('.route-warning').first().textContent())?.trim(),
      '⚠ SC-500 Cloud and AI Security Engineer: expected release date passed (2026-07-31); not checked since 2026-08-22; check whether it is generally available',
    );
    const keep = region.getByRole('checkbox', { name: 'Keep exams past their retirement date (AZ-500)' });
    assert.equal(await keep.isChecked(), false);
    await keep.check();
    assert.equal(await keep.isChecked(), true);
    await page.close();
  });
});
