// Opening other maps: the shipped ones from the picker or a ?graph= link, your own file from the
// file input or by dropping it on the page, and a broken file listed problem by problem while the
// map on screen stays.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { ROOT, drawnNodeIds, openMap, startApp, type App } from './harness';

const FIXTURES = join(ROOT, 'tests/e2e/fixtures');

/** Ids of the nodes a map file draws (tracks are not drawn). */
function drawableIds(path: string): string[] {
  const file = JSON.parse(readFileSync(path, 'utf8')) as { nodes: { id: string; kind: string }[] };
  return file.nodes.filter((n) => n.kind !== 'track').map((n) => n.id).sort();
}

const CYBER = join(ROOT, 'graph-data/cybersecurity-foundations.json');
const DEFAULT = join(ROOT, 'graph-data/ms-102.json');

/** Waits until exactly the given nodes are drawn. */
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

describe('opening other maps', () => {
  let app: App;
  before(async () => {
    app = await startApp();
    // Each test starts from the default map: a map opened by an earlier test is kept and would
    // otherwise come back on the next page (tests/e2e/kept-maps.e2e.ts covers that).
    await app.context.addInitScript({ content: "try { localStorage.removeItem('pathwise.last-map'); } catch {}" });
  });
  after(async () => {
    await app.close();
  });

  it('lists both shipped maps in the picker and switches to the cybersecurity map', async () => {
    const tracked = await app.newPage();
    const page = await openMap(tracked, app);
    const picker = page.getByLabel('Map', { exact: true });
    await page.waitForFunction(() => document.querySelectorAll('#map-select option').length >= 3);
    const options = await picker.locator('option').allTextContents();
    assert.ok(options.includes('MS-102 Roadmap') && options.includes('Cybersecurity Foundations'), `options: ${options.join(' | ')}`);
    assert.equal(await picker.inputValue(), 'maps/ms-102.json', 'the default map is chosen');
    await picker.selectOption('maps/cybersecurity-foundations.json');
    await waitForNodes(page, drawableIds(CYBER));
    assert.equal(new URL(page.url()).searchParams.get('graph'), 'maps/cybersecurity-foundations.json');
    assert.equal(await picker.inputValue(), 'maps/cybersecurity-foundations.json');
    assert.deepEqual(tracked.consoleErrors, []);
    await page.close();
  });

  it('opens the cybersecurity map from a ?graph= link, and applies the link\'s node', async () => {
    const tracked = await app.newPage();
    const ids = drawableIds(CYBER);
    const page = await openMap(tracked, app, '?graph=maps/cybersecurity-foundations.json&node=comptia-security-plus');
    await waitForNodes(page, ids);
    await page.waitForSelector('#details-title');
    assert.match((await page.textContent('#details-title')) ?? '', /Security\+/);
    assert.deepEqual(tracked.consoleErrors, []);
    await page.close();
  });

  it('opens a valid map file chosen with the file input', async () => {
    const tracked = await app.newPage();
    const page = await openMap(tracked, app);
    await page.getByLabel('Open a map file').setInputFiles(join(FIXTURES, 'small-valid.json'));
    await waitForNodes(page, drawableIds(join(FIXTURES, 'small-valid.json')));
    const notice = page.locator('.notices .notice');
    await notice.first().waitFor();
    assert.match((await notice.allTextContents()).join(' '), /Opened “E2E Small Map” from small-valid\.json: 3 nodes/);
    assert.deepEqual(tracked.consoleErrors, []);
    await page.close();
  });

  it('opens a map file dropped on the page', async () => {
    const tracked = await app.newPage();
    const page = await openMap(tracked, app);
    const text = readFileSync(join(FIXTURES, 'small-valid.json'), 'utf8');
    const transfer = await page.evaluateHandle((body) => {
      const data = new DataTransfer();
      data.items.add(new File([body], 'dropped.json', { type: 'application/json' }));
      return data;
    }, text);
    await page.dispatchEvent('body', 'dragover', { dataTransfer: transfer });
    await page.dispatchEvent('body', 'drop', { dataTransfer: transfer });
    await waitForNodes(page, drawableIds(join(FIXTURES, 'small-valid.json')));
    assert.match((await page.locator('.notices').textContent()) ?? '', /from dropped\.json/);
    assert.deepEqual(tracked.consoleErrors, []);
    await page.close();
  });

  it('refuses a broken file with every problem, its line, path and how to fix it, and keeps the map on screen', async () => {
    const tracked = await app.newPage();
    const page = await openMap(tracked, app);
    const before = (await drawnNodeIds(page)).sort();
    assert.deepEqual(before, drawableIds(DEFAULT));
    const path = join(FIXTURES, 'broken-typo.json');
    await page.getByLabel('Open a map file').setInputFiles(path);
    const panel = page.locator('section.problems');
    await panel.waitFor();

    // The fixture's two mistakes, written out (not computed with the app's loader and formatter).
    const expected = [
      { where: 'line 15, column 7 · nodes[1].sorces', message: 'unknown key "sorces"', hint: 'check the spelling against graph-data/graph.schema.json' },
      { where: 'line 20, column 32 · edges[1].target', message: 'unknown node "role-seniro"', hint: 'use the id of a node defined in "nodes"' },
    ];
    assert.equal(((await panel.locator('#problems-title').textContent()) ?? '').trim(), 'broken-typo.json was not opened: 2 problems');
    const items = await panel.locator('.problem-list > li').allInnerTexts();
    assert.equal(items.length, 2, 'one entry per problem');
    for (const problem of expected) {
      const item = items.find((text) => text.includes(problem.where));
      assert.ok(item !== undefined, `a problem at ${problem.where}; got ${JSON.stringify(items)}`);
      assert.ok(item.includes(problem.message), `its message: ${problem.message}`);
      assert.ok(item.includes(`How to fix: ${problem.hint}`), `how to fix it: ${problem.hint}`);
    }

    assert.deepEqual((await drawnNodeIds(page)).sort(), before, 'the previous map stays drawn');
    await panel.getByRole('button', { name: 'Close problems' }).click();
    await panel.waitFor({ state: 'detached' });
    assert.deepEqual(tracked.consoleErrors, []);
    await page.close();
  });
});
