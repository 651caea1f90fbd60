// Facts that know what day it is: calendar dates, fact ages, passed status dates, routes judged
// against today, renewals. The calendar file writer (renewal-calendar.ts) is not re-exported: it
// pulls in the `ics` library, which the app loads only when someone asks for a calendar.
export * from './calendar-date';
export * from './fact-age';
export * from './dated-facts';
export * from './fact-freshness';
export * from './status-today';
export * from './route-today';
export * from './renewals';
