import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clearAll, emptyProgress, mergeProgress, setMark, undoClearAll, type Mark, type Progress } from '../../../src/core/index';
import { demoModel } from './demo-map';

const ids = demoModel.nodes.map((n) => n.id);
const at = (s: number) => new Date(Date.parse('2026-12-02T10:00:00.000Z') + s * 1000);
const day = fc.integer({ min: 0, max: 3000 }).map((d) => new Date(Date.parse('2020-01-01T00:00:00Z') + d * 86_400_000).toISOString().slice(0, 10));
const edits = fc.array(fc.record({ id: fc.constantFrom(...ids), mark: fc.constantFrom<Mark | null>('done', 'doing', 'planned', null), on: day }), { maxLength: 12 });

function build(list: readonly { id: string; mark: Mark | null; on: string }[]): Progress {
  return list.reduce((p, e, i) => setMark(p, e.id, e.mark, { at: at(i), on: e.on }), emptyProgress('demo-map'));
}

describe('undoClearAll', () => {
  it('brings back every mark with the day it was set or earned', () => {
    let p = setMark(emptyProgress('demo-map'), 'cert-identity', 'done', { at: at(0), on: '2025-03-15' });
    p = setMark(p, 'cert-cloud', 'planned', { at: at(1), on: '2026-11-30' });
    const cleared = clearAll(p, at(100));
    expect(cleared.marks).toEqual({});
    const undone = undoClearAll(cleared, p, at(100), at(105));
    expect(undone.marks).toEqual({ 'cert-cloud': 'planned', 'cert-identity': 'done' });
    expect(undone.dates).toEqual({ 'cert-cloud': '2026-11-30', 'cert-identity': '2025-03-15' });
    expect(undone.changed['cert-identity']).toBe('2026-12-02T10:01:45.000Z');
  });

  it('keeps a change made after the clear instead of the old mark', () => {
    const p = setMark(emptyProgress('demo-map'), 'cert-identity', 'done', { at: at(0), on: '2025-03-15' });
    const cleared = clearAll(p, at(100));
    const remarked = setMark(cleared, 'cert-identity', 'planned', { at: at(102), on: '2026-12-02' });
    const undone = undoClearAll(remarked, p, at(100), at(105));
    expect(undone.marks).toEqual({ 'cert-identity': 'planned' });
    expect(undone.dates).toEqual({ 'cert-identity': '2026-12-02' });
  });

  it('reaches another tab that took the clear: merging brings the marks back there too', () => {
    const p = setMark(emptyProgress('demo-map'), 'cert-identity', 'done', { at: at(0), on: '2025-03-15' });
    const cleared = clearAll(p, at(100));
    const otherTab = mergeProgress(p, cleared);
    expect(otherTab.marks).toEqual({});
    const undone = undoClearAll(cleared, p, at(100), at(105));
    expect(mergeProgress(otherTab, undone).marks).toEqual({ 'cert-identity': 'done' });
    expect(mergeProgress(otherTab, undone).dates).toEqual({ 'cert-identity': '2025-03-15' });
  });

  it('restores exactly what was there, for any progress (property)', () => {
    fc.assert(
      fc.property(edits, (list) => {
        const p = build(list);
        const undone = undoClearAll(clearAll(p, at(500)), p, at(500), at(501));
        expect(undone.marks).toEqual(p.marks);
        expect(undone.orphans).toEqual(p.orphans);
        expect(undone.dates).toEqual(p.dates);
      }),
      { numRuns: 300 },
    );
  });

  it('never undoes a later change, for any later edits (property)', () => {
    fc.assert(
      fc.property(edits, edits, (list, later) => {
        const p = build(list);
        const cleared = clearAll(p, at(500));
        const edited = later.reduce((q, e, i) => setMark(q, e.id, e.mark, { at: at(600 + i), on: e.on }), cleared);
        const undone = undoClearAll(edited, p, at(500), at(900));
        for (const e of later) expect(undone.marks[e.id]).toBe(edited.marks[e.id]);
        for (const id of Object.keys(p.marks)) if (!later.some((e) => e.id === id)) expect(undone.marks[id]).toBe(p.marks[id]);
      }),
      { numRuns: 300 },
    );
  });
});
