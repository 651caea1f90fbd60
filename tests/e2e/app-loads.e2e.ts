import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { ROOT, openMap, startApp, type App } from './harness';

const graph = JSON.parse(readFileSync(join(ROOT, 'graph-data/ms-102.json'), 'utf8')) as {
  nodes: { id: string; kind: string; label: string }[];
};
const drawable = graph.nodes.filter((n) => n.kind !== 'track');

describe('the app on the default map', () => {
  let app: App;
  before(async () => {
    app = await startApp();
  });
  after(async () => {
    await app.close();
  });

  it('draws every node of the default map, with no console errors', async () => {
    const tracked = await app.newPage();
    const page = await openMap(tracked, app);
    const ids = await page.$$eval('.react-flow__node', (els) => els.map((el) => el.getAttribute('data-id')));
    assert.deepEqual(new Set(ids), new Set(drawable.map((n) => n.id)));
    assert.ok((await page.$$('.react-flow__edge')).length > 0, 'edges are drawn');
    assert.deepEqual(tracked.consoleErrors, []);
    await page.close();
  });

  it('sends a Content-Security-Policy that allows no inline script and no other origin', async () => {
    const tracked = await app.newPage();
    const page = await openMap(tracked, app);
    const csp = await page.$eval('meta[http-equiv="Content-Security-Policy"]', (el) => el.getAttribute('content') ?? '');
    assert.match(csp, /script-src 'self'(;|$)/);
    assert.doesNotMatch(csp, /unsafe-eval|https?:/);
    await page.close();
  });
});
