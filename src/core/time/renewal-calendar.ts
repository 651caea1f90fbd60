import { createEvents, type EventAttributes } from 'ics';
import { addDays } from './calendar-date';
import type { Renewal } from './renewals';

/** One calendar event of a renewal: the day its window opens or the day it expires. */
export interface RenewalEvent {
  readonly id: string;
  readonly kind: 'window-opens' | 'expires';
  readonly date: string;
  readonly title: string;
}

/**
 * The events a renewal calendar holds: one on the day each renewal window opens and one on each
 * expiry date, in date order. Renewals that never expire add none.
 * @example renewalEvents([ms102])
 * // [{ kind: 'window-opens', date: '2026-09-15', … }, { kind: 'expires', date: '2027-03-15', … }]
 */
export function renewalEvents(list: readonly Renewal[]): RenewalEvent[] {
  const events: RenewalEvent[] = [];
  for (const r of list) {
    if (r.windowOpens !== null) events.push({ id: r.id, kind: 'window-opens', date: r.windowOpens, title: `Renewal opens: ${r.label}` });
    if (r.expires !== null) events.push({ id: r.id, kind: 'expires', date: r.expires, title: `Expires: ${r.label}` });
  }
  return events.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/**
 * An iCalendar file (RFC 5545, written by the `ics` library) with an all-day event where each
 * renewal window opens and one at each expiry. `today` stamps the events (DTSTAMP), so the same
 * input gives the same file; UIDs are stable per certification, event and date, so importing a
 * newer file updates events rather than repeating them.
 * @example renewalCalendar([ms102], '2026-12-02') // 'BEGIN:VCALENDAR\r\n…DTSTART;VALUE=DATE:20260915…'
 */
export function renewalCalendar(list: readonly Renewal[], today: string): string {
  const stamp = `${today.replaceAll('-', '')}T000000Z`;
  const byId = new Map(list.map((r) => [r.id, r]));
  const events: EventAttributes[] = renewalEvents(list).map((event) => {
    const r = byId.get(event.id);
    const lines = [
      r?.credential ?? '',
      event.kind === 'window-opens'
        ? `The renewal window opens today and closes on ${r?.expires ?? ''}.`
        : `Expires today (earned or last renewed ${r?.earned ?? ''}).`,
      r?.rule ?? '',
      r?.renewable === false ? 'This certification is retired: it can no longer be renewed.' : '',
      r?.source ?? '',
    ].filter((line) => line !== '');
    return {
      uid: `${event.id}-${event.kind}-${event.date}@pathwise`,
      title: event.title,
      description: lines.join('\n'),
      start: dateArray(event.date),
      end: dateArray(addDays(event.date, 1)),
      timestamp: stamp,
      productId: 'pathwise/renewals',
      calName: 'Certification renewals',
      busyStatus: 'FREE',
      transp: 'TRANSPARENT',
      ...(r?.source === null || r?.source === undefined ? {} : { url: r.source }),
    } as EventAttributes;
  });
  if (events.length === 0) throw new Error('core/time.renewalCalendar: no renewal has a date to put in a calendar');
  const { error, value } = createEvents(events);
  if (error !== null) throw new Error(`core/time.renewalCalendar: ${error.message}`);
  if (value === null) throw new Error('core/time.renewalCalendar: the ics library returned nothing');
  return value;
}

function dateArray(iso: string): [number, number, number] {
  const [y, m, d] = iso.split('-').map(Number);
  return [y ?? 0, m ?? 0, d ?? 0];
}
