import { describe, expect, it } from 'vitest';
import { buildGraph, edgeKey, type GraphFile } from '../../../src/core/index';
import { AT, validDocument, withPushed, withValue } from '../schema/fixtures';
import { loaded } from './load';

describe('edgeKey', () => {
  it('is source->target:kind', () => {
    expect(edgeKey({ source: 'az-104', target: 'az-305', kind: 'prerequisite' })).toBe('az-104->az-305:prerequisite');
  });
});

describe('buildGraph: replacements', () => {
  it('adds a replaced-by edge implied by a retired certification\'s status.replacement', () => {
    const model = loaded(validDocument());
    const key = 'old-100->adm-200:replaced-by';
    expect(model.graph.hasEdge(key)).toBe(true);
    expect(model.graph.getEdgeAttributes(key)).toEqual({ data: { source: 'old-100', target: 'adm-200', kind: 'replaced-by' }, implied: true });
    expect(model.edges.map(edgeKey)).toContain(key);
    expect(model.graph.getEdgeAttributes('adm-200->arc-300:prerequisite').implied).toBe(false);
  });

  it('adds one for a retiring certification too', () => {
    const status = { state: 'retiring', date: '2026-12-31', replacement: 'arc-300' };
    const model = loaded(withValue(['nodes', AT.sec250, 'status'], status));
    expect(model.graph.getEdgeAttributes('sec-250->arc-300:replaced-by').implied).toBe(true);
  });

  it('keeps a written replaced-by edge, with its note, instead of adding an implied copy', () => {
    const written = { source: 'old-100', target: 'adm-200', kind: 'replaced-by', note: 'announced in 2025' };
    const model = loaded(withPushed(['edges'], written));
    expect(model.graph.getEdgeAttributes('old-100->adm-200:replaced-by')).toEqual({ data: written, implied: false });
    expect(model.edges.filter((e) => e.kind === 'replaced-by')).toHaveLength(1);
  });

  it('adds nothing for a retired certification without a replacement', () => {
    const model = loaded(withValue(['nodes', AT.old100, 'status'], { state: 'retired', date: '2025-06-30' }));
    expect(model.edges.some((e) => e.kind === 'replaced-by')).toBe(false);
    expect(model.edges).toHaveLength(6);
  });
});

describe('buildGraph: indexes', () => {
  const model = loaded(
    withPushed(['nodes'], { id: 'track-security', kind: 'track', label: 'Security' }, withValue(['nodes', AT.adm200, 'examCodes'], ['adm-200', 'ADM-200B'])),
  );

  it('indexes nodes by id, in file order', () => {
    expect(model.nodes.map((n) => n.id)).toEqual([...validDocument().nodes.map((n) => n.id), 'track-security']);
    expect(model.byId.get('role-admin')?.label).toBe('Systems administrator');
    expect(model.byId.size).toBe(10);
  });

  it('indexes exam codes in upper case', () => {
    expect(model.byExamCode.get('ADM-200')?.id).toBe('adm-200');
    expect(model.byExamCode.get('ADM-200B')?.id).toBe('adm-200');
    expect(model.byExamCode.has('adm-200')).toBe(false);
  });

  it('indexes labels and credential names in lower case', () => {
    expect(model.byLabel.get('systems administrator')?.map((n) => n.id)).toEqual(['role-admin']);
    expect(model.byLabel.get('contoso certified: architect expert')?.map((n) => n.id)).toEqual(['arc-300']);
  });

  it('lists tracks by their order, tracks without one last', () => {
    expect(model.tracks.map((t) => t.id)).toEqual(['track-admin', 'track-security']);
  });

  it('puts every node and edge in the graphology graph with its data', () => {
    expect(model.graph.order).toBe(10);
    expect(model.graph.size).toBe(7);
    expect(model.graph.getNodeAttributes('adm-200').data).toBe(model.byId.get('adm-200'));
    expect(model.graph.outNeighbors('adm-200').sort()).toEqual(['arc-300', 'role-admin', 'skill-identity']);
  });

  it('fills in defaults: empty sources and exam codes', () => {
    expect(model.byId.get('skill-identity')?.sources).toEqual([]);
    expect(model.meta.sources).toEqual(['https://example.com/tiny']);
  });
});

describe('buildGraph: read-only data', () => {
  const model = loaded(validDocument());

  it('freezes the model, its lists, the file, meta, nodes, edges and everything inside them', () => {
    const arc = model.byId.get('arc-300');
    const lists = [model, model.nodes, model.edges, model.tracks, model.byLabel.get('cloud architect')];
    for (const value of [...lists, model.file, model.meta, model.file.edges[0], arc, arc?.requires, arc?.requires?.[0]?.anyOf]) {
      expect(Object.isFrozen(value)).toBe(true);
    }
  });

  it('throws on an attempt to change it (modules run in strict mode)', () => {
    const node = model.byId.get('role-admin') as { label: string };
    expect(() => {
      node.label = 'Changed';
    }).toThrow(TypeError);
    expect(() => (model.nodes as unknown[]).push({})).toThrow(TypeError);
    const implied = model.edges.find((e) => e.kind === 'replaced-by') as { target: string };
    expect(() => {
      implied.target = 'arc-300';
    }).toThrow(TypeError);
    const old = model.byId.get('old-100');
    expect(() => {
      if (old?.kind === 'certification') (old.status as { state: string }).state = 'active';
    }).toThrow(TypeError);
    expect(model.byId.get('role-admin')?.label).toBe('Systems administrator');
  });

  it('leaves the object it was given unfrozen and unchanged', () => {
    const file = validDocument() as unknown as GraphFile;
    const before = structuredClone(file);
    const built = buildGraph(file);
    expect(Object.isFrozen(file)).toBe(false);
    expect(Object.isFrozen(file.nodes[0])).toBe(false);
    expect(file).toEqual(before);
    expect(built.file).toEqual(before);
    expect(built.file).not.toBe(file);
  });
});

describe('loading: what it builds and what it leaves alone', () => {
  it('leaves a value given to loadGraphValue unfrozen and unchanged, at every depth', () => {
    const doc = validDocument();
    const before = structuredClone(doc);
    const model = loaded(doc);
    const unfrozen = (value: unknown): boolean =>
      typeof value !== 'object' || value === null || (!Object.isFrozen(value) && Object.values(value).every(unfrozen));
    expect(unfrozen(doc)).toBe(true);
    expect(doc).toEqual(before);
    expect(Object.isFrozen(model.file.nodes[0])).toBe(true);
  });

  it('lists the written edges first, in file order, then the implied replacements', () => {
    const model = loaded(validDocument());
    expect(model.writtenEdges).toBe(validDocument().edges.length);
    expect(model.edges.slice(0, model.writtenEdges)).toEqual(validDocument().edges);
    expect(model.edges.slice(model.writtenEdges).map(edgeKey)).toEqual(['old-100->adm-200:replaced-by']);
  });

  it('gives the same graphology graph when it is first read after loading as the data says', () => {
    const model = loaded(validDocument());
    expect(model.graph.edges()).toEqual(model.edges.map(edgeKey));
    expect(model.graph).toBe(model.graph);
  });
});
