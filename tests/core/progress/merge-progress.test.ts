import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  emptyProgress,
  importProgress,
  mergeProgress,
  parseProgress,
  progressSchema,
  serializeProgress,
  setMark,
  type Mark,
  type Progress,
} from '../../../src/core/index';
import { demoModel } from './demo-map';

const ids = demoModel.nodes.map((n) => n.id);
const T0 = Date.parse('2026-12-02T09:00:00.000Z');
const day = fc.integer({ min: 0, max: 3000 }).map((d) => new Date(Date.parse('2020-01-01T00:00:00Z') + d * 86_400_000).toISOString().slice(0, 10));
const editArb = fc.record({ id: fc.constantFrom(...ids), mark: fc.constantFrom<Mark | null>('done', 'doing', 'planned', null), on: day });

/** Reads what a tab wrote, as the other tab would: through the stored text. */
const reread = (p: Progress): Progress => {
  const parsed = parseProgress(serializeProgress(p, new Date(T0)), demoModel);
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.progress;
};

describe('mergeProgress', () => {
  it('keeps marks two tabs set on different nodes at the same moment', () => {
    const same = { at: new Date('2026-12-02T10:00:00Z') };
    const a = setMark(emptyProgress('demo-map'), 'cert-identity', 'done', same);
    const b = setMark(emptyProgress('demo-map'), 'cert-cloud', 'done', same);
    expect(mergeProgress(a, b).marks).toEqual({ 'cert-cloud': 'done', 'cert-identity': 'done' });
    expect(mergeProgress(b, a)).toEqual(mergeProgress(a, b));
  });

  it('takes the newest change per node, a clear included (no resurrection)', () => {
    const marked = setMark(emptyProgress('demo-map'), 'cert-identity', 'done', { at: new Date('2026-12-02T10:00:00Z') });
    const cleared = setMark(marked, 'cert-identity', null, { at: new Date('2026-12-02T10:00:01Z') });
    expect(mergeProgress(marked, cleared).marks).toEqual({});
    expect(mergeProgress(cleared, marked).marks).toEqual({});
    const remarked = setMark(marked, 'cert-identity', 'planned', { at: new Date('2026-12-02T10:00:02Z') });
    expect(mergeProgress(cleared, remarked).marks).toEqual({ 'cert-identity': 'planned' });
  });

  it('lets any stamped change beat a mark saved before stamps, and merges unstamped marks by "further along"', () => {
    const old = progressSchema.parse({ mapId: 'demo-map', marks: { 'cert-identity': 'done', 'role-admin': 'planned' }, orphans: {}, dates: {}, changed: {} });
    const newer = setMark(emptyProgress('demo-map'), 'cert-identity', null, { at: new Date('2020-01-01T00:00:00Z') });
    const other = progressSchema.parse({ mapId: 'demo-map', marks: { 'role-admin': 'doing' }, orphans: {}, dates: {}, changed: {} });
    expect(mergeProgress(old, newer).marks).toEqual({ 'role-admin': 'planned' });
    expect(mergeProgress(old, other).marks).toEqual({ 'cert-identity': 'done', 'role-admin': 'doing' });
  });

  it('returns the first argument itself when the second adds nothing', () => {
    const a = setMark(emptyProgress('demo-map'), 'cert-identity', 'done', { at: new Date(T0) });
    expect(mergeProgress(a, emptyProgress('demo-map'))).toBe(a);
    expect(mergeProgress(a, reread(a))).toBe(a);
    expect(() => mergeProgress(a, emptyProgress('other-map'))).toThrow('core/progress.mergeProgress');
  });

  it('is commutative, associative and idempotent', () => {
    const progressArb = fc.array(fc.tuple(editArb, fc.integer({ min: 0, max: 20 })), { maxLength: 10 }).map((edits) =>
      edits.reduce((p, [e, t]) => setMark(p, e.id, e.mark, { at: new Date(T0 + t * 1000), on: e.on }), emptyProgress('demo-map')),
    );
    fc.assert(
      fc.property(progressArb, progressArb, progressArb, (a, b, c) => {
        expect(mergeProgress(a, b)).toEqual(mergeProgress(b, a));
        expect(mergeProgress(mergeProgress(a, b), c)).toEqual(mergeProgress(a, mergeProgress(b, c)));
        expect(mergeProgress(a, a)).toEqual(a);
      }),
      { numRuns: 300 },
    );
  });

  it('any interleaving of two tabs’ edits, saves and reloads ends where applying every edit in time order ends', () => {
    // A step is an edit in one tab, a save (read what is stored, merge, write back) or a tab taking
    // what the other wrote (the storage event). Edits get increasing stamps in the order they happen.
    const stepArb = fc.oneof(
      fc.record({ kind: fc.constant('edit' as const), tab: fc.constantFrom(0, 1), edit: editArb }),
      fc.record({ kind: fc.constantFrom('save' as const, 'receive' as const), tab: fc.constantFrom(0, 1) }),
    );
    fc.assert(
      fc.property(fc.array(stepArb, { maxLength: 40 }), (steps) => {
        const tabs: Progress[] = [emptyProgress('demo-map'), emptyProgress('demo-map')];
        let stored: Progress | null = null;
        let reference = emptyProgress('demo-map');
        let clock = 0;
        const save = (tab: number) => {
          const mine = tabs[tab] as Progress;
          const merged: Progress = stored === null ? mine : mergeProgress(reread(stored), mine);
          stored = merged;
          tabs[tab] = merged;
        };
        const receive = (tab: number) => {
          if (stored !== null) tabs[tab] = mergeProgress(tabs[tab] as Progress, reread(stored));
        };
        for (const step of steps) {
          if (step.kind === 'edit') {
            clock += 1;
            const options = { at: new Date(T0 + clock * 1000), on: step.edit.on };
            tabs[step.tab] = setMark(tabs[step.tab] as Progress, step.edit.id, step.edit.mark, options);
            reference = setMark(reference, step.edit.id, step.edit.mark, options);
          } else if (step.kind === 'save') save(step.tab);
          else receive(step.tab);
        }
        save(0);
        save(1);
        receive(0);
        expect(tabs[0]).toEqual(reference);
        expect(tabs[1]).toEqual(reference);
        const final = stored as Progress | null;
        expect(final === null ? emptyProgress('demo-map') : reread(final)).toEqual(reference);
      }),
      { numRuns: 500 },
    );
  });
});

describe('export and import', () => {
  it('importing an export into empty progress gives back the same marks, dates and orphans', () => {
    const edits = fc.array(fc.tuple(editArb, fc.integer({ min: 0, max: 50 })), { maxLength: 12 });
    const orphansArb = fc.dictionary(fc.constantFrom('gone-1', 'gone-2'), fc.constantFrom<Mark>('done', 'planned'));
    fc.assert(
      fc.property(edits, orphansArb, (list, orphans) => {
        const p = list.reduce((acc, [e, t]) => setMark(acc, e.id, e.mark, { at: new Date(T0 + t * 1000), on: e.on }), emptyProgress('demo-map'));
        const exported = serializeProgress({ ...p, orphans }, new Date(T0));
        const result = importProgress(exported, demoModel, emptyProgress('demo-map'), new Date(T0 + 86_400_000));
        if (!result.ok) throw new Error(result.message);
        expect(result.progress.marks).toEqual(p.marks);
        expect(result.progress.orphans).toEqual(orphans);
        expect(result.progress.dates).toEqual(p.dates);
        // Every imported mark is a change made at import time, so other tabs take it.
        for (const id of [...Object.keys(p.marks), ...Object.keys(orphans)]) expect(result.progress.changed[id]).toBe('2026-12-03T09:00:00.000Z');
      }),
      { numRuns: 300 },
    );
  });

  it('keeps the date earned on import, and fills a missing date from the file', () => {
    const file = setMark(emptyProgress('demo-map'), 'cert-identity', 'done', { at: new Date(T0), on: '2025-06-30' });
    const undated = progressSchema.parse({ mapId: 'demo-map', marks: { 'cert-identity': 'done' }, orphans: {}, dates: {}, changed: {} });
    const result = importProgress(serializeProgress(file, new Date(T0)), demoModel, undated, new Date(T0));
    expect(result.ok && result.progress.dates).toEqual({ 'cert-identity': '2025-06-30' });
    const dated = setMark(emptyProgress('demo-map'), 'cert-identity', 'done', { at: new Date(T0), on: '2025-01-02' });
    const kept = importProgress(serializeProgress(file, new Date(T0)), demoModel, dated, new Date(T0));
    expect(kept.ok && kept.progress.dates).toEqual({ 'cert-identity': '2025-01-02' });
  });
});
