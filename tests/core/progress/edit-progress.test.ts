import { describe, expect, it } from 'vitest';
import {
  emptyProgress,
  heldIds,
  importProgress,
  markOf,
  mergeImport,
  progressFileName,
  progressSchema,
  progressStorageKey,
  serializeProgress,
  setMark,
  trackCounts,
  type Progress,
} from '../../../src/core/index';
import { demoModel, progressText } from './demo-map';

const progress = (marks: Progress['marks'], orphans: Progress['orphans'] = {}): Progress =>
  progressSchema.parse({ mapId: 'demo-map', marks, orphans, dates: {}, changed: {} });
const AT = new Date('2026-12-02T09:30:00Z');

describe('setMark', () => {
  it('returns new progress and leaves the old one as it was', () => {
    const before = progress({ 'cert-identity': 'planned' });
    const after = setMark(before, 'cert-identity', 'done');
    expect(after.marks).toEqual({ 'cert-identity': 'done' });
    expect(before.marks).toEqual({ 'cert-identity': 'planned' });
    expect(Object.isFrozen(after.marks)).toBe(true);
  });

  it('clears a mark with null', () => {
    expect(setMark(progress({ 'cert-identity': 'done', 'role-admin': 'doing' }), 'cert-identity', null).marks).toEqual({ 'role-admin': 'doing' });
  });

  it('returns the same object when nothing changes, not even the stamp', () => {
    const p = setMark(setMark(progress({}), 'cert-identity', 'done', { at: AT }), 'role-admin', null, { at: AT });
    expect(setMark(p, 'cert-identity', 'done', { at: AT })).toBe(p);
    expect(setMark(p, 'role-admin', null, { at: AT })).toBe(p);
  });

  it('drops an old mark kept aside for the node', () => {
    const p = progress({}, { 'skill-network': 'planned' });
    expect(setMark(p, 'skill-network', 'done', { at: AT })).toEqual({
      mapId: 'demo-map',
      marks: { 'skill-network': 'done' },
      orphans: {},
      dates: { 'skill-network': '2026-12-02' },
      changed: { 'skill-network': '2026-12-02T09:30:00.000Z' },
    });
  });

  it('treats ids such as "constructor" as ordinary ids', () => {
    const p = emptyProgress('demo-map');
    expect(markOf(p, 'constructor')).toBeNull();
    expect(markOf(setMark(p, 'constructor', 'doing'), 'constructor')).toBe('doing');
  });

  it('throws on an id that is not kebab-case', () => {
    expect(() => setMark(emptyProgress('demo-map'), 'Not An Id', 'done')).toThrow('core/progress.setMark: "Not An Id" is not a kebab-case id');
  });
});

describe('heldIds', () => {
  it('lists the ids marked done, sorted, without orphans', () => {
    const p = progress({ 'role-admin': 'done', 'cert-identity': 'done', 'skill-network': 'planned' }, { 'gone-node': 'done' });
    expect(heldIds(p)).toEqual(['cert-identity', 'role-admin']);
  });
});

describe('mergeImport', () => {
  it('keeps, for every node, the mark that is further along', () => {
    const current = progress({ 'cert-identity': 'planned', 'cert-cloud': 'done', 'skill-identity': 'doing' });
    const imported = progress({ 'cert-identity': 'done', 'cert-cloud': 'planned', 'role-admin': 'doing' });
    expect(mergeImport(current, imported, AT)).toEqual({
      progress: {
        mapId: 'demo-map',
        marks: { 'cert-cloud': 'done', 'cert-identity': 'done', 'role-admin': 'doing', 'skill-identity': 'doing' },
        orphans: {},
        dates: {},
        changed: { 'cert-identity': '2026-12-02T09:30:00.000Z', 'role-admin': '2026-12-02T09:30:00.000Z' },
      },
      added: 1,
      advanced: 1,
      unchanged: 1,
      message: 'Imported 3 marks: 1 new, 1 moved further along, 1 already up to date.',
    });
  });

  it('merges orphans and drops an orphan whose node is now marked', () => {
    const current = progress({ 'skill-network': 'doing' }, { 'gone-a': 'planned' });
    const imported = progress({}, { 'gone-a': 'done', 'gone-b': 'doing', 'skill-network': 'done' });
    expect(mergeImport(current, imported, AT).progress).toEqual({
      mapId: 'demo-map',
      marks: { 'skill-network': 'doing' },
      orphans: { 'gone-a': 'done', 'gone-b': 'doing' },
      dates: {},
      changed: { 'gone-a': '2026-12-02T09:30:00.000Z', 'gone-b': '2026-12-02T09:30:00.000Z' },
    });
  });

  it('says so when the file had no marks', () => {
    expect(mergeImport(progress({ 'role-admin': 'done' }), progress({})).message).toBe('The imported file had no marks; nothing changed.');
  });

  it('throws when the two belong to different maps', () => {
    expect(() => mergeImport(emptyProgress('demo-map'), emptyProgress('other-map'))).toThrow(
      'core/progress.mergeImport: progress for "other-map" cannot merge into "demo-map"',
    );
  });
});

describe('importProgress', () => {
  const current = progress({ 'role-admin': 'doing' });
  const snapshot = JSON.stringify(current);

  it('merges a valid file into the current progress', () => {
    expect(importProgress(progressText(), demoModel, current, AT)).toEqual({
      ok: true,
      progress: {
        mapId: 'demo-map',
        marks: { 'cert-identity': 'done', 'role-admin': 'doing', 'skill-network': 'doing' },
        orphans: {},
        dates: {},
        changed: { 'cert-identity': '2026-12-02T09:30:00.000Z', 'skill-network': '2026-12-02T09:30:00.000Z' },
      },
      message: 'Imported 2 marks: 2 new, 0 moved further along, 0 already up to date.',
      notices: [],
    });
  });

  it('leaves the current progress unchanged when the import fails', () => {
    for (const text of ['{not json', progressText({ mapId: 'other-map' }), progressText({ marks: { 'role-admin': 'finished' } }), '{"format": "x"}']) {
      const result = importProgress(text, demoModel, current);
      expect(result.ok).toBe(false);
      expect(JSON.stringify(current)).toBe(snapshot);
    }
  });
});

describe('serializeProgress', () => {
  it('writes a stable document: fixed key order, sorted ids, final newline', () => {
    const p = setMark(setMark(progress({}, { 'gone-node': 'planned' }), 'skill-identity', 'doing', { at: AT }), 'cert-identity', 'done', { at: AT, on: '2026-03-15' });
    expect(serializeProgress(p, new Date('2026-11-30T12:00:00Z'))).toBe(
      [
        '{',
        '  "format": "pathwise-progress",',
        '  "version": 2,',
        '  "mapId": "demo-map",',
        '  "savedAt": "2026-11-30T12:00:00.000Z",',
        '  "marks": {',
        '    "cert-identity": "done",',
        '    "skill-identity": "doing"',
        '  },',
        '  "orphans": {',
        '    "gone-node": "planned"',
        '  },',
        '  "dates": {',
        '    "cert-identity": "2026-03-15",',
        '    "skill-identity": "2026-12-02"',
        '  },',
        '  "changed": {',
        '    "cert-identity": "2026-12-02T09:30:00.000Z",',
        '    "skill-identity": "2026-12-02T09:30:00.000Z"',
        '  }',
        '}',
        '',
      ].join('\n'),
    );
  });

  it('throws on an invalid date', () => {
    expect(() => serializeProgress(emptyProgress('demo-map'), new Date('nope'))).toThrow('core/progress.serializeProgress');
  });
});

describe('progressStorageKey and progressFileName', () => {
  it('key progress by map id', () => {
    expect(progressStorageKey('ms-102-roadmap')).toBe('pathwise.progress.ms-102-roadmap');
    expect(progressFileName('ms-102-roadmap', new Date('2026-11-30T23:00:00Z'))).toBe('pathwise-progress-ms-102-roadmap-2026-11-30.json');
    expect(() => progressStorageKey('../etc')).toThrow('core/progress.progressStorageKey');
  });
});

describe('trackCounts', () => {
  it('counts marks per track, in track order, a node counting in each of its tracks', () => {
    const p = progress({ 'cert-identity': 'done', 'skill-identity': 'done', 'role-admin': 'planned', 'skill-network': 'doing' }, { 'gone-node': 'done' });
    expect(trackCounts(demoModel, p)).toEqual([
      { trackId: 'track-identity', label: 'Identity and access', done: 2, doing: 0, planned: 1, total: 3 },
      { trackId: 'track-cloud', label: 'Cloud', done: 1, doing: 1, planned: 0, total: 3 },
    ]);
  });

  it('counts nothing done on empty progress', () => {
    expect(trackCounts(demoModel, emptyProgress('demo-map')).map((t) => `${t.label}: ${t.done} of ${t.total}`)).toEqual([
      'Identity and access: 0 of 3',
      'Cloud: 0 of 3',
    ]);
  });
});
