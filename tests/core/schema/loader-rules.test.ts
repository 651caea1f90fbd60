import { describe, expect, it } from 'vitest';
import { formatProblem, loadGraphText, loadGraphValue } from '../../../src/core/index';
import {
  AT,
  expectOnlyProblem,
  positionOf,
  problemsOf,
  toText,
  validDocument,
  withPushed,
  withValue,
  without,
} from './fixtures';

/** Loads a document written as a graph-data file; returns the text too, to locate problems in. */
function load(doc: unknown) {
  const text = toText(doc);
  return { text, result: loadGraphText(text) };
}

describe('the valid fixture', () => {
  it('loads, with the replacement implied by old-100 added as an edge', () => {
    const { result } = load(validDocument());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.graph.nodes).toHaveLength(9);
    expect(result.graph.edges).toHaveLength(7);
  });
});

describe('loader rule: JSON syntax', () => {
  it('reports a trailing comma with its line and column', () => {
    const text = toText(validDocument()).replace('"months":24}', '"months":24,}');
    expect(problemsOf(loadGraphText(text))).toEqual([
      expect.objectContaining({
        code: 'json-syntax',
        path: [],
        message: 'not valid JSON: trailing comma before "}"',
        ...positionOf(text, ',}'),
      }),
    ]);
  });

  it('reports a missing comma between two nodes', () => {
    const text = toText(validDocument()).replace('"order":1},', '"order":1}');
    expectOnlyProblem(loadGraphText(text), {
      code: 'json-syntax',
      path: [],
      message: 'not valid JSON: expected "," or "]", found "{"',
      ...positionOf(text, '{"id":"old-100"'),
    });
  });

  it('reports a string that is never closed on its line', () => {
    const text = '{\n  "schemaVersion": 1,\n  "meta": {"id": "x\n}';
    expectOnlyProblem(loadGraphText(text), {
      code: 'json-syntax',
      path: [],
      message: 'not valid JSON: this string is never closed on its line',
      line: 3,
      column: 18,
    });
  });
});

describe('loader rule: empty file', () => {
  it.each(['', '   \n\t\n'])('reports %j as empty', (text) => {
    expectOnlyProblem(loadGraphText(text), { code: 'empty', path: [], message: 'the file is empty' });
  });
});

describe('loader rule: the document must be an object', () => {
  it.each([
    ['[]', 'an array'],
    ['42', 'a number'],
    ['"a map"', 'a string'],
    ['null', 'null'],
    ['true', 'a boolean'],
  ])('rejects %s as %s', (text, what) => {
    expectOnlyProblem(loadGraphText(text), {
      code: 'not-an-object',
      path: [],
      message: `a graph file must be a JSON object, not ${what}`,
    });
  });
});

describe('loader rule: schemaVersion', () => {
  it('must be 1', () => {
    const { text, result } = load(withValue(['schemaVersion'], 2));
    expectOnlyProblem(result, {
      code: 'invalid-value',
      path: ['schemaVersion'],
      message: 'must be 1 (found 2)',
      ...positionOf(text, '"schemaVersion"'),
    });
  });

  it('is required', () => {
    const { result } = load(without(['schemaVersion']));
    expectOnlyProblem(result, { code: 'invalid-value', path: ['schemaVersion'], message: 'is required (1)', line: 1, column: 1 });
  });
});

describe('loader rule: meta fields', () => {
  it('reports every missing field of meta, located at meta', () => {
    const doc = without(['meta', 'lastVerified'], without(['meta', 'title'], without(['meta', 'id'])));
    const { text, result } = load(doc);
    const at = positionOf(text, '"meta"');
    expect(problemsOf(result)).toEqual([
      expect.objectContaining({ code: 'invalid-type', path: ['meta', 'id'], message: 'is required (string)', ...at }),
      expect.objectContaining({ code: 'invalid-type', path: ['meta', 'title'], message: 'is required (string)', ...at }),
      expect.objectContaining({ code: 'invalid-type', path: ['meta', 'lastVerified'], message: 'is required (string)', ...at }),
    ]);
  });

  it('checks the date format of lastVerified', () => {
    const { text, result } = load(withValue(['meta', 'lastVerified'], '15/01/2026'));
    expectOnlyProblem(result, {
      code: 'invalid-format',
      path: ['meta', 'lastVerified'],
      message: 'must be a date written YYYY-MM-DD',
      ...positionOf(text, '"lastVerified"'),
    });
  });
});

describe('loader rule: duplicate ids', () => {
  it('reports the second node with an id, naming the first', () => {
    const { text, result } = load(withPushed(['nodes'], { id: 'role-admin', kind: 'role', label: 'Help desk', seniority: 'entry' }));
    expectOnlyProblem(result, {
      code: 'duplicate-id',
      path: ['nodes', 9, 'id'],
      message: 'duplicate id "role-admin" (first used at nodes[7])',
      ...positionOf(text, '"id":"role-admin","kind":"role","label":"Help desk"'),
    });
  });
});

describe('loader rule: references to unknown nodes', () => {
  it('reports an edge target that is not a node, with a did-you-mean', () => {
    const { text, result } = load(withValue(['edges', 0, 'target'], 'arc-3oo'));
    expectOnlyProblem(result, {
      code: 'unknown-node',
      path: ['edges', 0, 'target'],
      message: 'unknown node "arc-3oo" (did you mean "arc-300"?)',
      ...positionOf(text, '"target":"arc-3oo"'),
    });
  });

  it('reports an edge source that is not a node', () => {
    const { result } = load(withValue(['edges', 1, 'source'], 'adm-20'));
    expectOnlyProblem(result, {
      code: 'unknown-node',
      path: ['edges', 1, 'source'],
      message: 'unknown node "adm-20" (did you mean "adm-200"?)',
    });
  });

  it('reports a requirement group naming an unknown node, with a did-you-mean', () => {
    const { text, result } = load(withValue(['nodes', AT.arc300, 'requires', 0, 'anyOf', 1], 'sec-205'));
    expectOnlyProblem(result, {
      code: 'unknown-node',
      path: ['nodes', AT.arc300, 'requires', 0, 'anyOf', 1],
      message: 'unknown node "sec-205" (did you mean "sec-250"?)',
      ...positionOf(text, '"sec-205"'),
    });
  });

  it('offers no suggestion when nothing is close', () => {
    const { result } = load(withValue(['edges', 0, 'target'], 'quantum-computing-lead'));
    expectOnlyProblem(result, { code: 'unknown-node', path: ['edges', 0, 'target'], message: 'unknown node "quantum-computing-lead"' });
  });
});

describe('loader rule: self-loops', () => {
  it('rejects an edge from a node to itself', () => {
    const { text, result } = load(withPushed(['edges'], { source: 'adm-200', target: 'adm-200', kind: 'recommends' }));
    expectOnlyProblem(result, {
      code: 'self-loop',
      path: ['edges', 6],
      message: 'edge from "adm-200" to itself',
      ...positionOf(text, '{"source":"adm-200","target":"adm-200"'),
    });
  });

  it('rejects a node that requires itself', () => {
    const { text, result } = load(withValue(['nodes', AT.arc300, 'requires', 0, 'anyOf', 1], 'arc-300'));
    expectOnlyProblem(result, {
      code: 'self-loop',
      path: ['nodes', AT.arc300, 'requires', 0, 'anyOf', 1],
      message: '"arc-300" cannot require itself',
      ...positionOf(text, '"arc-300"],'),
    });
  });
});

describe('loader rule: edge kinds join the right node kinds', () => {
  it('a teaches edge must leave a certification', () => {
    const { text, result } = load(withValue(['edges', 1, 'source'], 'role-admin'));
    expectOnlyProblem(result, {
      code: 'wrong-kind',
      path: ['edges', 1, 'source'],
      message: 'a teaches edge must leave a certification, not a role ("role-admin")',
      ...positionOf(text, '"source":"role-admin"'),
    });
  });

  it('a teaches edge must point to a skill', () => {
    const { result } = load(withValue(['edges', 1, 'target'], 'role-admin'));
    expectOnlyProblem(result, {
      code: 'wrong-kind',
      path: ['edges', 1, 'target'],
      message: 'a teaches edge must point to a skill, not a role ("role-admin")',
    });
  });

  it('no edge may touch a track', () => {
    const { result } = load(withValue(['edges', 4, 'source'], 'track-admin'));
    expectOnlyProblem(result, {
      code: 'wrong-kind',
      path: ['edges', 4, 'source'],
      message: 'a recommends edge must leave a certification or role or skill or experience, not a track ("track-admin")',
    });
  });
});

describe('loader rule: links are http(s) only', () => {
  it.each([
    ['javascript:alert(1)', ', not a "javascript:" link'],
    ['data:text/html,<script>alert(1)</script>', ', not a "data:" link'],
    ['ftp://example.com/guide.pdf', ', not a "ftp:" link'],
    ['https://localhost/guide', ''],
    ['example.com/guide', ''],
  ])('rejects %s', (url, tail) => {
    const { text, result } = load(withValue(['nodes', AT.adm200, 'sources', 0], url));
    expectOnlyProblem(result, {
      code: 'invalid-format',
      path: ['nodes', AT.adm200, 'sources', 0],
      message: `must be an http(s) URL with a domain name${tail}`,
      ...positionOf(text, JSON.stringify(url)),
    });
  });

  it('checks links in meta, edges, statuses and fees too', () => {
    let doc = withValue(['meta', 'sources', 0], 'javascript:void(0)');
    doc = withValue(['edges', 0, 'sources'], ['data:,x'], doc);
    doc = withValue(['nodes', AT.sec250, 'status', 'source'], 'ftp://example.com/a', doc);
    doc = withValue(['nodes', AT.adm200, 'fee', 'source'], 'file:///etc/passwd', doc);
    expect(problemsOf(load(doc).result).map((p) => p.path)).toEqual([
      ['meta', 'sources', 0],
      ['nodes', AT.adm200, 'fee', 'source'],
      ['nodes', AT.sec250, 'status', 'source'],
      ['edges', 0, 'sources', 0],
    ]);
  });

  it('names an over-long link as too long, not as a bad link', () => {
    const url = `https://example.com/${'a'.repeat(2000)}`;
    const { result } = load(withValue(['nodes', AT.adm200, 'sources', 0], url));
    expectOnlyProblem(result, { code: 'too-big', path: ['nodes', AT.adm200, 'sources', 0], message: 'must be at most 2000 characters' });
  });
});

describe('loader rule: labels must not be empty', () => {
  it.each([
    ['empty', ''],
    ['spaces', '   '],
    ['tabs and newlines', '\t\n'],
    ['a no-break space', '\u00a0'],
  ])('rejects a label of %s', (_, label) => {
    const { text, result } = load(withValue(['nodes', AT.skill, 'label'], label));
    expectOnlyProblem(result, {
      code: 'too-small',
      path: ['nodes', AT.skill, 'label'],
      message: 'must not be empty',
      ...positionOf(text, `"label":${JSON.stringify(label)}`),
    });
  });

  it('rejects a label of only zero-width characters', () => {
    const { result } = load(withValue(['nodes', AT.skill, 'label'], '\u200b\u2060'));
    expectOnlyProblem(result, {
      code: 'custom',
      path: ['nodes', AT.skill, 'label'],
      message: 'must not be empty (it holds only invisible characters)',
    });
  });

  it('applies to credentials, issuers and requirement group labels too', () => {
    let doc = withValue(['nodes', AT.adm200, 'credential'], ' ');
    doc = withValue(['nodes', AT.adm200, 'issuer'], '', doc);
    doc = withValue(['nodes', AT.arc300, 'requires', 0, 'label'], '  ', doc);
    expect(problemsOf(load(doc).result).map((p) => [p.path.join('.'), p.message])).toEqual([
      ['nodes.2.issuer', 'must not be empty'],
      ['nodes.2.credential', 'must not be empty'],
      ['nodes.4.requires.0.label', 'must not be empty'],
    ]);
  });

  it('trims the spaces around a label', () => {
    const { result } = load(withValue(['nodes', AT.skill, 'label'], '  Identity and access '));
    expect(result.ok && result.graph.byId.get('skill-identity')?.label).toBe('Identity and access');
  });
});

describe('loader rule: effort must be plausible', () => {
  it('rejects negative months', () => {
    const { text, result } = load(withValue(['edges', 0, 'months'], -3));
    expectOnlyProblem(result, {
      code: 'too-small',
      path: ['edges', 0, 'months'],
      message: 'must not be negative',
      ...positionOf(text, '"months":-3'),
    });
  });

  it('rejects months over 240', () => {
    const { result } = load(withValue(['edges', 0, 'months'], 1200));
    expectOnlyProblem(result, { code: 'too-big', path: ['edges', 0, 'months'], message: 'is implausibly long (over 240 months)' });
  });

  it('rejects a negative cost', () => {
    const { result } = load(withValue(['edges', 0, 'cost', 'amount'], -165));
    expectOnlyProblem(result, { code: 'too-small', path: ['edges', 0, 'cost', 'amount'], message: 'must not be negative' });
  });

  it('rejects a cost over 1,000,000', () => {
    const { result } = load(withValue(['edges', 0, 'cost', 'amount'], 5e9));
    expectOnlyProblem(result, { code: 'too-big', path: ['edges', 0, 'cost', 'amount'], message: 'is implausibly large (over 1,000,000)' });
  });

  it('rejects an exam fee over 1,000,000 and a currency that is not an ISO code', () => {
    let doc = withValue(['nodes', AT.adm200, 'fee', 'amount'], 1e7);
    doc = withValue(['nodes', AT.adm200, 'fee', 'currency'], 'usd', doc);
    expect(problemsOf(load(doc).result).map((p) => p.message)).toEqual([
      'is implausibly large (over 1,000,000)',
      'must be an ISO 4217 code such as "USD"',
    ]);
  });

  it('rejects months of experience over 600 and a string where a number belongs', () => {
    let doc = withValue(['nodes', AT.experience, 'months'], 601);
    doc = withValue(['edges', 3, 'months'], '6', doc);
    expect(problemsOf(load(doc).result).map((p) => p.message)).toEqual([
      'is implausibly long (over 600 months)',
      'must be a number, not a string',
    ]);
  });
});

describe('loader rule: only retired or retiring certifications have a replacement', () => {
  it('rejects a replaced-by edge leaving an active certification', () => {
    const { text, result } = load(withPushed(['edges'], { source: 'sec-250', target: 'arc-300', kind: 'replaced-by' }));
    expectOnlyProblem(result, {
      code: 'replacement-not-retired',
      path: ['edges', 6],
      message: '"sec-250" has a replacement but is not marked retired or retiring',
      ...positionOf(text, '{"source":"sec-250"'),
    });
  });

  it('accepts a replaced-by edge leaving a retiring certification', () => {
    let doc = withValue(['nodes', AT.sec250, 'status'], { state: 'retiring', date: '2026-06-30' });
    doc = withPushed(['edges'], { source: 'sec-250', target: 'arc-300', kind: 'replaced-by' }, doc);
    expect(load(doc).result.ok).toBe(true);
  });

  it('has no replacement field on an active status (an unknown key)', () => {
    const { result } = load(withValue(['nodes', AT.sec250, 'status', 'replacement'], 'arc-300'));
    expectOnlyProblem(result, {
      code: 'unknown-key',
      path: ['nodes', AT.sec250, 'status', 'replacement'],
      message: 'unknown key "replacement"',
    });
  });
});

describe('loader rule: status.replacement', () => {
  it('must name a known node', () => {
    const { text, result } = load(withValue(['nodes', AT.old100, 'status', 'replacement'], 'adm-2000'));
    expectOnlyProblem(result, {
      code: 'unknown-node',
      path: ['nodes', AT.old100, 'status', 'replacement'],
      message: 'unknown node "adm-2000" (did you mean "adm-200"?)',
      ...positionOf(text, '"replacement":"adm-2000"'),
    });
  });

  it('must not be the certification itself', () => {
    const { result } = load(withValue(['nodes', AT.old100, 'status', 'replacement'], 'old-100'));
    expectOnlyProblem(result, {
      code: 'self-loop',
      path: ['nodes', AT.old100, 'status', 'replacement'],
      message: '"old-100" cannot be its own replacement',
    });
  });

  it('must be a certification', () => {
    const { result } = load(withValue(['nodes', AT.old100, 'status', 'replacement'], 'role-admin'));
    expectOnlyProblem(result, {
      code: 'wrong-kind',
      path: ['nodes', AT.old100, 'status', 'replacement'],
      message: 'a replacement must be a certification, not a role ("role-admin")',
    });
  });
});

describe('loader rule: prerequisites must not form a cycle', () => {
  it('finds a cycle made of prerequisite edges', () => {
    const doc = withPushed(['edges'], { source: 'arc-300', target: 'adm-200', kind: 'prerequisite' });
    const { text, result } = load(doc);
    expectOnlyProblem(result, {
      code: 'prerequisite-cycle',
      path: ['nodes', AT.adm200],
      message: 'prerequisites form a cycle: adm-200 → arc-300 → adm-200',
      ...positionOf(text, '{"id":"adm-200"'),
    });
  });

  it('finds a cycle made of requirement groups', () => {
    const doc = withValue(['nodes', AT.sec250, 'requires'], [{ anyOf: ['arc-300'] }]);
    expectOnlyProblem(load(doc).result, {
      code: 'prerequisite-cycle',
      path: ['nodes', AT.sec250],
      message: 'prerequisites form a cycle: sec-250 → arc-300 → sec-250',
    });
  });

  it('finds a cycle mixing an edge and a requirement group', () => {
    let doc = withValue(['edges', 0, 'kind'], 'recommends');
    doc = withPushed(['edges'], { source: 'arc-300', target: 'sec-250', kind: 'prerequisite' }, doc);
    expectOnlyProblem(load(doc).result, {
      code: 'prerequisite-cycle',
      path: ['nodes', AT.sec250],
      message: 'prerequisites form a cycle: sec-250 → arc-300 → sec-250',
    });
  });

  it('reports every separate cycle, each starting at its first node in the file', () => {
    let doc = withPushed(['edges'], { source: 'arc-300', target: 'adm-200', kind: 'prerequisite' });
    doc = withPushed(['edges'], { source: 'exp-two-years', target: 'role-admin', kind: 'prerequisite' }, doc);
    doc = withValue(['nodes', AT.experience, 'requires'], [{ anyOf: ['role-admin'] }], doc);
    expect(problemsOf(load(doc).result).map((p) => [p.path, p.message])).toEqual([
      [['nodes', AT.adm200], 'prerequisites form a cycle: adm-200 → arc-300 → adm-200'],
      [['nodes', AT.experience], 'prerequisites form a cycle: exp-two-years → role-admin → exp-two-years'],
    ]);
  });

  it('does not count recommends or leads-to edges as ordering', () => {
    const doc = withPushed(['edges'], { source: 'arc-300', target: 'adm-200', kind: 'recommends' });
    expect(load(doc).result.ok).toBe(true);
  });
});

describe('loader rule: unknown keys', () => {
  it('reports a typo such as "sorces" at the line of the key', () => {
    const { text, result } = load(without(['nodes', AT.adm200, 'sources'], withValue(['nodes', AT.adm200, 'sorces'], ['https://example.com/adm-200'])));
    expectOnlyProblem(result, {
      code: 'unknown-key',
      path: ['nodes', AT.adm200, 'sorces'],
      message: 'unknown key "sorces"',
      ...positionOf(text, '"sorces"'),
    });
  });

  it('locates the key the same way in a file with Windows line endings', () => {
    const doc = without(['nodes', AT.adm200, 'sources'], withValue(['nodes', AT.adm200, 'sorces'], []));
    const unix = toText(doc);
    const result = loadGraphText(unix.replaceAll('\n', '\r\n'));
    expect(problemsOf(result)).toEqual([expect.objectContaining({ path: ['nodes', AT.adm200, 'sorces'], ...positionOf(unix, '"sorces"') })]);
  });

  it('reports unknown keys at the top level, in meta and in edges', () => {
    let doc = withValue(['version'], 2);
    doc = withValue(['meta', 'author'], 'me', doc);
    doc = withValue(['edges', 2, 'weight'], 3, doc);
    const { text, result } = load(doc);
    expect(problemsOf(result)).toEqual([
      expect.objectContaining({ path: ['meta', 'author'], message: 'unknown key "author"', ...positionOf(text, '"author"') }),
      expect.objectContaining({ path: ['edges', 2, 'weight'], message: 'unknown key "weight"', ...positionOf(text, '"weight"') }),
      expect.objectContaining({ path: ['version'], message: 'unknown key "version"', ...positionOf(text, '"version"') }),
    ]);
  });

  it('reports a key written twice in one object', () => {
    const text = toText(validDocument()).replace('"label":"Cloud architect",', '"label":"Cloud architect","label":"Cloud architect",');
    const second = text.indexOf('"label":"Cloud architect"', text.indexOf('"label":"Cloud architect"') + 1);
    expectOnlyProblem(loadGraphText(text), {
      code: 'duplicate-key',
      path: ['nodes', AT.roleArchitect, 'label'],
      message: 'key "label" is written more than once in this object (the last one wins)',
      line: positionOf(text, '"Cloud architect","label"').line,
      column: second - text.lastIndexOf('\n', second),
    });
  });
});

describe('loader rule: ids are kebab-case', () => {
  it.each(['ADM-200', 'adm_200', 'adm--200', '-adm', 'adm 200', 'adm-200-', ''])('rejects the id %j', (id) => {
    const doc = withValue(['nodes', AT.roleAdmin, 'id'], id);
    const problems = problemsOf(load(without(['edges', 3], doc)).result);
    expect(problems).toEqual([
      expect.objectContaining({
        code: 'invalid-format',
        path: ['nodes', AT.roleAdmin, 'id'],
        message: 'must be kebab-case: lowercase letters, digits and single hyphens',
      }),
    ]);
  });

  it('rejects an id over 80 characters', () => {
    const doc = without(['edges', 3], withValue(['nodes', AT.roleAdmin, 'id'], 'a'.repeat(81)));
    expectOnlyProblem(load(doc).result, { code: 'too-big', path: ['nodes', AT.roleAdmin, 'id'], message: 'must be at most 80 characters' });
  });

  it('does not call references to a node with a broken id unknown', () => {
    // The node fails the schema; the edge naming it is unchecked rather than a second problem.
    const doc = withValue(['edges', 3, 'target'], 'Role-Admin', withValue(['nodes', AT.roleAdmin, 'id'], 'Role-Admin'));
    expect(problemsOf(load(doc).result).map((p) => [p.code, p.path])).toEqual([['invalid-format', ['nodes', AT.roleAdmin, 'id']]]);
  });

  it('reports a reference that is not kebab-case as an unknown node, with a did-you-mean', () => {
    const { result } = load(withValue(['edges', 3, 'target'], 'Role-Admin'));
    expectOnlyProblem(result, { code: 'unknown-node', path: ['edges', 3, 'target'], message: 'unknown node "Role-Admin" (did you mean "role-admin"?)' });
  });
});

describe('loader rule: tracks', () => {
  it('a node can only belong to a track node', () => {
    const { text, result } = load(withValue(['nodes', AT.adm200, 'tracks', 0], 'role-admin'));
    expectOnlyProblem(result, {
      code: 'not-a-track',
      path: ['nodes', AT.adm200, 'tracks', 0],
      message: '"role-admin" is a role, not a track',
      ...positionOf(text, '"role-admin"],"sources"'),
    });
  });

  it('an unknown track is named as a track', () => {
    const { result } = load(withValue(['nodes', AT.adm200, 'tracks', 0], 'track-admn'));
    expectOnlyProblem(result, {
      code: 'unknown-node',
      path: ['nodes', AT.adm200, 'tracks', 0],
      message: 'unknown track "track-admn" (did you mean "track-admin"?)',
    });
  });

  it('a requirement group cannot name a track', () => {
    const { result } = load(withValue(['nodes', AT.arc300, 'requires', 0, 'anyOf', 1], 'track-admin'));
    expectOnlyProblem(result, {
      code: 'wrong-kind',
      path: ['nodes', AT.arc300, 'requires', 0, 'anyOf', 1],
      message: 'a requirement cannot be a track ("track-admin")',
    });
  });
});

describe('loader rule: duplicate edges', () => {
  it('reports the second edge with the same source, target and kind', () => {
    const { text, result } = load(withPushed(['edges'], { source: 'adm-200', target: 'skill-identity', kind: 'teaches', note: 'again' }));
    expectOnlyProblem(result, {
      code: 'duplicate-edge',
      path: ['edges', 6],
      message: 'duplicate teaches edge from "adm-200" to "skill-identity" (first at edges[1])',
      ...positionOf(text, '{"source":"adm-200","target":"skill-identity","kind":"teaches","note"'),
    });
  });

  it('allows two edges of different kinds between the same nodes', () => {
    const { result } = load(withPushed(['edges'], { source: 'adm-200', target: 'arc-300', kind: 'recommends' }));
    expect(result.ok).toBe(true);
  });
});

describe('node kinds and statuses', () => {
  it('reports a missing kind with the allowed kinds', () => {
    const { text, result } = load(without(['nodes', AT.skill, 'kind']));
    expectOnlyProblem(result, {
      code: 'invalid-value',
      path: ['nodes', AT.skill, 'kind'],
      message: 'is required: one of "certification", "role", "skill", "experience", "track"',
      ...positionOf(text, '{"id":"skill-identity"'),
    });
  });

  it('reports a wrong kind with what was found', () => {
    const { result } = load(withValue(['nodes', AT.skill, 'kind'], 'Skill'));
    expectOnlyProblem(result, {
      code: 'invalid-value',
      path: ['nodes', AT.skill, 'kind'],
      message: 'must be one of "certification", "role", "skill", "experience", "track" (found "Skill")',
    });
  });

  it('reports a wrong status state', () => {
    const { result } = load(withValue(['nodes', AT.sec250, 'status', 'state'], 'expired'));
    expectOnlyProblem(result, {
      code: 'invalid-value',
      path: ['nodes', AT.sec250, 'status', 'state'],
      message: 'must be one of "active", "beta", "retiring", "retired" (found "expired")',
    });
  });
});

describe('all problems at once', () => {
  it('reports three different problems in one document as three problems', () => {
    let doc = withValue(['meta', 'title'], '');
    doc = withValue(['edges', 0, 'target'], 'arc-3oo', doc);
    doc = withValue(['nodes', AT.roleAdmin, 'seniority'], 'junior', doc);
    const { text, result } = load(doc);
    expect(problemsOf(result)).toEqual([
      expect.objectContaining({ path: ['meta', 'title'], ...positionOf(text, '"title"') }),
      expect.objectContaining({ path: ['nodes', AT.roleAdmin, 'seniority'], ...positionOf(text, '"seniority":"junior"') }),
      expect.objectContaining({ path: ['edges', 0, 'target'], ...positionOf(text, '"target":"arc-3oo"') }),
    ]);
  });

  it('reports graph problems in the valid parts of a document that also breaks the schema', () => {
    let doc = withValue(['nodes', AT.skill, 'domain'], 42);
    doc = withValue(['edges', 5, 'target'], 'role-architekt', doc);
    doc = withPushed(['edges'], { source: 'arc-300', target: 'adm-200', kind: 'prerequisite' }, doc);
    expect(problemsOf(load(doc).result).map((p) => p.code)).toEqual(['invalid-type', 'unknown-node', 'prerequisite-cycle']);
  });

  it('gives the same problems, without positions, for an already-parsed value', () => {
    const doc = withValue(['edges', 0, 'target'], 'arc-3oo');
    const fromValue = problemsOf(loadGraphValue(doc));
    expect(fromValue).toEqual([
      { code: 'unknown-node', path: ['edges', 0, 'target'], message: 'unknown node "arc-3oo" (did you mean "arc-300"?)', hint: 'use the id of a node defined in "nodes"' },
    ]);
  });
});

describe('formatProblem', () => {
  it('prints file:line:col, two spaces, the path, two spaces, the message and the hint', () => {
    const { result } = load(withValue(['edges', 0, 'target'], 'arc-3oo'));
    const [problem] = problemsOf(result);
    expect(problem && formatProblem(problem, 'tiny.json')).toBe(
      'tiny.json:16:25  edges[0].target  unknown node "arc-3oo" (did you mean "arc-300"?) (use the id of a node defined in "nodes")',
    );
  });

  it('prints the file alone when there is no position, and (document) for the empty path', () => {
    expect(formatProblem({ code: 'empty', path: [], message: 'the file is empty' }, 'a.json')).toBe('a.json  (document)  the file is empty');
  });

  it('quotes keys that are not identifiers', () => {
    expect(formatProblem({ code: 'x', path: ['meta', 'a-b', 3, 'c'], message: 'm', line: 2, column: 9 })).toBe('<input>:2:9  meta["a-b"][3].c  m');
  });
});
