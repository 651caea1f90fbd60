import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { ROOT, openMap, startApp, type App } from './harness';

const graph = JSON.parse(readFileSync(join(ROOT, 'graph-data/ms-102.json'), 'utf8')) as {
  nodes: { id: string; kind: string; label: string }[];
  edges: { source: string; target: string; kind: string }[];
};
const edgeKey = (e: { source: string; target: string; kind: string }) => `${e.source}->${e.target}:${e.kind}`;
/** Skill edges are drawn only for the hovered or selected node, and on a route. */
const skillEdge = (e: { kind: string }) => e.kind === 'teaches' || e.kind === 'requires';
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
    assert.ok((await page.$$('.pw-edge')).length > 0, 'edges are drawn');
    assert.deepEqual(tracked.consoleErrors, []);
    await page.close();
  });

  it('draws every edge but the skill edges as a line on screen, and the skill edges of the selected node', async () => {
    const errors: string[] = [];
    const drawnEdges = async (path: string) => {
      const tracked = await app.newPage();
      const page = await openMap(tracked, app, path);
      await page.waitForSelector('.pw-edge');
      const lines = await page.$$eval('.pw-edge', (els) =>
        els.map((g) => {
          const box = g.getBoundingClientRect();
          return { id: g.getAttribute('data-id') ?? '', focus: g.classList.contains('focus'), size: Math.max(box.width, box.height) };
        }),
      );
      await page.close();
      errors.push(...tracked.consoleErrors);
      return lines;
    };
    const rest = await drawnEdges('');
    assert.deepEqual(new Set(rest.map((e) => e.id)), new Set(graph.edges.filter((e) => !skillEdge(e)).map(edgeKey)));
    assert.deepEqual(rest.filter((e) => e.size < 1), [], 'every line has a length on screen');
    const selected = await drawnEdges('?node=ms-102');
    const skills = graph.edges.filter((e) => skillEdge(e) && (e.source === 'ms-102' || e.target === 'ms-102')).map(edgeKey);
    assert.ok(skills.length > 0);
    for (const key of skills) assert.equal(selected.find((e) => e.id === key)?.focus, true, `${key} drawn and marked as the selected node's`);
    assert.deepEqual(errors, []);
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
