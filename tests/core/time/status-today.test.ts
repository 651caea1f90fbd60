import { describe, expect, it } from 'vitest';
import { statusNotice, statusNotices } from '../../../src/core/index';
import { datesMap } from './dates-fixture';

describe('statusNotice', () => {
  const model = datesMap();
  const notice = (id: string, today: string) => {
    const node = model.byId.get(id);
    if (node === undefined) throw new Error(`fixture lacks ${id}`);
    return statusNotice(node, model.meta, today);
  };

  it('says when a retirement date has passed and since when the status is unchecked', () => {
    expect(notice('old-500', '2026-12-02')).toEqual({
      kind: 'retirement-passed',
      id: 'old-500',
      date: '2026-08-31',
      checked: '2026-08-22',
      replacement: 'new-500',
      text: 'retirement date passed (2026-08-31); not checked since 2026-08-22',
    });
  });

  it('treats the retirement day itself as not yet passed', () => {
    expect(notice('old-500', '2026-08-31')).toBeNull();
    expect(notice('old-500', '2026-09-01')?.kind).toBe('retirement-passed');
  });

  it('says when a beta exam is past its expected release', () => {
    expect(notice('new-500', '2026-12-02')?.text).toBe('expected release date passed (2026-07-31); not checked since 2026-08-22');
    expect(notice('new-500', '2026-07-31')).toBeNull();
  });

  it('has nothing to say of active exams and other kinds', () => {
    expect(notice('base-100', '2026-12-02')).toBeNull();
    expect(notice('role-engineer', '2026-12-02')).toBeNull();
    expect(statusNotices(model, '2026-12-02').map((n) => n.id)).toEqual(['old-500', 'new-500']);
  });
});
