// My progress: marking nodes from details and with keys, counts per career path, saving across
// reloads, export and import (merge; a corrupt file changes nothing), unreadable saved data,
// routes from what is done, and gap analysis toward a target role.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import {
  loadGraphText,
  progressStorageKey,
  type Mark,
  type PathwiseGraph,
} from '../../src/core/index';
import { ROOT, clickNode, detailsHeading, openMap, searchAndChoose, settledViewport, startApp, type App, type TrackedPage } from './harness';

const loaded = loadGraphText(readFileSync(join(ROOT, 'graph-data/ms-102.json'), 'utf8'));
if (!loaded.ok) throw new Error('e2e: the default map does not load');
const model: PathwiseGraph = loaded.graph;
const MAP_ID = 'ms-102-roadmap';
const KEY = progressStorageKey(MAP_ID);
const TARGET = 'role-cloud-solutions-architect';

const labelOf = (id: string): string => model.byId.get(id)?.label ?? id;

/** Waits until the node carries `progress-<mark>` (or no progress class when `mark` is null). */
async function waitForMark(page: Page, id: string, mark: Mark | null): Promise<void> {
  await page.waitForFunction(
    ({ nodeId, want }) => {
      const el = document.querySelector(`.react-flow__node[data-id="${nodeId}"]`);
      if (el === null) return false;
      const marks = [...el.classList].filter((c) => c.startsWith('progress-'));
      return want === null ? marks.length === 0 : marks.length === 1 && marks[0] === `progress-${want}`;
    },
    { nodeId: id, want: mark },
    { timeout: 5_000 },
  );
}

/** Track label → the "N of M" text shown in My progress. */
async function shownCounts(page: Page): Promise<Record<string, string>> {
  return page.$$eval('.track-counts li', (items) =>
    Object.fromEntries(items.map((li) => [li.querySelector('span')?.textContent ?? '', li.querySelector('.count')?.textContent ?? ''])),
  );
}

function progressDocument(marks: Record<string, Mark>): string {
  return JSON.stringify({ format: 'pathwise-progress', version: 1, mapId: MAP_ID, savedAt: '2026-11-30T12:00:00.000Z', marks, orphans: {} });
}

describe('my progress', () => {
  let app: App;
  let dir: string;
  before(async () => {
    app = await startApp();
    dir = mkdtempSync(join(tmpdir(), 'pathwise-progress-'));
  });
  after(async () => {
    await app.close();
    rmSync(dir, { recursive: true, force: true });
  });

  /**
   * A page on the map with saved progress set to `saved` (raw text) or cleared, before the app
   * loads. The browser profile is shared by the tests, so the first load of each page resets it;
   * reloads keep what the app saved (sessionStorage remembers the page was seeded).
   */
  async function freshMap(saved: string | null = null, path = ''): Promise<{ tracked: TrackedPage; page: Page }> {
    const tracked = await app.newPage();
    await tracked.page.addInitScript(
      ({ key, value }) => {
        try {
          if (sessionStorage.getItem('e2e-seeded') !== null) return;
          sessionStorage.setItem('e2e-seeded', '1');
          localStorage.clear();
          if (value !== null) localStorage.setItem(key, value);
        } catch {
          // a document without storage (about:blank): nothing to seed
        }
      },
      { key: KEY, value: saved },
    );
    const page = await openMap(tracked, app, path);
    return { tracked, page };
  }

  it('marks a node done from its details and in progress, planned, cleared and done with the keys D, I, P, U', async () => {
    const { tracked, page } = await freshMap(null, '?node=az-104');
    await page.waitForSelector('#details-title');
    const marks = page.getByRole('group', { name: 'My progress' });
    await marks.getByRole('button', { name: /Done/ }).click();
    await waitForMark(page, 'az-104', 'done');
    assert.equal(await marks.getByRole('button', { name: /Done/ }).getAttribute('aria-pressed'), 'true');

    await settledViewport(page);
    await clickNode(page, 'az-305');
    await page.waitForFunction((label) => document.querySelector('#details-title')?.textContent === label, labelOf('az-305'));
    for (const [key, mark] of [['i', 'doing'], ['p', 'planned'], ['u', null], ['d', 'done']] as const) {
      await page.keyboard.press(key);
      await waitForMark(page, 'az-305', mark);
    }
    assert.equal(await detailsHeading(page), labelOf('az-305'), 'the keys do not move the selection');
    await waitForMark(page, 'az-104', 'done');
    assert.deepEqual(tracked.consoleErrors, []);
    await page.close();
  });

  it('counts marks per career path in My progress and keeps them after a reload', async () => {
    const { page } = await freshMap(null, '?node=az-104');
    await page.getByRole('button', { name: 'My progress', exact: true }).click();
    await page.locator('.track-counts li').first().waitFor();
    const none = await shownCounts(page);
    // One line per career path of the map file, each "0 of N" with N at least 1.
    assert.deepEqual(Object.keys(none).sort(), model.tracks.map((t) => t.label).sort(), 'a count for every career path');
    for (const [track, text] of Object.entries(none)) assert.match(text, /^0 of [1-9]\d*$/, `${track}: nothing done yet`);

    await page.getByRole('group', { name: 'My progress' }).getByRole('button', { name: /Done/ }).click();
    await waitForMark(page, 'az-104', 'done');
    // AZ-104 is in two career paths: those two counts move, the others stay.
    const want = { ...none, 'Cloud infrastructure and architecture': '1 of 21', 'Keeping the certification current and building a portfolio': '1 of 16' };
    assert.equal(none['Cloud infrastructure and architecture'], '0 of 21');
    assert.equal(none['Keeping the certification current and building a portfolio'], '0 of 16');
    assert.deepEqual(await shownCounts(page), want, 'AZ-104 counts in each of its career paths');

    const saved = JSON.parse((await page.evaluate((key) => localStorage.getItem(key), KEY)) ?? '{}') as { marks?: Record<string, string> };
    assert.deepEqual(saved.marks, { 'az-104': 'done' }, `saved under ${KEY}`);
    await page.reload();
    await page.waitForSelector('.react-flow__node');
    await waitForMark(page, 'az-104', 'done');
    // The open panel is part of the URL, so the reload shows it again.
    assert.match(page.url(), /panel=progress/);
    await page.locator('.track-counts li').first().waitFor();
    assert.deepEqual(await shownCounts(page), want, 'the counts survive a reload');
    await page.close();
  });

  it('exports progress as a JSON file, imports a file by merging, and keeps marks when the imported file is corrupt', async () => {
    const { tracked, page } = await freshMap(progressDocument({ 'az-104': 'done', 'az-305': 'planned' }));
    await waitForMark(page, 'az-104', 'done');
    await page.getByRole('button', { name: 'My progress', exact: true }).click();
    const panel = page.locator('section.progress-panel');
    await panel.waitFor();

    const download = page.waitForEvent('download');
    await panel.getByRole('button', { name: 'Export progress' }).click();
    const file = await download;
    assert.match(file.suggestedFilename(), /\.json$/);
    assert.match(file.suggestedFilename(), new RegExp(MAP_ID));
    const exported = JSON.parse(readFileSync(await file.path(), 'utf8')) as { format: string; mapId: string; marks: Record<string, string> };
    assert.equal(exported.format, 'pathwise-progress');
    assert.equal(exported.mapId, MAP_ID);
    assert.deepEqual(exported.marks, { 'az-104': 'done', 'az-305': 'planned' });

    // Import: AZ-305 moves further along, SC-100 is new, AZ-104 (not in the file) stays done.
    const importPath = join(dir, 'import.json');
    writeFileSync(importPath, progressDocument({ 'az-305': 'done', 'sc-100': 'planned' }));
    await panel.getByLabel('Progress file to import').setInputFiles(importPath);
    await panel.getByRole('status').waitFor();
    await waitForMark(page, 'az-305', 'done');
    await waitForMark(page, 'sc-100', 'planned');
    await waitForMark(page, 'az-104', 'done');

    const corruptPath = join(dir, 'corrupt.json');
    writeFileSync(corruptPath, '{"format": "pathwise-progress", "marks": {"az-104": ');
    await panel.getByLabel('Progress file to import').setInputFiles(corruptPath);
    const alert = panel.getByRole('alert');
    await alert.waitFor();
    assert.match((await alert.textContent()) ?? '', /Nothing was changed/);
    for (const [id, mark] of [['az-104', 'done'], ['az-305', 'done'], ['sc-100', 'planned']] as const) await waitForMark(page, id, mark);
    const saved = JSON.parse((await page.evaluate((key) => localStorage.getItem(key), KEY)) ?? '{}') as { marks?: Record<string, string> };
    assert.deepEqual(saved.marks, { 'az-104': 'done', 'az-305': 'done', 'sc-100': 'planned' }, 'the saved marks are unchanged');
    assert.deepEqual(tracked.consoleErrors, []);
    await page.close();
  });

  it('shows a notice with a reset option when saved progress is unreadable, and does not crash', async () => {
    const corrupt = '{"format":"pathwise-progress","version":1,"marks":{"az-104":"finished"';
    const { tracked, page } = await freshMap(corrupt);
    assert.ok((await page.locator('.react-flow__node').count()) > 0, 'the map draws');
    const notice = page.locator('.notices .notice');
    await notice.first().waitFor();
    assert.match((await notice.allTextContents()).join(' '), /saved progress .* could not be read/i);
    assert.equal(await page.evaluate((key) => localStorage.getItem(key), KEY), corrupt, 'the unreadable text is kept untouched');

    await page.getByRole('button', { name: 'My progress', exact: true }).click();
    const panel = page.locator('section.progress-panel');
    const alert = panel.getByRole('alert');
    await alert.waitFor();
    assert.ok(await alert.getByRole('button', { name: 'Download the unreadable data' }).isVisible());
    await alert.getByRole('button', { name: 'Reset progress' }).click();
    await alert.waitFor({ state: 'detached' });
    assert.equal(await page.evaluate((key) => localStorage.getItem(key), KEY), null, 'reset removes the unreadable data');

    // Saving works again after the reset.
    await page.goto(new URL('?node=az-104', app.url).toString());
    await page.waitForSelector('#details-title');
    await page.getByRole('group', { name: 'My progress' }).getByRole('button', { name: /Done/ }).click();
    await waitForMark(page, 'az-104', 'done');
    const saved = JSON.parse((await page.evaluate((key) => localStorage.getItem(key), KEY)) ?? '{}') as { marks?: Record<string, string> };
    assert.deepEqual(saved.marks, { 'az-104': 'done' }, 'the new mark is saved');
    assert.deepEqual(tracked.consoleErrors, []);
    await page.close();
  });

  it('plans a route that starts from what is marked done', async () => {
    const held = ['role-m365-administrator', 'az-104'];
    const { page } = await freshMap(progressDocument({ 'role-m365-administrator': 'done', 'az-104': 'done' }));
    await page.getByRole('button', { name: 'Plan a route' }).click();
    const region = page.getByRole('region', { name: 'Route' });
    await searchAndChoose(page, 'Cloud Solutions Architect', labelOf(TARGET), 'Route to');
    const fromDone = region.getByRole('checkbox', { name: /Start from what I have marked done \(2\)/ });
    await fromDone.check();
    const want = ['az-104', 'az-305', 'role-cloud-solutions-architect'];
    await page.waitForFunction(
      (ids) => [...document.querySelectorAll('.react-flow__node.on-route')].map((el) => el.getAttribute('data-id')).sort().join() === ids.join(),
      want,
      { timeout: 10_000 },
    );
    assert.equal(await region.getByRole('combobox', { name: 'Route from', exact: true }).inputValue(), "Everything I've done (2)");
    const steps = await region.getByRole('list', { name: 'Route steps' }).locator('.step-name').allTextContents();
    assert.ok(!steps.slice(1).some((label) => held.map(labelOf).includes(label)), 'no step asks again for what is done');
    await page.close();
  });

  it('lists what is still needed for a target role in the gap analysis', async () => {
    const { page } = await freshMap(progressDocument({ 'az-104': 'done' }));
    await page.getByRole('button', { name: 'My progress', exact: true }).click();
    await searchAndChoose(page, 'Cloud Solutions Architect', labelOf(TARGET), 'Target role for gap analysis');
    const gaps = page.locator('.progress-panel .gaps');
    await gaps.waitFor();
    assert.equal(
      ((await gaps.locator('p').first().textContent()) ?? '').trim(),
      'Cloud Solutions Architect needs 4 things you do not hold yet. Taking 1 certification (AZ-305 Azure Solutions Architect) closes 4 of 4.',
    );
    const needed = (await gaps.locator('h3:text-is("Still needed") + ul > li').allTextContents()).map((t) => t.trim());
    const wanted = ['Azure infrastructure design', 'Identity, governance and monitoring design', 'Data storage design', 'Business continuity design'];
    assert.equal(needed.length, wanted.length);
    for (const [i, label] of wanted.entries()) assert.ok((needed[i] ?? '').startsWith(label), `need ${String(i + 1)}: ${label}, got "${needed[i] ?? ''}"`);
    const plan = await gaps.locator('ol li button').allTextContents();
    assert.deepEqual(plan, ['AZ-305 Azure Solutions Architect'], 'the certification that closes the most');
    await page.close();
  });
});
