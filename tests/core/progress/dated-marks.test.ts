import { describe, expect, it } from 'vitest';
import { clearAll, earnedOn, emptyProgress, markDate, markOf, setEarnedOn, setMark } from '../../../src/core/index';

const at = (iso: string) => ({ at: new Date(iso) });

describe('dated marks', () => {
  it('records the day a mark was set: the UTC day of the change unless given', () => {
    let p = setMark(emptyProgress('demo-map'), 'cert-identity', 'doing', at('2026-10-01T23:30:00Z'));
    expect(markDate(p, 'cert-identity')).toBe('2026-10-01');
    expect(earnedOn(p, 'cert-identity')).toBeNull();
    p = setMark(p, 'cert-identity', 'done', { at: new Date('2026-12-01T23:30:00Z'), on: '2026-12-02' });
    expect(markDate(p, 'cert-identity')).toBe('2026-12-02');
    expect(earnedOn(p, 'cert-identity')).toBe('2026-12-02');
    expect(p.changed).toEqual({ 'cert-identity': '2026-12-01T23:30:00.000Z' });
  });

  it('keeps the date earned when "done" is pressed again later', () => {
    const p = setMark(emptyProgress('demo-map'), 'cert-identity', 'done', { at: new Date('2026-03-15T10:00:00Z') });
    const again = setMark(p, 'cert-identity', 'done', at('2026-12-02T10:00:00Z'));
    expect(earnedOn(again, 'cert-identity')).toBe('2026-03-15');
    expect(again.changed['cert-identity']).toBe('2026-12-02T10:00:00.000Z');
  });

  it('lets the person correct the date earned, as a stamped change', () => {
    const p = setMark(emptyProgress('demo-map'), 'cert-identity', 'done', at('2026-12-02T10:00:00Z'));
    const edited = setEarnedOn(p, 'cert-identity', '2025-11-20', new Date('2026-12-02T10:05:00Z'));
    expect(earnedOn(edited, 'cert-identity')).toBe('2025-11-20');
    expect(markOf(edited, 'cert-identity')).toBe('done');
    expect(edited.changed['cert-identity']).toBe('2026-12-02T10:05:00.000Z');
    expect(() => setEarnedOn(edited, 'role-admin', '2025-11-20')).toThrow('core/progress.setEarnedOn: "role-admin" is not marked done');
    expect(() => setEarnedOn(edited, 'cert-identity', '20/11/2025')).toThrow('core/progress.setMark: "20/11/2025" is not a date written YYYY-MM-DD');
    expect(() => setEarnedOn(edited, 'cert-identity', '2025-02-29')).toThrow('is not a date written YYYY-MM-DD');
  });

  it('clearing a mark drops its day and leaves a tombstone', () => {
    const p = setMark(emptyProgress('demo-map'), 'cert-identity', 'done', at('2026-12-01T10:00:00Z'));
    const cleared = setMark(p, 'cert-identity', null, at('2026-12-02T10:00:00Z'));
    expect(cleared).toEqual({ mapId: 'demo-map', marks: {}, orphans: {}, dates: {}, changed: { 'cert-identity': '2026-12-02T10:00:00.000Z' } });
    expect(markDate(cleared, 'cert-identity')).toBeNull();
  });

  it('clearAll clears marks and orphans with tombstones', () => {
    const p = setMark(setMark(emptyProgress('demo-map'), 'cert-identity', 'done', at('2026-12-01T10:00:00Z')), 'role-admin', 'planned', at('2026-12-01T11:00:00Z'));
    expect(clearAll({ ...p, orphans: { 'gone-node': 'done' } }, new Date('2026-12-02T00:00:00Z'))).toEqual({
      mapId: 'demo-map',
      marks: {},
      orphans: {},
      dates: {},
      changed: { 'cert-identity': '2026-12-02T00:00:00.000Z', 'gone-node': '2026-12-02T00:00:00.000Z', 'role-admin': '2026-12-02T00:00:00.000Z' },
    });
  });
});
