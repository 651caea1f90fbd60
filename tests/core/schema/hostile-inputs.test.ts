import { describe, expect, it } from 'vitest';
import { MAX_GRAPH_BYTES, loadGraphBytes, loadGraphText, loadGraphValue, type LoadResult } from '../../../src/core/index';
import { AT, positionOf, problemsOf, toText, validDocument, withValue } from './fixtures';

const encode = (text: string) => new TextEncoder().encode(text);

function timed(run: () => LoadResult): { result: LoadResult; ms: number } {
  const start = performance.now();
  const result = run();
  return { result, ms: performance.now() - start };
}

function isPolluted(): boolean {
  return (
    ({} as Record<string, unknown>).polluted !== undefined ||
    Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted') ||
    Object.prototype.hasOwnProperty.call(Array.prototype, 'polluted')
  );
}

/** A valid document as text, with `extra` spliced in as the first member of the object at `where`. */
function withRawMember(where: 'top' | 'meta' | 'node', extra: string): string {
  const text = toText(validDocument());
  if (where === 'top') return text.replace('{\n', `{\n  ${extra},\n`);
  if (where === 'meta') return text.replace('"meta": {', `"meta": {${extra},`);
  return text.replace('{"id":"skill-identity"', `{${extra},"id":"skill-identity"`);
}

describe('markup in text fields', () => {
  it('loads script tags and event handlers as plain text, unchanged (rendering escapes them)', () => {
    const label = '<img src=x onerror=alert(1)>';
    const description = '<script>alert(document.cookie)</script><a href="javascript:alert(1)">x</a>';
    let doc = withValue(['nodes', AT.skill, 'label'], label);
    doc = withValue(['nodes', AT.skill, 'description'], description, doc);
    doc = withValue(['nodes', AT.adm200, 'credential'], '"><svg onload=alert(1)>', doc);
    const result = loadGraphText(toText(doc));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.graph.byId.get('skill-identity')).toMatchObject({ label, description });
    expect(result.graph.byId.get('adm-200')).toMatchObject({ credential: '"><svg onload=alert(1)>' });
    expect(result.graph.byLabel.get(label)?.map((n) => n.id)).toEqual(['skill-identity']);
  });
});

describe('dangerous links', () => {
  it.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'javascript://example.com/%0Aalert(1)',
    'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
    'DATA:text/html,x',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    '//evil.example.com/x',
    'https://',
  ])('rejects %j', (url) => {
    const result = loadGraphText(toText(withValue(['nodes', AT.adm200, 'sources', 0], url)));
    expect(problemsOf(result)).toEqual([
      expect.objectContaining({ path: ['nodes', AT.adm200, 'sources', 0], message: expect.stringMatching(/^must be an http\(s\) URL/) as unknown }),
    ]);
  });
});

describe('prototype keys', () => {
  const cases = [
    ['top', 'top', []],
    ['meta', 'meta', ['meta']],
    ['node', 'node', ['nodes', AT.skill]],
  ] as const;

  it.each(cases)('reports "__proto__" in %s as an unknown key and pollutes nothing', (_, where, at) => {
    const text = withRawMember(where, '"__proto__": {"polluted": true}');
    const result = loadGraphText(text);
    expect(problemsOf(result)).toEqual([
      expect.objectContaining({ code: 'unknown-key', path: [...at, '__proto__'], message: 'unknown key "__proto__"', ...positionOf(text, '"__proto__"') }),
    ]);
    expect(isPolluted()).toBe(false);
  });

  it.each(cases)('reports "constructor" and "prototype" in %s as unknown keys', (_, where, at) => {
    const text = withRawMember(where, '"constructor": {"prototype": {"polluted": true}}, "prototype": {"polluted": true}');
    expect(problemsOf(loadGraphText(text)).map((p) => [p.code, p.path])).toEqual([
      ['unknown-key', [...at, 'constructor']],
      ['unknown-key', [...at, 'prototype']],
    ]);
    expect(isPolluted()).toBe(false);
  });

  it('pollutes nothing when JSON.parse output with own "__proto__" keys is loaded as a value', () => {
    const value: unknown = JSON.parse(withRawMember('node', '"__proto__": {"polluted": true}').replace('"meta": {', '"meta": {"__proto__": {"polluted": true},'));
    expect(problemsOf(loadGraphValue(value)).map((p) => p.path)).toEqual([
      ['meta', '__proto__'],
      ['nodes', AT.skill, '__proto__'],
    ]);
    expect(isPolluted()).toBe(false);
  });

  it('accepts ids that are names of Object.prototype members', () => {
    const text = toText(validDocument())
      .replaceAll('"role-admin"', '"constructor"')
      .replaceAll('"skill-identity"', '"prototype"')
      .replaceAll('"track-admin"', '"hasownproperty"');
    const result = loadGraphText(text);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.graph.byId.get('constructor')?.label).toBe('Systems administrator');
    expect(result.graph.graph.inNeighbors('prototype')).toEqual(['adm-200', 'role-architect']);
  });
});

describe('huge values', () => {
  it('rejects a 10 MB description by its length, quickly', () => {
    const text = toText(withValue(['nodes', AT.skill, 'description'], 'x'.repeat(10_000_000)));
    const { result, ms } = timed(() => loadGraphText(text));
    console.log(`10 MB description: rejected in ${ms.toFixed(0)} ms`);
    expect(problemsOf(result)).toEqual([
      expect.objectContaining({ path: ['nodes', AT.skill, 'description'], message: 'must be at most 4000 characters', ...positionOf(text, '"description"') }),
    ]);
    expect(ms).toBeLessThan(5000);
  });

  it('rejects a 10 MB label and a 10 MB id by their length, quickly', () => {
    let doc = withValue(['nodes', AT.skill, 'label'], 'x'.repeat(10_000_000));
    doc = withValue(['nodes', AT.experience, 'id'], 'a'.repeat(10_000_000), doc);
    const { result, ms } = timed(() => loadGraphText(toText(doc)));
    expect(problemsOf(result).map((p) => [p.path.join('.'), p.message])).toEqual([
      ['nodes.5.label', 'must be at most 200 characters'],
      ['nodes.6.id', 'must be at most 80 characters'],
      ['edges.4.source', 'unknown node "exp-two-years"'],
    ]);
    expect(ms).toBeLessThan(5000);
  });

  it('loads 50,000 valid nodes', () => {
    const nodes = Array.from({ length: 50_000 }, (_, i) =>
      i % 2 === 0
        ? { id: `skill-${i}`, kind: 'skill', label: `Skill ${i}`, domain: 'Domain', sources: ['https://example.com/skills'] }
        : { id: `cert-${i}`, kind: 'certification', label: `Cert ${i}`, issuer: 'Contoso', examCodes: [`EX-${i}`], credential: `Credential ${i}`, level: 'associate', status: { state: 'active' } },
    );
    const edges = nodes.slice(1).map((node, i) =>
      node.kind === 'certification'
        ? { source: node.id, target: `skill-${i}`, kind: 'teaches' }
        : { source: `cert-${i}`, target: node.id, kind: 'teaches' },
    );
    const text = JSON.stringify({ schemaVersion: 1, meta: { id: 'big', title: 'Big', lastVerified: '2026-01-01' }, nodes, edges }, null, 2);
    const { result, ms } = timed(() => loadGraphText(text));
    console.log(`50,000 nodes, 49,999 edges, ${(text.length / 1e6).toFixed(1)} MB: loaded in ${ms.toFixed(0)} ms`);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.graph.nodes).toHaveLength(50_000);
    expect(result.graph.graph.size).toBe(49_999);
  });

  it('reports 50,000 dangling references without stalling on suggestions', () => {
    const nodes = Array.from({ length: 50_000 }, (_, i) => ({ id: `skill-${i}`, kind: 'skill', label: `S${i}`, domain: 'D' }));
    const edges = nodes.map((n, i) => ({ source: n.id, target: `missing-${i}`, kind: 'recommends' }));
    const text = JSON.stringify({ schemaVersion: 1, meta: { id: 'big', title: 'Big', lastVerified: '2026-01-01' }, nodes, edges });
    const { result, ms } = timed(() => loadGraphText(text));
    console.log(`50,000 dangling edge targets: reported in ${ms.toFixed(0)} ms`);
    expect(problemsOf(result)).toHaveLength(50_000);
    expect(ms).toBeLessThan(20_000);
  });
});

describe('deep nesting', () => {
  const deepArrays = '['.repeat(100_000) + ']'.repeat(100_000);

  it('reports 100,000 nested arrays in a description as a wrong type, located, without a stack overflow', () => {
    const text = toText(validDocument()).replace('"domain":"Identity"', `"domain":"Identity","description":${deepArrays}`);
    expect(problemsOf(loadGraphText(text))).toEqual([
      expect.objectContaining({ path: ['nodes', AT.skill, 'description'], message: 'must be a string, not an array', ...positionOf(text, '"description"') }),
    ]);
  });

  it('reports 100,000 nested arrays as the whole document as not an object', () => {
    expect(problemsOf(loadGraphText(deepArrays))).toEqual([
      expect.objectContaining({ code: 'not-an-object', message: 'a graph file must be a JSON object, not an array', line: 1, column: 1 }),
    ]);
  });

  it('reports 100,000 nested objects under an unknown key', () => {
    const deepObjects = '{"a":'.repeat(100_000) + '1' + '}'.repeat(100_000);
    const text = toText(validDocument()).replace('"order":1', `"order":1,"extra":${deepObjects}`);
    expect(problemsOf(loadGraphText(text))).toEqual([
      expect.objectContaining({ path: ['nodes', AT.track, 'extra'], message: 'unknown key "extra"', ...positionOf(text, '"extra"') }),
    ]);
  });

  it('reports 100,000 unclosed brackets as a syntax error at the end', () => {
    expect(problemsOf(loadGraphText('['.repeat(100_000)))).toEqual([
      expect.objectContaining({ code: 'json-syntax', message: 'not valid JSON: the file ends where a value was expected', line: 1, column: 100_001 }),
    ]);
  });

  it('loads an already-parsed value nested 100,000 levels deep without a stack overflow', () => {
    let deep: unknown = 'bottom';
    for (let i = 0; i < 100_000; i += 1) deep = [deep];
    const result = loadGraphValue(withValue(['nodes', AT.skill, 'description'], deep));
    expect(problemsOf(result)).toEqual([expect.objectContaining({ path: ['nodes', AT.skill, 'description'] })]);
  });

  it('rejects an already-parsed value that contains itself', () => {
    const doc = validDocument() as unknown as Record<string, unknown>;
    doc.self = doc;
    expect(problemsOf(loadGraphValue(doc)).map((p) => p.message)).toEqual(['unknown key "self"']);
  });
});

describe('bytes that are not a UTF-8 JSON graph', () => {
  it.each([
    ['a lone continuation byte', [0x80], 2, 10],
    ['an overlong encoding of "/"', [0xc0, 0xaf], 2, 10],
    ['an encoded surrogate', [0xed, 0xa0, 0x80], 2, 10],
    ['a truncated 3-byte sequence', [0xe2, 0x82], 2, 10],
    ['a Latin-1 "é"', [0xe9], 2, 10],
  ])('reports %s as not UTF-8, at its line and column', (_, bad, line, column) => {
    const bytes = new Uint8Array([...encode('{\n  "a": "x'), ...bad, ...encode('"\n}')]);
    expect(problemsOf(loadGraphBytes(bytes))).toEqual([
      expect.objectContaining({ code: 'invalid-utf8', message: 'the file is not valid UTF-8 text', line, column }),
    ]);
  });

  it('locates the bad byte after a legitimate U+FFFD and multi-byte characters', () => {
    const bytes = new Uint8Array([...encode('{\n "\uFFFD": "é😀'), 0xff, ...encode('"\n}')]);
    expect(problemsOf(loadGraphBytes(bytes))).toEqual([expect.objectContaining({ code: 'invalid-utf8', line: 2, column: 11 })]);
  });

  it('reports a truncated sequence at the very end of the file', () => {
    expect(problemsOf(loadGraphBytes(new Uint8Array([...encode('{}'), 0xf0, 0x9f])))).toEqual([
      expect.objectContaining({ code: 'invalid-utf8', line: 1, column: 3 }),
    ]);
  });

  it('reports the bytes of a PNG as not UTF-8', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);
    expect(problemsOf(loadGraphBytes(png))).toEqual([expect.objectContaining({ code: 'invalid-utf8', line: 1, column: 1 })]);
  });

  it.each([
    ['CSV', 'id,kind,label\nms-102,certification,MS-102\n', 'not valid JSON: expected a value, found "i"'],
    ['YAML', 'schemaVersion: 1\nmeta:\n  id: x\n', 'not valid JSON: expected a value, found "s"'],
    ['XML', '<?xml version="1.0"?><graph/>', 'not valid JSON: expected a value, found "<"'],
    ['JSON with comments', '// map\n{}', 'not valid JSON: expected a value, found "/"'],
    ['two JSON documents', '{}\n{}', 'not valid JSON: unexpected text after the end of the JSON value'],
  ])('reports %s as a JSON syntax problem', (_, text, message) => {
    expect(problemsOf(loadGraphBytes(encode(text)))).toEqual([
      expect.objectContaining({ code: 'json-syntax', path: [], message, line: expect.any(Number) as unknown, column: expect.any(Number) as unknown }),
    ]);
  });

  it('reports an empty file and a file of only whitespace as empty', () => {
    expect(problemsOf(loadGraphBytes(new Uint8Array()))).toEqual([expect.objectContaining({ code: 'empty' })]);
    expect(problemsOf(loadGraphBytes(encode(' \r\n\t')))).toEqual([expect.objectContaining({ code: 'empty' })]);
  });

  it.each([
    ['[]', 'an array'],
    ['"{}"', 'a string'],
    ['0', 'a number'],
    ['null', 'null'],
  ])('reports the JSON %s as not an object', (text, what) => {
    expect(problemsOf(loadGraphBytes(encode(text)))).toEqual([
      expect.objectContaining({ code: 'not-an-object', message: `a graph file must be a JSON object, not ${what}` }),
    ]);
  });

  it('loads a file that starts with a UTF-8 byte-order mark, as bytes and as text', () => {
    const text = toText(validDocument());
    expect(loadGraphBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...encode(text)])).ok).toBe(true);
    expect(loadGraphText(`\uFEFF${text}`).ok).toBe(true);
  });

  it('counts columns after a byte-order mark as editors do', () => {
    const text = '\uFEFF{"schemaVersion": 2}';
    expect(problemsOf(loadGraphText(text))[0]).toMatchObject({ path: ['schemaVersion'], line: 1, column: 2 });
  });
});

describe('size limit', () => {
  it('refuses bytes over MAX_GRAPH_BYTES before decoding or parsing', () => {
    const bytes = new Uint8Array(MAX_GRAPH_BYTES + 1).fill(0x20);
    const { result, ms } = timed(() => loadGraphBytes(bytes));
    expect(problemsOf(result)).toEqual([
      { code: 'too-large', path: [], message: 'the file is 20.1 MB, over the 20 MB limit', hint: 'split the map into smaller files' },
    ]);
    expect(ms).toBeLessThan(100);
  });

  it('refuses text over the limit before parsing', () => {
    const text = `[${'0,'.repeat(12_000_000)}0]`;
    expect(problemsOf(loadGraphText(text))).toEqual([expect.objectContaining({ code: 'too-large', message: 'the file is 22.9 MB, over the 20 MB limit' })]);
  });

  it('accepts a file of exactly MAX_GRAPH_BYTES', () => {
    const text = toText(validDocument());
    const bytes = new Uint8Array(MAX_GRAPH_BYTES).fill(0x20);
    bytes.set(encode(text));
    expect(loadGraphBytes(bytes).ok).toBe(true);
  });
});

describe('numbers JSON cannot write', () => {
  it.each([Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY])('rejects %s months in a parsed value', (months) => {
    expect(problemsOf(loadGraphValue(withValue(['edges', 0, 'months'], months)))).toEqual([
      expect.objectContaining({ path: ['edges', 0, 'months'] }),
    ]);
  });
});
