// Two tabs of the same map in one browser context share progress: a change in one shows in the
// other within a second, marks made at the same moment in both are both kept, and a cleared mark
// is not brought back by the other tab (issue 13, item 1).
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { openMap, startApp, type App } from './harness';

const KEY = 'pathwise.progress.ms-102-roadmap';
/** A tab showing its own click may take longer on a loaded machine; other tabs must follow within a second of that. */
const OWN = 5_000;

/** Waits until the node carries `progress-<mark>` (or none when `mark` is null). */
async function waitForMark(page: Page, id: string, mark: string | null, timeout = 1_000): Promise<void> {
  await page.waitForFunction(
    ({ nodeId, want }) => {
      const el = document.querySelector(`.react-flow__node[data-id="${nodeId}"]`);
      if (el === null) return false;
      const marks = [...el.classList].filter((c) => c.startsWith('progress-'));
      return want === null ? marks.length === 0 : marks.length === 1 && marks[0] === `progress-${want}`;
    },
    { nodeId: id, want: mark },
    { timeout },
  );
}

const storedMarks = async (page: Page): Promise<Record<string, string>> =>
  ((JSON.parse((await page.evaluate((key) => localStorage.getItem(key), KEY)) ?? '{}') as { marks?: Record<string, string> }).marks ?? {});

describe('two tabs', () => {
  let app: App;
  before(async () => {
    app = await startApp();
  });
  after(async () => {
    await app.close();
  });

  it('share progress within a second, keep marks both made at once, and never bring a cleared mark back', async () => {
    const a = await app.newPage();
    const b = await app.newPage();
    await openMap(a, app, '?node=ms-102');
    await a.page.evaluate(() => {
      localStorage.clear();
    });
    await a.page.reload();
    await openMap(b, app, '?node=az-104');
    await a.page.waitForSelector('#details-title');
    await b.page.waitForSelector('#details-title');
    const done = (page: Page) => page.getByRole('group', { name: 'My progress' }).getByRole('button', { name: /Done/ });

    // The same moment in both tabs, on different nodes.
    await Promise.all([done(a.page).click(), done(b.page).click()]);
    await waitForMark(a.page, 'ms-102', 'done', OWN);
    await waitForMark(b.page, 'az-104', 'done', OWN);
    // Each tab shows the other's mark within a second.
    await waitForMark(a.page, 'az-104', 'done');
    await waitForMark(b.page, 'ms-102', 'done');
    assert.deepEqual(await storedMarks(a.page), { 'az-104': 'done', 'ms-102': 'done' }, 'both marks are saved');

    // Tab A clears MS-102; tab B drops it within a second and, saving its own change, does not restore it.
    await done(a.page).click();
    await waitForMark(a.page, 'ms-102', null, OWN);
    await waitForMark(b.page, 'ms-102', null);
    await b.page.getByRole('group', { name: 'My progress' }).getByRole('button', { name: /Planned/ }).click();
    await waitForMark(b.page, 'az-104', 'planned', OWN);
    await waitForMark(a.page, 'az-104', 'planned');
    assert.deepEqual(await storedMarks(b.page), { 'az-104': 'planned' }, 'the cleared mark stays cleared');

    // A reload of either tab shows the same.
    await b.page.reload();
    await b.page.waitForSelector('.react-flow__node');
    await waitForMark(b.page, 'az-104', 'planned', 5_000);
    await waitForMark(b.page, 'ms-102', null, 5_000);
    assert.deepEqual(a.consoleErrors, []);
    assert.deepEqual(b.consoleErrors, []);
    await a.page.close();
    await b.page.close();
  });

  it('share a corrected date earned', async () => {
    const a = await app.newPage();
    const b = await app.newPage();
    await openMap(a, app, '?node=ms-102');
    await openMap(b, app, '?node=ms-102');
    await a.page.waitForSelector('#details-title');
    await b.page.waitForSelector('#details-title');
    await a.page.getByRole('group', { name: 'My progress' }).getByRole('button', { name: /Done/ }).click();
    await waitForMark(b.page, 'ms-102', 'done');
    const field = (page: Page) => page.getByLabel('Earned on');
    await field(a.page).fill('2026-03-15');
    await b.page.waitForFunction(() => document.querySelector<HTMLInputElement>('.earned-on input')?.value === '2026-03-15', undefined, { timeout: 1_000 });
    const saved = JSON.parse((await a.page.evaluate((key) => localStorage.getItem(key), KEY)) ?? '{}') as { dates?: Record<string, string> };
    assert.equal(saved.dates?.['ms-102'], '2026-03-15');
    assert.equal(await field(b.page).inputValue(), '2026-03-15');
    await a.page.close();
    await b.page.close();
  });
});
