import { describe, expect, it } from 'vitest';
import { findRouteToday, type RouteResult } from '../../../src/core/index';
import { graphFromTable } from '../routing/route-fixture';
import { datesMap } from './dates-fixture';

function ok(result: RouteResult) {
  if (!result.ok) throw new Error(`expected a route, got ${result.reason}: ${result.message}`);
  return result;
}
const ids = (result: RouteResult) => ok(result).route.steps.map((s) => s.id);

describe('findRouteToday', () => {
  const model = datesMap();

  it('routes through a retiring exam before its date, with the usual retiring warning', () => {
    const { result, leftOut } = findRouteToday(model, 'base-100', 'top-900', { today: '2026-08-01' });
    expect(ids(result)).toEqual(['base-100', 'old-500', 'top-900']);
    expect(leftOut).toEqual([]);
    expect(ok(result).route.warnings.map((w) => w.kind)).toEqual(['retiring']);
  });

  it('leaves out an exam whose retirement date has passed, takes its replacement and says so', () => {
    const { result, leftOut, fellBack } = findRouteToday(model, 'base-100', 'top-900', { today: '2026-12-02' });
    expect(ids(result)).toEqual(['base-100', 'new-500', 'top-900']);
    expect(leftOut.map((n) => n.id)).toEqual(['old-500']);
    expect(fellBack).toBe(false);
    expect(ok(result).notes).toEqual([
      'Left out OLD-500 Exam: retirement date passed (2026-08-31); not checked since 2026-08-22; the route takes its replacement, NEW-500 Exam. Keep retired exams to route through it.',
    ]);
    // The replacement is a beta past its expected release: the step warns about that too.
    expect(ok(result).route.warnings).toEqual([
      {
        kind: 'release-passed',
        id: 'new-500',
        date: '2026-07-31',
        checked: '2026-08-22',
        replacement: null,
        message: 'NEW-500 Exam: expected release date passed (2026-07-31); not checked since 2026-08-22; check whether it is generally available',
      },
    ]);
  });

  it('keeps the old exam when asked, and warns that its retirement date has passed', () => {
    const { result, leftOut } = findRouteToday(model, 'base-100', 'top-900', { today: '2026-12-02', keepRetired: true });
    expect(ids(result)).toEqual(['base-100', 'old-500', 'top-900']);
    expect(leftOut).toEqual([]);
    expect(ok(result).route.warnings.map((w) => w.message)).toEqual([
      'OLD-500 Exam: retirement date passed (2026-08-31); not checked since 2026-08-22; its replacement is NEW-500 Exam',
    ]);
  });

  it('never leaves out the destination itself', () => {
    const { result } = findRouteToday(model, 'base-100', 'old-500', { today: '2026-12-02' });
    expect(ids(result)).toEqual(['base-100', 'old-500']);
    expect(ok(result).route.warnings[0]?.kind).toBe('retirement-passed');
  });

  it('falls back to the only route, through the passed exam, with a note, when nothing else leads there', () => {
    const lonely = graphFromTable(
      [
        ['a', 'old', 'recommends', 1],
        ['old', 'b', 'prerequisite', 1],
      ],
      { nodes: { old: { status: { state: 'retiring', date: '2026-08-31' } } } },
    );
    const { result, fellBack } = findRouteToday(lonely, 'a', 'b', { today: '2026-12-02' });
    expect(ids(result)).toEqual(['a', 'old', 'b']);
    expect(fellBack).toBe(true);
    expect(ok(result).notes).toEqual(['No route avoids OLD, whose retirement date has passed, so this route goes through it.']);
    expect(ok(result).route.warnings[0]?.message).toBe('OLD: retirement date passed (2026-08-31); not checked since 2026-01-01');
  });

  it('gives the plain failure when no route exists at all', () => {
    const { result } = findRouteToday(model, 'top-900', 'base-100', { today: '2026-12-02' });
    expect(result.ok).toBe(false);
  });
});
