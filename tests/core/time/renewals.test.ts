import { describe, expect, it } from 'vitest';
import { renewals, renewalText } from '../../../src/core/index';
import { renewalCalendar, renewalEvents } from '../../../src/core/time/renewal-calendar';
import { datesMap } from './dates-fixture';

const TODAY = '2026-12-02';

function need<T>(value: T | undefined): T {
  if (value === undefined) throw new Error('expected a renewal');
  return value;
}

describe('renewals', () => {
  const model = datesMap();

  it('gives each certification its expiry and renewal window from the rule, due first', () => {
    const list = renewals(model, [
      { id: 'base-100', earned: '2026-03-15' },
      { id: 'new-500', earned: '2025-12-01' },
      { id: 'fund-900', earned: '2024-05-01' },
      { id: 'top-900', earned: '2026-11-01' },
      { id: 'role-engineer', earned: '2026-01-01' },
    ], TODAY);
    expect(list.map((r) => [r.id, r.expires, r.windowOpens, r.state, r.daysLeft])).toEqual([
      ['new-500', '2026-12-01', '2026-06-01', 'expired', -1],
      ['base-100', '2027-03-15', '2026-09-15', 'window-open', 103],
      ['fund-900', null, null, 'no-expiry', null],
      ['top-900', null, null, 'unknown', null],
    ]);
  });

  it('puts an upcoming window after an open one and says when it opens', () => {
    const [first, second] = renewals(model, [{ id: 'new-500', earned: '2026-08-01' }, { id: 'base-100', earned: '2026-03-15' }], TODAY);
    expect(first?.id).toBe('base-100');
    expect(second).toMatchObject({ id: 'new-500', expires: '2027-08-01', windowOpens: '2027-02-01', state: 'upcoming' });
    expect(renewalText(need(first))).toBe('renewal open until 2027-03-15 (103 days left)');
    expect(renewalText(need(second))).toBe('valid until 2027-08-01; renewal opens 2027-02-01');
  });

  it('says a certification past its retirement date can no longer be renewed', () => {
    const [old] = renewals(model, [{ id: 'old-500', earned: '2026-07-01' }], TODAY);
    expect(old).toMatchObject({ renewable: false, state: 'upcoming', expires: '2027-07-01', windowOpens: '2027-01-01' });
    expect(renewalText(need(old))).toBe('valid until 2027-07-01; it can no longer be renewed');
  });
});

describe('renewalCalendar', () => {
  const list = renewals(datesMap(), [{ id: 'base-100', earned: '2026-03-15' }, { id: 'new-500', earned: '2025-12-01' }], TODAY);

  it('holds one event where each renewal window opens and one at each expiry, in date order', () => {
    expect(renewalEvents(list).map((e) => [e.id, e.kind, e.date])).toEqual([
      ['new-500', 'window-opens', '2026-06-01'],
      ['base-100', 'window-opens', '2026-09-15'],
      ['new-500', 'expires', '2026-12-01'],
      ['base-100', 'expires', '2027-03-15'],
    ]);
  });

  it('writes an RFC 5545 calendar of all-day events with stable UIDs', () => {
    const ics = renewalCalendar(list, TODAY);
    const unfolded = ics.replace(/\r\n[ \t]/g, '');
    expect(unfolded.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
    expect(unfolded.trimEnd().endsWith('END:VCALENDAR')).toBe(true);
    const events = unfolded.split('BEGIN:VEVENT').slice(1).map((block) => {
      const field = (name: string) => new RegExp(`\\r\\n${name}[:;]([^\\r]*)`).exec(`\r\n${block}`)?.[1];
      return [field('UID'), field('SUMMARY'), field('DTSTART'), field('DTEND'), field('DTSTAMP')];
    });
    expect(events).toEqual([
      ['new-500-window-opens-2026-06-01@pathwise', 'Renewal opens: NEW-500 Exam', 'VALUE=DATE:20260601', 'VALUE=DATE:20260602', '20261202T000000Z'],
      ['base-100-window-opens-2026-09-15@pathwise', 'Renewal opens: BASE-100 Exam', 'VALUE=DATE:20260915', 'VALUE=DATE:20260916', '20261202T000000Z'],
      ['new-500-expires-2026-12-01@pathwise', 'Expires: NEW-500 Exam', 'VALUE=DATE:20261201', 'VALUE=DATE:20261202', '20261202T000000Z'],
      ['base-100-expires-2027-03-15@pathwise', 'Expires: BASE-100 Exam', 'VALUE=DATE:20270315', 'VALUE=DATE:20270316', '20261202T000000Z'],
    ]);
    expect(ics.split('\r\n').every((line) => new TextEncoder().encode(line).length <= 75)).toBe(true);
  });

  it('refuses to write a calendar with no dates in it', () => {
    const none = renewals(datesMap(), [{ id: 'fund-900', earned: '2024-01-01' }], TODAY);
    expect(() => renewalCalendar(none, TODAY)).toThrow('core/time.renewalCalendar: no renewal has a date to put in a calendar');
  });
});
