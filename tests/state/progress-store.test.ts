// @vitest-environment jsdom
// The progress store against jsdom's real localStorage (which enforces a quota like browsers do):
// saving when storage is full, disabled or throwing; progress kept apart per map; merging with
// what another tab stored; taking another tab's save from the storage event.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { emptyProgress, serializeProgress, setMark } from '../../src/core/index';
import { UNDO_CLEAR_MS, progressActions, useProgressStore } from '../../src/state/progress-store';
import { useAppStore } from '../../src/state/store';
import { demoModel } from '../core/progress/demo-map';
import { cert, mapFile, modelOf } from '../core/progress/fixture';

const KEY = 'pathwise.progress.demo-map';
const otherModel = modelOf(mapFile('other-map', [cert('cert-other'), cert('cert-identity')], []));
const stored = (key = KEY) => JSON.parse(localStorage.getItem(key) ?? 'null') as { marks: Record<string, string>; dates: Record<string, string> } | null;
const notice = (id: string) => useAppStore.getState().notices.find((n) => n.id === id)?.text ?? null;
const marks = () => useProgressStore.getState().progress?.marks;

/** A document another tab (or an earlier visit) saved. */
const savedBy = (edits: [string, 'done' | 'doing' | 'planned' | null, string][]) =>
  serializeProgress(
    edits.reduce((p, [id, mark, at]) => setMark(p, id, mark, { at: new Date(at) }), emptyProgress('demo-map')),
    new Date('2026-12-01T00:00:00Z'),
  );

/** Fills localStorage up to its quota, so the next write of any size is refused. */
function fillStorage(): void {
  let chunk = 'x'.repeat(1_000_000);
  for (let i = 0; chunk.length > 0; ) {
    try {
      localStorage.setItem(`filler-${i}`, chunk);
      i += 1;
    } catch {
      chunk = chunk.slice(0, Math.floor(chunk.length / 2));
    }
  }
}

beforeEach(() => {
  localStorage.clear();
  useAppStore.setState({ notices: [] });
  useProgressStore.setState({ progress: null, blocked: null, health: 'ok' });
});

afterEach(() => {
  localStorage.clear();
});

describe('progress store: saving fails', () => {
  it('when storage is full: says so, keeps the mark in memory, leaves what was saved untouched, and saves once there is room', () => {
    const before = savedBy([['cert-cloud', 'done', '2026-11-01T10:00:00Z']]);
    localStorage.setItem(KEY, before);
    progressActions.load(demoModel);
    fillStorage();

    progressActions.mark('cert-identity', 'done');
    expect(marks()).toEqual({ 'cert-cloud': 'done', 'cert-identity': 'done' });
    expect(useProgressStore.getState().health).toBe('failing');
    expect(notice('progress-save')).toBe(
      'Progress could not be saved in this browser (storage is full). Your marks stay in this tab, and what was saved before is untouched. Use My progress → Export progress to keep them.',
    );
    expect(localStorage.getItem(KEY)).toBe(before);
    expect(JSON.parse(progressActions.exportFile()?.text ?? '{}')).toMatchObject({ marks: { 'cert-cloud': 'done', 'cert-identity': 'done' } });

    for (const key of Object.keys(localStorage)) if (key.startsWith('filler-')) localStorage.removeItem(key);
    progressActions.mark('role-admin', 'planned');
    expect(stored()?.marks).toEqual({ 'cert-cloud': 'done', 'cert-identity': 'done', 'role-admin': 'planned' });
    expect(useProgressStore.getState().health).toBe('ok');
    expect(notice('progress-save')).toBeNull();
  });

  it('when setItem throws something else: names it as a refused write', () => {
    progressActions.load(demoModel);
    const original = Object.getOwnPropertyDescriptor(Storage.prototype, 'setItem');
    Object.defineProperty(Storage.prototype, 'setItem', {
      configurable: true,
      value: () => {
        throw new Error('disk on fire');
      },
    });
    try {
      progressActions.mark('cert-identity', 'doing');
    } finally {
      if (original !== undefined) Object.defineProperty(Storage.prototype, 'setItem', original);
    }
    expect(marks()).toEqual({ 'cert-identity': 'doing' });
    expect(notice('progress-save')).toContain('(storage refused the write)');
    expect(localStorage.getItem(KEY)).toBeNull();
  });

  it('when storage is disabled (access throws SecurityError): works in memory, writes nothing, and says so', () => {
    const descriptor = Object.getOwnPropertyDescriptor(window, 'localStorage');
    localStorage.setItem(KEY, savedBy([['cert-cloud', 'done', '2026-11-01T10:00:00Z']]));
    Object.defineProperty(window, 'localStorage', {
      configurable: true,
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
    try {
      progressActions.load(demoModel);
      expect(useProgressStore.getState().health).toBe('unavailable');
      expect(notice('progress-save')).toBe(
        'This browser does not let Pathwise use its storage (disabled or denied), so progress is kept only until this tab closes. Use My progress → Export progress to keep it.',
      );
      progressActions.mark('cert-identity', 'done');
      expect(marks()).toEqual({ 'cert-identity': 'done' });
    } finally {
      if (descriptor !== undefined) Object.defineProperty(window, 'localStorage', descriptor);
    }
    // The progress saved before storage went away is still there, not replaced by this tab's copy.
    expect(stored()?.marks).toEqual({ 'cert-cloud': 'done' });
  });

  it('never overwrites unreadable saved progress', () => {
    localStorage.setItem(KEY, '{"format":"pathwise-progress","version":2,"marks":{"cert-identity":"finished"');
    progressActions.load(demoModel);
    expect(useProgressStore.getState().blocked?.message).toMatch(/^The progress file is damaged/);
    progressActions.mark('cert-cloud', 'done');
    expect(localStorage.getItem(KEY)).toBe('{"format":"pathwise-progress","version":2,"marks":{"cert-identity":"finished"');
  });
});

describe('progress store: one progress per map', () => {
  it('keeps progress apart when switching maps, even for a node id both maps have', () => {
    progressActions.load(demoModel);
    progressActions.mark('cert-identity', 'done');
    progressActions.load(otherModel);
    expect(marks()).toEqual({});
    progressActions.mark('cert-other', 'planned');
    progressActions.mark('cert-identity', 'doing');
    progressActions.load(demoModel);
    expect(marks()).toEqual({ 'cert-identity': 'done' });
    expect(stored()?.marks).toEqual({ 'cert-identity': 'done' });
    expect(stored('pathwise.progress.other-map')?.marks).toEqual({ 'cert-identity': 'doing', 'cert-other': 'planned' });
  });
});

describe('progress store: two tabs', () => {
  it('merges with what another tab stored instead of overwriting it', () => {
    progressActions.load(demoModel);
    localStorage.setItem(KEY, savedBy([['cert-cloud', 'done', '2026-12-02T08:00:00Z']]));
    progressActions.mark('cert-identity', 'done');
    expect(stored()?.marks).toEqual({ 'cert-cloud': 'done', 'cert-identity': 'done' });
    expect(marks()).toEqual({ 'cert-cloud': 'done', 'cert-identity': 'done' });
  });

  it('takes another tab’s save from the storage event, a clear included, and writes back what only it has', () => {
    progressActions.load(demoModel);
    progressActions.mark('cert-identity', 'done', new Date('2026-12-02T09:00:00Z'));
    const other = savedBy([
      ['cert-identity', 'done', '2026-12-02T09:00:00Z'],
      ['cert-identity', null, '2026-12-02T09:00:05Z'],
      ['role-admin', 'doing', '2026-12-02T09:00:06Z'],
    ]);
    localStorage.setItem(KEY, other);
    window.dispatchEvent(new StorageEvent('storage', { key: KEY, newValue: other }));
    expect(marks()).toEqual({ 'role-admin': 'doing' });
    // Nothing only this tab had: nothing written back.
    expect(localStorage.getItem(KEY)).toBe(other);

    // The other tab saved without this tab's newer mark (both saved at once): this tab writes it back.
    progressActions.mark('cert-cloud', 'planned', new Date('2026-12-02T09:00:07Z'));
    const missed = savedBy([['role-admin', 'doing', '2026-12-02T09:00:06Z']]);
    localStorage.setItem(KEY, missed);
    window.dispatchEvent(new StorageEvent('storage', { key: KEY, newValue: missed }));
    expect(stored()?.marks).toEqual({ 'cert-cloud': 'planned', 'role-admin': 'doing' });
  });

  it('resets with tombstones, so another tab’s copy does not bring the marks back', () => {
    progressActions.load(demoModel);
    progressActions.mark('cert-identity', 'done', new Date('2026-12-02T09:00:00Z'));
    const otherTab = useProgressStore.getState().progress;
    progressActions.reset('demo-map');
    expect(marks()).toEqual({});
    // The other tab, still holding the mark, saves: the merge keeps the reset.
    if (otherTab === null) throw new Error('no progress');
    const text = serializeProgress(otherTab, new Date());
    window.dispatchEvent(new StorageEvent('storage', { key: KEY, newValue: text }));
    expect(marks()).toEqual({});
  });

  it('dates a new mark with the local day and keeps it when the same mark is set again', () => {
    progressActions.load(demoModel);
    progressActions.mark('cert-identity', 'done', new Date(2026, 2, 15, 23, 30));
    progressActions.mark('cert-identity', 'done', new Date(2026, 11, 2, 10, 0));
    expect(stored()?.dates).toEqual({ 'cert-identity': '2026-03-15' });
    expect(progressActions.setEarnedOn('cert-identity', '2025-13-01')).toBe(false);
    expect(progressActions.setEarnedOn('cert-identity', '2025-11-20')).toBe(true);
    expect(stored()?.dates).toEqual({ 'cert-identity': '2025-11-20' });
    expect(progressActions.setEarnedOn('role-admin', '2025-11-20')).toBe(false);
  });
});

describe('progress store: undoing "Clear all progress"', () => {
  afterEach(() => {
    vi.useRealTimers();
  });
  const undoNotice = () => useAppStore.getState().notices.find((n) => n.id === 'progress-cleared');

  it('offers Undo for ten seconds, then the clear stands', () => {
    vi.useFakeTimers();
    progressActions.load(demoModel);
    progressActions.mark('cert-identity', 'done');
    // A clear at the very instant of a mark loses to it (the merge's documented tie rule): a second passes.
    vi.advanceTimersByTime(1_000);
    expect(progressActions.clearAll()).toBe(1);
    expect(undoNotice()?.text).toBe('Cleared 1 mark.');
    vi.advanceTimersByTime(9_900);
    expect(undoNotice()?.action?.label).toBe('Undo');
    vi.advanceTimersByTime(200);
    expect(undoNotice()).toBeUndefined();
    expect(progressActions.undoClear()).toBe(false);
    expect(marks()).toEqual({});
  });

  it('waits while the person is at the notice, then gives them the full ten seconds again', () => {
    vi.useFakeTimers();
    progressActions.load(demoModel);
    progressActions.mark('cert-identity', 'done');
    progressActions.mark('role-admin', 'planned');
    vi.advanceTimersByTime(1_000);
    progressActions.clearAll();
    expect(marks()).toEqual({});
    const hold = undoNotice()?.action?.hold;
    if (hold === undefined) throw new Error('the Undo notice cannot be held');
    vi.advanceTimersByTime(5_000);
    hold(true);
    vi.advanceTimersByTime(60_000);
    expect(undoNotice()?.text).toBe('Cleared 2 marks.');
    hold(false);
    vi.advanceTimersByTime(UNDO_CLEAR_MS - 100);
    expect(undoNotice()).toBeDefined();
    undoNotice()?.action?.run();
    expect(marks()).toEqual({ 'cert-identity': 'done', 'role-admin': 'planned' });
    expect(undoNotice()).toBeUndefined();
  });
});
