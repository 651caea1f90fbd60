// The level-of-detail classes on the canvas root follow the zoom and survive a theme change
// (they are set by LevelClasses, outside ReactFlow's own className).
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { openMap, settledViewport, startApp, type App } from './harness';

describe('level-of-detail classes', () => {
  let app: App;
  before(async () => {
    app = await startApp();
  });
  after(async () => {
    await app.close();
  });

  it('follow the zoom in and out, through a theme change', async () => {
    const tracked = await app.newPage();
    const page = await openMap(tracked, app);
    await settledViewport(page);
    const lod = (): Promise<string[]> => page.evaluate(() => [...(document.querySelector('.react-flow')?.classList ?? [])].filter((c) => c.startsWith('lod-')).sort());
    // The first view of the whole map is far: poster labels, no titles. lod-20 is the last level
    // (every detail), lod-0 the first (shapes only).
    assert.ok((await lod()).includes('lod-far'), `first view: ${(await lod()).join(' ')}`);
    const pane = await page.locator('.react-flow__pane').boundingBox();
    assert.ok(pane !== null);
    const centre = { x: pane.x + pane.width / 2, y: pane.y + pane.height / 2 };
    await page.mouse.move(centre.x, centre.y);
    for (let i = 0; i < 8; i++) await page.mouse.wheel(0, -200);
    await page.waitForFunction(() => document.querySelector('.react-flow')?.classList.contains('lod-20') === true);
    assert.deepEqual(await lod(), ['lod-20']);
    const dark = await page.locator('.react-flow.dark').count();
    await page.getByRole('button', { name: /^Theme: / }).click();
    await page.locator(dark === 0 ? '.react-flow.dark' : '.react-flow.light').waitFor();
    assert.deepEqual(await lod(), ['lod-20'], 'the theme change keeps the level');
    await page.mouse.move(centre.x, centre.y);
    for (let i = 0; i < 14; i++) await page.mouse.wheel(0, 300);
    await page.waitForFunction(() => document.querySelector('.react-flow')?.classList.contains('lod-0') === true);
    assert.deepEqual(await lod(), ['lod-0', 'lod-far']);
    assert.deepEqual(tracked.consoleErrors, []);
    await page.close();
  });
});
