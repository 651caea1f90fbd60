// "Clear all progress" asks first, clears in every open tab, and Undo brings every mark back with
// its date, in every tab.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { drawnNodeIds, openMap, startApp, type App } from './harness';

const KEY = 'pathwise.progress.ms-102-roadmap';
const SAVED = {
  format: 'pathwise-progress',
  version: 2,
  mapId: 'ms-102-roadmap',
  savedAt: '2026-11-30T12:00:00.000Z',
  marks: { 'az-104': 'done', 'ms-102': 'done', 'sc-300': 'planned' },
  orphans: {},
  dates: { 'az-104': '2025-03-15', 'ms-102': '2026-06-01', 'sc-300': '2026-11-30' },
  changed: { 'az-104': '2026-11-30T11:00:00.000Z', 'ms-102': '2026-11-30T11:00:00.000Z', 'sc-300': '2026-11-30T11:00:00.000Z' },
};

const marked = async (page: Page) => ({ done: (await drawnNodeIds(page, 'progress-done')).sort(), planned: await drawnNodeIds(page, 'progress-planned') });
const focusedText = (page: Page) => page.evaluate(() => document.activeElement?.textContent ?? 'none');

describe('clear all progress', () => {
  let app: App;
  before(async () => {
    app = await startApp();
  });
  after(async () => {
    await app.close();
  });

  it('asks first, clears in every tab, and Undo restores every mark with its date in every tab', async () => {
    const trackedA = await app.newPage();
    const a = await openMap(trackedA, app);
    await a.evaluate(([key, value]) => {
      localStorage.setItem(key, value);
    }, [KEY, JSON.stringify(SAVED)] as const);
    await a.reload();
    await a.waitForSelector('.react-flow__node.progress-done');
    const trackedB = await app.newPage();
    const b = await openMap(trackedB, app);
    await b.waitForSelector('.react-flow__node.progress-done');
    const before = { done: ['az-104', 'ms-102'], planned: ['sc-300'] };
    assert.deepEqual(await marked(a), before);
    assert.deepEqual(await marked(b), before);

    await a.getByRole('button', { name: 'My progress', exact: true }).click();
    const clear = a.getByRole('button', { name: 'Clear all progress…' });
    await clear.click();
    const question = a.getByRole('group', { name: /Clear all 3 marks on this map\?/ });
    await question.waitFor();
    assert.equal(await focusedText(a), 'Cancel', 'the safe answer has focus');
    await a.keyboard.press('Escape');
    await question.waitFor({ state: 'detached' });
    assert.equal(await focusedText(a), 'Clear all progress…', 'Escape answers no and gives focus back');
    assert.ok(await a.locator('.progress-panel').isVisible(), 'the panel stays open');
    assert.deepEqual(await marked(a), before, 'nothing cleared by saying no');

    await clear.click();
    await question.getByRole('button', { name: 'Clear all', exact: true }).click();
    await a.waitForFunction(() => document.querySelector('.react-flow__node[class*="progress-"]') === null);
    await b.waitForFunction(() => document.querySelector('.react-flow__node[class*="progress-"]') === null);
    const notice = a.locator('.notice', { hasText: 'Cleared 3 marks.' });
    await notice.waitFor();
    await a.waitForFunction(() => document.activeElement?.textContent === 'Undo');
    assert.deepEqual((JSON.parse((await b.evaluate((key) => localStorage.getItem(key), KEY)) ?? '{}') as typeof SAVED).marks, {}, 'stored progress is cleared');

    await a.keyboard.press('Enter');
    await a.waitForSelector('.react-flow__node.progress-done');
    await b.waitForFunction(() => document.querySelectorAll('.react-flow__node.progress-done').length === 2);
    assert.deepEqual(await marked(a), before);
    assert.deepEqual(await marked(b), before, 'the other tab takes the undo too');
    const stored = JSON.parse((await a.evaluate((key) => localStorage.getItem(key), KEY)) ?? '{}') as typeof SAVED;
    assert.deepEqual(stored.marks, SAVED.marks);
    assert.deepEqual(stored.dates, SAVED.dates, 'every mark keeps its date (the date earned)');
    await notice.waitFor({ state: 'detached' });
    // Focus goes to the panels, never the page body.
    await a.waitForFunction(() => document.activeElement?.id === 'panels');
    assert.deepEqual(trackedA.consoleErrors, []);
    assert.deepEqual(trackedB.consoleErrors, []);
    await a.close();
    await b.close();
  });

  it('Undo waits while focus is on it; once the person moves on, it runs out after ten seconds and the clear stands', async () => {
    const tracked = await app.newPage();
    const page = await openMap(tracked, app);
    await page.evaluate(([key, value]) => {
      localStorage.setItem(key, value);
    }, [KEY, JSON.stringify(SAVED)] as const);
    await page.reload();
    await page.waitForSelector('.react-flow__node.progress-done');
    await page.getByRole('button', { name: 'My progress', exact: true }).click();
    await page.getByRole('button', { name: 'Clear all progress…' }).click();
    await page.getByRole('group', { name: /Clear all 3 marks on this map\?/ }).getByRole('button', { name: 'Clear all', exact: true }).click();
    const notice = page.locator('.notice', { hasText: 'Cleared 3 marks.' });
    await notice.waitFor();
    await page.waitForFunction(() => document.activeElement?.textContent === 'Undo');
    // Longer than the ten seconds the offer lasts: with focus on Undo it is still there (a wait is
    // the only way to show that something does not happen).
    await page.waitForTimeout(12_000);
    assert.ok(await notice.isVisible(), 'the Undo notice stays while it has focus');
    // Moving on: focus leaves the notice (the pointer is nowhere near it).
    await page.keyboard.press('Shift+Tab');
    assert.notEqual(await focusedText(page), 'Undo');
    await notice.waitFor({ state: 'detached', timeout: 30_000 });
    await page.reload();
    await page.waitForSelector('.react-flow__node');
    assert.deepEqual(await marked(page), { done: [], planned: [] }, 'the clear stands after the offer ran out');
    assert.deepEqual(tracked.consoleErrors, []);
    await page.close();
  });
});
