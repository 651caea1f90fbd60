// Hostile map files: each is refused with a clear message or loads safely; no script in the data
// ever runs (no dialog, no window.__pwned), the page stays responsive, and the map on screen stays
// when a file is refused.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { PNG } from 'pngjs';
import type { Page } from 'playwright-core';
import { ROOT, openMap, startApp, type App, type TrackedPage } from './harness';

const FIXTURES = join(ROOT, 'tests/e2e/fixtures');

/** A valid one-node map whose node description is `description`. */
function mapWithDescription(description: string): string {
  return JSON.stringify({
    schemaVersion: 1,
    meta: { id: 'e2e-long-text', title: 'E2E Long Text', lastVerified: '2026-11-30' },
    nodes: [{ id: 'role-long', kind: 'role', label: 'Long description', seniority: 'entry', description }],
    edges: [],
  });
}

/** A valid map with `count` roles in chains of ten. */
function bigMap(count: number): string {
  const nodes: string[] = [];
  const edges: string[] = [];
  for (let i = 0; i < count; i += 1) {
    nodes.push(`{"id":"role-n${String(i)}","kind":"role","label":"Role ${String(i)}","seniority":"entry"}`);
    if (i % 10 !== 9 && i + 1 < count) edges.push(`{"source":"role-n${String(i)}","target":"role-n${String(i + 1)}","kind":"leads-to"}`);
  }
  return `{"schemaVersion":1,"meta":{"id":"e2e-big","title":"E2E Big","lastVerified":"2026-11-30"},"nodes":[${nodes.join(',\n')}],"edges":[${edges.join(',\n')}]}`;
}

/** Asserts that nothing from the data ran as script. */
async function assertNoScriptRan(tracked: TrackedPage): Promise<void> {
  assert.deepEqual(tracked.dialogs, [], 'no dialog opened');
  assert.equal(await tracked.page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned), undefined, 'window.__pwned is not set');
  assert.equal(
    await tracked.page.evaluate(() => (Object.prototype as Record<string, unknown>).polluted),
    undefined,
    'Object.prototype is not polluted',
  );
}

describe('hostile map files', () => {
  let app: App;
  let dir: string;
  let tracked: TrackedPage;
  let page: Page;
  const generated: Record<string, string> = {};

  before(async () => {
    app = await startApp();
    dir = mkdtempSync(join(tmpdir(), 'pathwise-hostile-'));
    const write = (name: string, data: string | Buffer) => {
      const path = join(dir, name);
      writeFileSync(path, data);
      generated[name] = path;
    };
    write('long-description.json', mapWithDescription('A'.repeat(10 * 1024 * 1024)));
    write('deeply-nested.json', `${'['.repeat(100_000)}${']'.repeat(100_000)}`);
    write('invalid-utf8.json', Buffer.concat([Buffer.from('{\n  "schemaVersion": 1,\n  "meta": { "title": "'), Buffer.from([0xff, 0xfe, 0xc3]), Buffer.from('" }\n}\n')]));
    write('picture.png', PNG.sync.write(new PNG({ width: 8, height: 8 })));
    write('too-large.json', `${' '.repeat(21 * 1024 * 1024)}{}`);
    write('fifty-thousand.json', bigMap(50_000));
    // Refused files all go through one page on the default map: the map must survive each of them.
    tracked = await app.newPage();
    page = await openMap(tracked, app);
  });
  after(async () => {
    await app.close();
    rmSync(dir, { recursive: true, force: true });
  });

  /** Opens a file with the file input on the shared page and returns the problems panel's text. */
  async function refusedText(path: string): Promise<string> {
    const panel = page.locator('section.problems');
    if (await panel.isVisible()) {
      await panel.getByRole('button', { name: 'Close problems' }).click();
      await panel.waitFor({ state: 'detached' });
    }
    await page.getByLabel('Open a map file').setInputFiles(path);
    await panel.waitFor({ timeout: 20_000 });
    const text = await panel.innerText();
    assert.ok((await page.locator('.react-flow__node[data-id="ms-102"]').count()) === 1, 'the default map is still drawn');
    await assertNoScriptRan(tracked);
    assert.deepEqual(tracked.consoleErrors, []);
    return text;
  }

  it('refuses javascript: and data: links, each with its place in the file', async () => {
    const text = await refusedText(join(FIXTURES, 'javascript-links.json'));
    assert.match(text, /was not opened: 5 problems/);
    assert.equal((text.match(/not a "javascript:" link/g) ?? []).length, 3);
    assert.equal((text.match(/not a "data:" link/g) ?? []).length, 2);
    assert.match(text, /line 7, column 17 · meta\.sources\[0\]/);
  });

  it('refuses __proto__ and constructor keys as unknown keys without polluting anything', async () => {
    const text = await refusedText(join(FIXTURES, 'proto-keys.json'));
    assert.match(text, /was not opened: 4 problems/);
    assert.match(text, /unknown key "__proto__"/);
    assert.match(text, /unknown key "constructor"/);
  });

  it('refuses a 10 MB description with a length message', async () => {
    const text = await refusedText(generated['long-description.json'] ?? '');
    assert.match(text, /nodes\[0\]\.description/);
    assert.match(text, /at most 4000 characters/);
  });

  it('refuses 100,000 nested arrays as not a map, without a crash', async () => {
    const text = await refusedText(generated['deeply-nested.json'] ?? '');
    assert.match(text, /must be a JSON object, not an array/);
  });

  it('refuses invalid UTF-8 with the line it is on', async () => {
    const text = await refusedText(generated['invalid-utf8.json'] ?? '');
    assert.match(text, /not valid UTF-8/);
    assert.match(text, /line 3, column/);
    assert.match(text, /How to fix: save the file as UTF-8/);
  });

  it('refuses a JSON array, an empty file, a CSV file and a PNG file, each with a clear message', async () => {
    assert.match(await refusedText(join(FIXTURES, 'not-an-object.json')), /must be a JSON object, not an array/);
    assert.match(await refusedText(join(FIXTURES, 'empty.json')), /the file is empty/);
    assert.match(await refusedText(join(FIXTURES, 'not-json.csv')), /not valid JSON/);
    const png = await refusedText(generated['picture.png'] ?? '');
    assert.match(png, /not valid UTF-8|not valid JSON/);
  });

  it('refuses a file over 20 MB by its size, before reading it', async () => {
    const started = Date.now();
    const text = await refusedText(generated['too-large.json'] ?? '');
    assert.match(text, /the file is 21\.0 MB, over the 20(\.0)? MB limit/);
    assert.match(text, /whole file/);
    assert.ok(Date.now() - started < 15_000, 'refused quickly');
  });

  it('draws labels and descriptions with markup as text, running nothing', async () => {
    const own = await app.newPage();
    const view = await openMap(own, app);
    await view.getByLabel('Open a map file').setInputFiles(join(FIXTURES, 'hostile-labels.json'));
    await view.waitForSelector('.react-flow__node[data-id="role-script"]', { timeout: 20_000 });
    const titles = await view.$$eval('.react-flow__node .pw-title', (els) => els.map((el) => el.textContent));
    assert.ok(titles.includes('<script>window.__pwned=1</script>'), `the script label is text: ${JSON.stringify(titles)}`);
    assert.ok(titles.includes('<img src=x onerror=window.__pwned=1>'));
    assert.ok(titles.includes('<svg onload=window.__pwned=1></svg>'));
    assert.equal(await view.locator('.react-flow__node img, .react-flow__node script, .react-flow__node iframe').count(), 0, 'no element made from data');

    await view.locator('.react-flow__node[data-id="role-img"]').click();
    await view.waitForSelector('#details-title');
    assert.equal(await view.textContent('#details-title'), '<img src=x onerror=window.__pwned=1>');
    assert.equal(await view.textContent('section.details .description'), '<img src=x onerror=window.__pwned=1> in a description');
    assert.equal(await view.locator('section.details img, section.details script, section.details iframe').count(), 0);
    await assertNoScriptRan(own);
    assert.deepEqual(own.consoleErrors, []);
    await view.close();
  });

  it(
    'takes a 50,000-node map without freezing the page: it shows its progress and answers while it works',
    async () => {
      const own = await app.newPage();
      const view = await openMap(own, app);
      await view.getByLabel('Open a map file').setInputFiles(generated['fifty-thousand.json'] ?? '');
      // Ask the page what it shows until the new map or a message is there. A frozen page could not
      // answer while the layout runs, so answers that report "Laying out" prove the work is off the
      // main thread (no timing: the machine's load must not decide this test).
      const answersWhileLaying: string[] = [];
      let outcome = '';
      const started = Date.now();
      while (outcome === '' && answersWhileLaying.length < 3 && Date.now() - started < 120_000) {
        const state = await view.evaluate(() => ({
          laying: document.querySelector('.status-pill[role="status"]')?.textContent ?? '',
          problems: document.querySelector('section.problems')?.textContent ?? '',
          big: document.querySelector('.react-flow__node[data-id^="role-n"]') !== null,
        }));
        if (state.problems !== '') outcome = `refused: ${state.problems.slice(0, 120)}`;
        else if (state.big) outcome = 'drawn';
        else if (state.laying !== '') answersWhileLaying.push(state.laying);
        await view.waitForTimeout(200);
      }
      // Laid out and drawn, or refused with a clear message, or still laying out while answering.
      assert.ok(
        outcome !== '' || answersWhileLaying.length >= 3,
        `the page shows the map, a message, or its progress while it answers (answers: ${JSON.stringify(answersWhileLaying)})`,
      );
      await assertNoScriptRan(own);
      await view.close();
    },
  );
});
