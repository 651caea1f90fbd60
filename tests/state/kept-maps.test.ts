// Your maps in IndexedDB (fake-indexeddb here; the Chromium test uses the real one): a kept map
// round-trips, a record of the wrong shape is listed with its problems, the file size limit holds,
// and a kept map that no longer validates is reported by the same loader as a file.
import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { createStore, set as idbSet } from 'idb-keyval';
import { afterEach, describe, expect, it } from 'vitest';
import { MAX_GRAPH_BYTES, loadGraphText } from '../../src/core/index';
import { checkKeptMap, keepMap, keptEntryText, keptMapKey, listKeptMaps, removeKeptMap, type KeptMap } from '../../src/state/kept-maps';
import { DEMO_EDGES, DEMO_NODES } from '../core/progress/demo-map';
import { mapFile } from '../core/progress/fixture';

const kept = (fields: Partial<KeptMap> = {}): KeptMap => ({
  mapId: 'demo-map',
  title: 'Map demo-map',
  name: 'demo.json',
  source: 'file',
  openedAt: '2026-12-02T10:00:00.000Z',
  text: JSON.stringify(mapFile('demo-map', DEMO_NODES, DEMO_EDGES)),
  ...fields,
});

afterEach(async () => {
  for (const entry of await listKeptMaps()) await removeKeptMap(entry.key);
});

describe('kept maps', () => {
  it('round-trip: any kept map reads back as stored, and its text builds the same model as the original file', async () => {
    const ids = DEMO_NODES.filter((n) => n.kind !== 'track').map((n) => n.id);
    await fc.assert(
      fc.asyncProperty(
        fc.subarray(ids, { minLength: 1 }),
        fc.string({ maxLength: 40 }),
        fc.constantFrom('file' as const, 'drop' as const, 'link' as const),
        fc.date({ min: new Date('2020-01-01T00:00:00Z'), max: new Date('2030-01-01T00:00:00Z'), noInvalidDate: true }),
        fc.constantFrom(0, 2),
        async (keep, name, source, when, indent) => {
          const nodes = DEMO_NODES.filter((n) => n.kind === 'track' || keep.includes(n.id));
          const edges = DEMO_EDGES.filter((e) => keep.includes(e.source) && keep.includes(e.target));
          const text = JSON.stringify(mapFile('demo-map', nodes, edges), null, indent);
          const map = kept({ name, source, openedAt: when.toISOString(), text });
          expect(await keepMap(map)).toBeNull();
          const [entry, ...rest] = await listKeptMaps();
          expect(rest).toEqual([]);
          expect(entry).toEqual({ key: 'map:demo-map', ok: true, map });
          const original = loadGraphText(text);
          const again = loadGraphText(entry !== undefined && entry.ok ? entry.map.text : '');
          expect(again.ok && again.graph.nodes).toEqual(original.ok && original.graph.nodes);
          expect(await checkKeptMap(map)).toEqual([]);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('keeps one copy per map id, the newest opened first', async () => {
    await keepMap(kept({ name: 'old.json', openedAt: '2026-12-01T10:00:00.000Z' }));
    await keepMap(kept({ mapId: 'other-map', title: 'Other', openedAt: '2026-12-02T09:00:00.000Z' }));
    await keepMap(kept({ name: 'new.json', openedAt: '2026-12-02T10:00:00.000Z' }));
    const list = await listKeptMaps();
    expect(list.map((e) => (e.ok ? `${e.key} ${e.map.name}` : e.key))).toEqual(['map:demo-map new.json', 'map:other-map demo.json']);
  });

  it('refuses a map over the size limit for files', async () => {
    const text = `{"pad": "${'x'.repeat(MAX_GRAPH_BYTES)}"}`;
    expect(await keepMap(kept({ text }))).toMatchObject({ code: 'too-large', message: 'the file is 20.1 MB, over the 20 MB limit' });
    expect(await listKeptMaps()).toEqual([]);
  });

  it('judges the size by the bytes the caller read, when it gives them', async () => {
    expect(await keepMap(kept({}), MAX_GRAPH_BYTES + 1)).toMatchObject({ code: 'too-large' });
    expect(await keepMap(kept({}), MAX_GRAPH_BYTES)).toBeNull();
    expect((await listKeptMaps()).length).toBe(1);
  });

  it('lists a record of the wrong shape with its problems, and offers its text for download', async () => {
    await idbSet(keptMapKey('old-format'), { mapId: 'old-format', text: '{"nodes": []}', version: 0 }, createStore('pathwise', 'kept-maps'));
    const [entry] = await listKeptMaps();
    expect(entry?.ok).toBe(false);
    if (entry === undefined || entry.ok) throw new Error('expected a broken entry');
    expect(entry.key).toBe('map:old-format');
    expect(entry.problems.map((p) => p.message)).toContain('Unrecognized key: "version"');
    expect(keptEntryText(entry)).toBe('{"nodes": []}');
  });

  it('reports the problems of a kept map that no longer validates', async () => {
    const broken = kept({ text: JSON.stringify({ schemaVersion: 1, meta: { id: 'demo-map', title: 'x', lastVerified: '2026-01-01' }, nodes: [{ id: 'a', kind: 'planet' }], edges: [] }) });
    const problems = await checkKeptMap(broken);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems[0]?.path).toEqual(['nodes', 0, 'kind']);
  });
});
