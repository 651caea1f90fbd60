// Storage that fails (issue 13, item 3): full (setItem throws QuotaExceededError) or denied
// (localStorage throws SecurityError). The user is told, work goes on in memory, an export is
// offered, and what was saved before is never replaced.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { openMap, startApp, type App } from './harness';

const KEY = 'pathwise.progress.ms-102-roadmap';
const SAVED = JSON.stringify({
  format: 'pathwise-progress',
  version: 2,
  mapId: 'ms-102-roadmap',
  savedAt: '2026-11-30T12:00:00.000Z',
  marks: { 'az-104': 'done' },
  orphans: {},
  dates: { 'az-104': '2026-01-10' },
  changed: { 'az-104': '2026-01-10T09:00:00.000Z' },
});

async function waitForMark(page: Page, id: string, mark: string): Promise<void> {
  await page.waitForFunction(
    ({ nodeId, want }) => document.querySelector(`.react-flow__node[data-id="${nodeId}"]`)?.classList.contains(`progress-${want}`) === true,
    { nodeId: id, want: mark },
    { timeout: 5_000 },
  );
}

describe('storage that fails', () => {
  let app: App;
  before(async () => {
    app = await startApp();
  });
  after(async () => {
    await app.close();
  });

  it('when storage is full: a notice, marks kept in this tab, an export that holds them, the saved progress untouched', async () => {
    const tracked = await app.newPage();
    // A plain script (tsx would wrap a named function in a helper the page does not have).
    await tracked.page.addInitScript({
      content: `localStorage.setItem(${JSON.stringify(KEY)}, ${JSON.stringify(SAVED)});
        Storage.prototype.setItem = () => {
          throw new DOMException("Failed to execute 'setItem' on 'Storage': the quota has been exceeded.", 'QuotaExceededError');
        };`,
    });
    const page = await openMap(tracked, app, '?node=ms-102');
    await waitForMark(page, 'az-104', 'done');
    await page.getByRole('group', { name: 'My progress' }).getByRole('button', { name: /Done/ }).click();
    await waitForMark(page, 'ms-102', 'done');
    const notice = page.locator('.notices .notice', { hasText: 'could not be saved' });
    await notice.waitFor({ timeout: 2_000 });
    assert.equal(
      await notice.locator('span').textContent(),
      'Progress could not be saved in this browser (storage is full). Your marks stay in this tab, and what was saved before is untouched. Use My progress → Export progress to keep them.',
    );
    assert.equal(await page.evaluate((key) => localStorage.getItem(key), KEY), SAVED, 'the saved progress is untouched');

    await page.getByRole('button', { name: 'My progress', exact: true }).click();
    const alert = page.locator('section.progress-panel .storage-failure');
    await alert.waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), alert.getByRole('button', { name: 'Export progress now' }).click()]);
    const exported = JSON.parse(readFileSync(await download.path(), 'utf8')) as { marks: Record<string, string>; dates: Record<string, string> };
    assert.deepEqual(exported.marks, { 'az-104': 'done', 'ms-102': 'done' });
    assert.equal(exported.dates['az-104'], '2026-01-10', 'the export keeps the date earned');
    assert.deepEqual(tracked.consoleErrors, []);
    await page.close();
  });

  it('when storage is denied: a notice, marks work in this tab, nothing crashes', async () => {
    const tracked = await app.newPage();
    await tracked.page.addInitScript({
      content: `Object.defineProperty(window, 'localStorage', {
        configurable: true,
        get: () => {
          throw new DOMException('Access is denied for this document.', 'SecurityError');
        },
      });`,
    });
    const page = await openMap(tracked, app, '?node=ms-102');
    const notice = page.locator('.notices .notice', { hasText: 'does not let Pathwise use its storage' });
    await notice.waitFor({ timeout: 5_000 });
    await page.getByRole('group', { name: 'My progress' }).getByRole('button', { name: /Done/ }).click();
    await waitForMark(page, 'ms-102', 'done');
    await page.getByRole('button', { name: 'My progress', exact: true }).click();
    await page.locator('section.progress-panel .storage-failure').getByRole('button', { name: 'Export progress now' }).waitFor();
    assert.deepEqual(tracked.consoleErrors, []);
    await page.close();
  });
});
