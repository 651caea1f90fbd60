import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_PROGRESS_BYTES, emptyProgress, parseProgress, serializeProgress, setMark, type Mark } from '../../../src/core/index';
import { demoModel, demoModelWithoutNetwork, progressText } from './demo-map';

describe('parseProgress', () => {
  it('reads a valid progress document', () => {
    expect(parseProgress(progressText(), demoModel)).toEqual({
      ok: true,
      progress: { mapId: 'demo-map', marks: { 'cert-identity': 'done', 'skill-network': 'doing' }, orphans: {}, dates: {}, changed: {} },
      savedAt: '2026-11-30T12:00:00.000Z',
      orphans: [],
      notices: [],
    });
  });

  it('accepts a document without orphans, a byte-order mark and a time-zone offset', () => {
    const text = `\ufeff${JSON.stringify({
      format: 'pathwise-progress',
      version: 1,
      mapId: 'demo-map',
      savedAt: '2026-11-30T13:00:00+01:00',
      marks: { 'role-admin': 'planned' },
    })}`;
    const result = parseProgress(text, demoModel);
    expect(result.ok && result.progress).toEqual({ mapId: 'demo-map', marks: { 'role-admin': 'planned' }, orphans: {}, dates: {}, changed: {} });
  });

  it('returns frozen progress', () => {
    const result = parseProgress(progressText(), demoModel);
    if (!result.ok) throw new Error(result.message);
    expect(Object.isFrozen(result.progress)).toBe(true);
    expect(Object.isFrozen(result.progress.marks)).toBe(true);
  });

  it('refuses corrupt JSON with its position', () => {
    expect(parseProgress('{"format": "pathwise-progress",\n  "marks": {', demoModel)).toEqual({
      ok: false,
      problem: 'corrupt',
      message: expect.stringMatching(/^The progress file is damaged: not valid JSON: .* \(line 2, column \d+\)\.$/) as unknown,
    });
  });

  it('refuses an empty file as corrupt', () => {
    expect(parseProgress('', demoModel)).toMatchObject({ ok: false, problem: 'corrupt', message: 'The progress file is damaged: the file is empty.' });
  });

  it("refuses another map's progress and says which map it belongs to", () => {
    expect(parseProgress(progressText({ mapId: 'cybersecurity-foundations' }), demoModel)).toEqual({
      ok: false,
      problem: 'foreign-map',
      mapId: 'cybersecurity-foundations',
      message: 'This progress is for the map "cybersecurity-foundations", not for "Map demo-map" (demo-map). Open that map to use it.',
    });
  });

  it("names the other map even when that map's file is damaged too", () => {
    const result = parseProgress(progressText({ mapId: 'other-map', marks: { 'x-1': 'finished' } }), demoModel);
    expect(result).toMatchObject({ ok: false, problem: 'foreign-map', mapId: 'other-map' });
  });

  it('refuses JSON that is not progress', () => {
    const map = JSON.stringify({ schemaVersion: 1, meta: { id: 'demo-map' }, nodes: [], edges: [] });
    expect(parseProgress(map, demoModel)).toEqual({
      ok: false,
      problem: 'wrong-format',
      message: 'This file is a Pathwise map, not progress (it has no "format": "pathwise-progress").',
    });
    expect(parseProgress('{"hello": "world"}', demoModel)).toMatchObject({ problem: 'wrong-format', message: expect.stringContaining('not Pathwise progress') as unknown });
    expect(parseProgress('[1, 2, 3]', demoModel)).toMatchObject({ problem: 'wrong-format' });
    expect(parseProgress('"done"', demoModel)).toMatchObject({ problem: 'wrong-format' });
    expect(parseProgress('null', demoModel)).toMatchObject({ problem: 'wrong-format' });
  });

  it('refuses a newer or unknown format version', () => {
    expect(parseProgress(progressText({ version: 3 }), demoModel)).toEqual({
      ok: false,
      problem: 'wrong-format',
      message: 'This progress was saved by a newer Pathwise (format version 3); this one reads versions up to 2.',
    });
    expect(parseProgress(progressText({ version: 0 }), demoModel)).toMatchObject({
      problem: 'wrong-format',
      message: 'This progress has an unknown format version (0); this Pathwise reads versions 1 and 2.',
    });
    expect(parseProgress(progressText({ version: '1' }), demoModel)).toMatchObject({ problem: 'wrong-format', message: expect.stringContaining('unknown format version ("1")') as unknown });
  });

  it('refuses an unknown mark value, naming the node and the value', () => {
    expect(parseProgress(progressText({ marks: { 'cert-identity': 'finished' } }), demoModel)).toEqual({
      ok: false,
      problem: 'corrupt',
      message: 'The progress file is damaged: marks["cert-identity"] must be "done", "doing" or "planned" (found "finished").',
    });
  });

  it('refuses ids that are not kebab-case, unknown fields and a bad date', () => {
    expect(parseProgress(progressText({ marks: { Cert_Identity: 'done' } }), demoModel)).toMatchObject({
      problem: 'corrupt',
      message: expect.stringContaining('the id "Cert_Identity" must be kebab-case') as unknown,
    });
    expect(parseProgress(progressText({ colour: 'red' }), demoModel)).toMatchObject({ problem: 'corrupt', message: expect.stringContaining('colour') as unknown });
    expect(parseProgress(progressText({ savedAt: 'yesterday' }), demoModel)).toMatchObject({ problem: 'corrupt', message: expect.stringContaining('savedAt') as unknown });
  });

  it('lists at most three problems', () => {
    const marks = { 'cert-identity': 'x', 'cert-cloud': 'y', 'skill-network': 'z', 'role-admin': 'w', 'skill-identity': 'v' };
    const result = parseProgress(progressText({ marks }), demoModel);
    expect(result.ok ? '' : result.message).toMatch(/; and 2 more problems\.$/);
  });

  it('refuses documents over 5 MB before parsing, counting UTF-8 bytes', () => {
    const pad = (text: string) => progressText({ pad: text });
    expect(parseProgress(pad('x'.repeat(MAX_PROGRESS_BYTES)), demoModel)).toMatchObject({ ok: false, problem: 'too-large' });
    // 2 million "é" are 2 million characters but 4 million bytes, plus 1.5 million bytes of "€" (3 bytes each).
    expect(parseProgress(pad('é'.repeat(2_000_000) + '€'.repeat(500_000)), demoModel)).toMatchObject({ problem: 'too-large' });
    expect(parseProgress(pad('é'.repeat(2_000_000)), demoModel)).toMatchObject({ problem: 'corrupt' });
  });

  it('refuses more than 100,000 marks', () => {
    const marks = Object.fromEntries(Array.from({ length: 100_001 }, (_, i) => [`n-${i}`, 'done']));
    expect(parseProgress(progressText({ marks }), demoModel)).toEqual({
      ok: false,
      problem: 'too-large',
      message: 'The progress file holds more than 100,000 marks, so it was not read.',
    });
  });

  it('keeps marks for nodes the map no longer has aside, and reports them', () => {
    const result = parseProgress(progressText(), demoModelWithoutNetwork);
    expect(result).toEqual({
      ok: true,
      progress: { mapId: 'demo-map', marks: { 'cert-identity': 'done' }, orphans: { 'skill-network': 'doing' }, dates: {}, changed: {} },
      savedAt: '2026-11-30T12:00:00.000Z',
      orphans: ['skill-network'],
      notices: ['1 mark is for nodes this map no longer has ("skill-network"). They are kept aside and come back if those nodes return.'],
    });
  });

  it('preserves orphans through serialize → parse, and restores them when the node returns', () => {
    const first = parseProgress(progressText(), demoModelWithoutNetwork);
    if (!first.ok) throw new Error(first.message);
    const edited = setMark(first.progress, 'role-admin', 'planned', { at: new Date('2026-12-01T07:00:00Z') });
    const saved = serializeProgress(edited, new Date('2026-12-01T08:00:00Z'));

    const again = parseProgress(saved, demoModelWithoutNetwork);
    expect(again.ok && again.progress).toEqual({
      mapId: 'demo-map',
      marks: { 'cert-identity': 'done', 'role-admin': 'planned' },
      orphans: { 'skill-network': 'doing' },
      dates: { 'role-admin': '2026-12-01' },
      changed: { 'role-admin': '2026-12-01T07:00:00.000Z' },
    });

    const back = parseProgress(saved, demoModel);
    expect(back).toMatchObject({
      ok: true,
      progress: { marks: { 'cert-identity': 'done', 'role-admin': 'planned', 'skill-network': 'doing' }, orphans: {} },
      orphans: [],
      notices: ['1 mark was restored: "skill-network" is back in the map.'],
    });
  });

  it('prefers a live mark over an orphan kept aside for the same node', () => {
    const text = progressText({ marks: { 'skill-network': 'done' }, orphans: { 'skill-network': 'planned' } });
    const result = parseProgress(text, demoModel);
    expect(result.ok && result.progress).toEqual({ mapId: 'demo-map', marks: { 'skill-network': 'done' }, orphans: {}, dates: {}, changed: {} });
  });

  it('round-trips any progress on the map through serializeProgress, days and stamps included', () => {
    const ids = demoModel.nodes.map((n) => n.id);
    const day = fc.date({ min: new Date('2020-01-01T00:00:00Z'), max: new Date('2030-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
    const edit = fc.record({ id: fc.constantFrom(...ids), mark: fc.constantFrom<Mark | null>('done', 'doing', 'planned', null), on: fc.option(day, { nil: undefined }), at: fc.integer({ min: 0, max: 1e11 }) });
    const orphansArb = fc.dictionary(fc.constantFrom('gone-1', 'gone-2', 'gone-3'), fc.constantFrom<Mark>('done', 'planned'));
    fc.assert(
      fc.property(fc.array(edit, { maxLength: 12 }), orphansArb, (edits, orphans) => {
        let progress = emptyProgress('demo-map');
        for (const e of edits) progress = setMark(progress, e.id, e.mark, { at: new Date(1.7e12 + e.at), ...(e.on === undefined ? {} : { on: e.on }) });
        const full = { ...progress, orphans };
        const result = parseProgress(serializeProgress(full, new Date('2026-11-30T12:00:00Z')), demoModel);
        expect(result.ok && result.progress).toEqual(full);
      }),
    );
  });

  it('reads a version 1 file (before dated marks): its marks have no date', () => {
    const result = parseProgress(progressText({ version: 1 }), demoModel);
    expect(result.ok && result.progress).toEqual({
      mapId: 'demo-map',
      marks: { 'cert-identity': 'done', 'skill-network': 'doing' },
      orphans: {},
      dates: {},
      changed: {},
    });
  });

  it('refuses a day that is not a calendar date and a stamp that is not a UTC instant', () => {
    expect(parseProgress(progressText({ version: 2, dates: { 'cert-identity': '2026-02-30' } }), demoModel)).toEqual({
      ok: false,
      problem: 'corrupt',
      message: 'The progress file is damaged: dates["cert-identity"] must be a date written YYYY-MM-DD (found "2026-02-30").',
    });
    expect(parseProgress(progressText({ version: 2, changed: { 'cert-identity': '2026-02-03T10:00:00+01:00' } }), demoModel)).toMatchObject({
      problem: 'corrupt',
      message: expect.stringContaining('changed["cert-identity"] must be a UTC date-time') as unknown,
    });
  });

  it('drops a day for a node with no mark, and keeps a tombstone', () => {
    const text = progressText({ version: 2, marks: { 'cert-identity': 'done' }, dates: { 'cert-identity': '2026-03-15', 'role-admin': '2026-01-01' }, changed: { 'role-admin': '2026-11-01T00:00:00.000Z' } });
    const result = parseProgress(text, demoModel);
    expect(result.ok && result.progress).toEqual({
      mapId: 'demo-map',
      marks: { 'cert-identity': 'done' },
      orphans: {},
      dates: { 'cert-identity': '2026-03-15' },
      changed: { 'role-admin': '2026-11-01T00:00:00.000Z' },
    });
  });

  it('never throws, whatever the text', () => {
    const valid = progressText();
    const edited = fc.tuple(fc.nat({ max: valid.length }), fc.nat({ max: 8 }), fc.string({ maxLength: 6 })).map(
      ([at, remove, insert]) => valid.slice(0, at) + insert + valid.slice(at + remove),
    );
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json(), edited, fc.jsonValue().map((v) => progressText({ marks: v }))), (text) => {
        const result = parseProgress(text, demoModel);
        expect(typeof result.ok).toBe('boolean');
        if (!result.ok) expect(result.message.length).toBeGreaterThan(0);
      }),
      { numRuns: 2000 },
    );
  });
});
