// Your maps (issue 13, item 2) with Chromium's real IndexedDB: a map opened from a file is kept,
// shown again after a reload without the file (unless the URL names another map), listed under
// "Your maps" and removable; a kept map that no longer validates is listed with its problems, can
// be downloaded or removed, and never breaks the page.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { ROOT, drawnNodeIds, openMap, startApp, type App } from './harness';

const SMALL = join(ROOT, 'tests/e2e/fixtures/small-valid.json');
const SMALL_IDS = ['role-junior', 'role-senior', 'skill-networks'];

async function waitForNodes(page: Page, ids: readonly string[]): Promise<void> {
  await page
    .waitForFunction(
      (want) => [...document.querySelectorAll('.react-flow__node')].map((el) => el.getAttribute('data-id') ?? '').sort().join() === want.join(),
      ids,
      { timeout: 20_000 },
    )
    .catch(() => undefined);
  assert.deepEqual((await drawnNodeIds(page)).sort(), ids, 'the nodes drawn');
}

/** Clears what earlier tests kept: localStorage and the kept-maps database. */
async function clearBrowser(page: Page): Promise<void> {
  await page.evaluate(async () => {
    localStorage.clear();
    await new Promise((resolve) => {
      const request = indexedDB.deleteDatabase('pathwise');
      request.onsuccess = resolve;
      request.onerror = resolve;
      request.onblocked = resolve;
    });
  });
}

describe('your maps', () => {
  let app: App;
  before(async () => {
    app = await startApp();
  });
  after(async () => {
    await app.close();
  });

  it('keeps a map opened from a file, shows it again after a reload, lists it, and removes it', async () => {
    const tracked = await app.newPage();
    let page = await openMap(tracked, app);
    await clearBrowser(page);
    await page.reload();
    await page.waitForSelector('.react-flow__node');
    await page.getByLabel('Open a map file').setInputFiles(SMALL);
    await waitForNodes(page, SMALL_IDS);
    await page.waitForFunction(() => [...document.querySelectorAll('#map-select optgroup[label="Your maps"] option')].some((o) => o.textContent === 'E2E Small Map'));

    await page.reload();
    await waitForNodes(page, SMALL_IDS);
    assert.equal(await page.getByLabel('Map', { exact: true }).inputValue(), 'kept:map:e2e-small-map', 'the picker shows the kept map');

    // A URL that names another map wins over the last one open.
    page = await openMap(tracked, app, '?graph=maps/ms-102.json');
    await page.waitForSelector('.react-flow__node[data-id="ms-102"]', { timeout: 20_000 });
    await page.getByLabel('Map', { exact: true }).selectOption('kept:map:e2e-small-map');
    await waitForNodes(page, SMALL_IDS);
    assert.equal(new URL(page.url()).searchParams.get('graph'), null, 'the URL no longer names the other map');

    await page.getByLabel('Map', { exact: true }).selectOption('__kept');
    const panel = page.getByRole('dialog', { name: 'Your maps' });
    const entry = panel.locator('li.kept-map', { hasText: 'E2E Small Map' });
    await entry.waitFor();
    assert.match((await entry.textContent()) ?? '', /small-valid\.json · opened from a file · last opened \d{4}-\d\d-\d\d \d\d:\d\d UTC/);
    await entry.getByRole('button', { name: 'Remove E2E Small Map' }).click();
    await entry.waitFor({ state: 'detached' });
    assert.equal(await panel.locator('li.kept-map').count(), 0);
    assert.equal(await page.locator('#map-select optgroup[label="Your maps"]').count(), 0, 'gone from the picker');

    await page.reload();
    await page.waitForSelector('.react-flow__node[data-id="ms-102"]', { timeout: 20_000 });
    assert.deepEqual(tracked.consoleErrors, []);
    await page.close();
  });

  it('lists a kept map that no longer validates with its problems; it can be downloaded and removed, and the page keeps working', async () => {
    const tracked = await app.newPage();
    const page = await openMap(tracked, app);
    await clearBrowser(page);
    await page.reload();
    await page.waitForSelector('.react-flow__node');
    await page.getByLabel('Open a map file').setInputFiles(SMALL);
    await waitForNodes(page, SMALL_IDS);
    // The format moved on: the kept text now has a node kind this Pathwise does not know.
    const broken = readFileSync(SMALL, 'utf8').replace('"kind": "skill"', '"kind": "hologram"');
    assert.notEqual(broken, readFileSync(SMALL, 'utf8'));
    await page.evaluate(async (text) => {
      await new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('pathwise');
        open.onerror = () => {
          reject(new Error('no database'));
        };
        open.onsuccess = () => {
          const tx = open.result.transaction('kept-maps', 'readwrite');
          const store = tx.objectStore('kept-maps');
          const get = store.get('map:e2e-small-map');
          get.onsuccess = () => {
            store.put({ ...(get.result as object), text }, 'map:e2e-small-map');
          };
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
        };
      });
    }, broken);

    // The reload tries the last map, finds it broken, keeps the default map and lists the problems.
    await page.reload();
    await page.waitForSelector('.react-flow__node[data-id="ms-102"]', { timeout: 20_000 });
    const problems = page.locator('section.problems');
    await problems.waitFor({ timeout: 20_000 });
    assert.match((await problems.textContent()) ?? '', /hologram/);

    await page.getByLabel('Map', { exact: true }).selectOption('__kept');
    const entry = page.getByRole('dialog', { name: 'Your maps' }).locator('li.kept-map', { hasText: 'E2E Small Map' });
    await entry.getByText('This map no longer opens').waitFor({ timeout: 20_000 });
    assert.match((await entry.textContent()) ?? '', /nodes\[\d+\]\.kind/);
    assert.equal(await entry.getByRole('button', { name: 'Open' }).isDisabled(), true, 'a broken map cannot be opened');
    const [download] = await Promise.all([page.waitForEvent('download'), entry.getByRole('button', { name: 'Download' }).click()]);
    assert.equal(download.suggestedFilename(), 'small-valid.json');
    assert.equal(readFileSync(await download.path(), 'utf8'), broken, 'the download is the kept text');
    await entry.getByRole('button', { name: 'Remove E2E Small Map' }).click();
    await entry.waitFor({ state: 'detached' });
    assert.ok((await page.locator('.react-flow__node').count()) > 0, 'the map on screen still draws');
    assert.deepEqual(tracked.consoleErrors, []);
    await page.close();
  });
});
