import { describe, expect, it } from 'vitest';
import { closestNodes, resolveNode, type ResolveResult } from '../../../src/core/index';
import { AT, validDocument, withPushed, withValue } from '../schema/fixtures';
import { loaded } from './load';

const model = loaded(withValue(['nodes', AT.arc300, 'examCodes'], ['ARC-301', 'arc-302b']));

function resolvedId(result: ResolveResult): string {
  if (!result.ok) throw new Error(`expected a node, got ${result.reason}`);
  return result.node.id;
}

describe('resolveNode', () => {
  it.each([
    ['an id', 'role-admin', 'role-admin'],
    ['an id in capitals, with spaces around', '  ROLE-ADMIN ', 'role-admin'],
    ['an exam code', 'ARC-301', 'arc-300'],
    ['an exam code in lower case', 'arc-302b', 'arc-300'],
    ['a label, case-insensitively', 'systems ADMINISTRATOR', 'role-admin'],
    ['a credential name', 'contoso certified: architect expert', 'arc-300'],
  ])('finds a node by %s', (_, name, id) => {
    expect(resolvedId(resolveNode(model, name))).toBe(id);
  });

  it('prefers an id to an exam code or label that reads the same', () => {
    // "adm-200" is adm-200's id and exam code; a skill labelled "adm-200" must not make it ambiguous.
    const m = loaded(withPushed(['nodes'], { id: 'skill-adm', kind: 'skill', label: 'adm-200', domain: 'D' }));
    expect(resolvedId(resolveNode(m, 'ADM-200'))).toBe('adm-200');
  });

  it('reports a label two nodes share as ambiguous, with both as candidates', () => {
    const m = loaded(withPushed(['nodes'], { id: 'skill-cloud-architect', kind: 'skill', label: 'Cloud Architect', domain: 'Design' }));
    const result = resolveNode(m, 'cloud architect');
    expect(result).toMatchObject({ ok: false, reason: 'ambiguous', name: 'cloud architect' });
    expect(result.ok ? [] : result.candidates.map((n) => n.id)).toEqual(['role-architect', 'skill-cloud-architect']);
  });

  it('prefers a routable node to a track of the same name', () => {
    const m = loaded(withPushed(['nodes'], { id: 'track-admins', kind: 'track', label: 'Systems Administrator' }));
    expect(resolvedId(resolveNode(m, 'systems administrator'))).toBe('role-admin');
  });

  it('reports a label that is also another node\'s credential as ambiguous', () => {
    const m = loaded(withPushed(['nodes'], { id: 'role-arch-expert', kind: 'role', label: 'Contoso Certified: Architect Expert', seniority: 'lead' }));
    const result = resolveNode(m, 'Contoso Certified: Architect Expert');
    expect(result.ok ? [] : result.candidates.map((n) => n.id)).toEqual(['arc-300', 'role-arch-expert']);
  });

  it('reports an exam code two certifications share as ambiguous instead of picking one', () => {
    const m = loaded(withValue(['nodes', AT.sec250, 'examCodes'], ['SEC-250', 'ADM-200']));
    const result = resolveNode(m, 'adm-200 ');
    // The id wins: "adm-200" is a node id.
    expect(resolvedId(result)).toBe('adm-200');
    const shared = loaded(withValue(['nodes', AT.sec250, 'examCodes'], ['SEC-250', 'CORE-1'], withValue(['nodes', AT.adm200, 'examCodes'], ['CORE-1'])));
    const byCode = resolveNode(shared, 'core-1');
    expect(byCode).toMatchObject({ ok: false, reason: 'ambiguous' });
    expect(byCode.ok ? [] : byCode.candidates.map((n) => n.id)).toEqual(['adm-200', 'sec-250']);
    expect(shared.byExamCode.get('CORE-1')?.id).toBe('adm-200');
  });

  it('returns the closest candidates for an unknown name, best first', () => {
    const result = resolveNode(model, 'adm-20');
    expect(result).toMatchObject({ ok: false, reason: 'unknown', name: 'adm-20' });
    expect(result.ok ? undefined : result.candidates[0]?.id).toBe('adm-200');
    expect(result.ok ? 0 : result.candidates.length).toBe(5);
  });

  it('suggests a node for a misspelt label or credential', () => {
    const byLabel = resolveNode(model, 'Sytems administrator');
    expect(byLabel.ok ? undefined : byLabel.candidates[0]?.id).toBe('role-admin');
    const byCredential = resolveNode(model, 'Contoso Certified: Architekt Expert');
    expect(byCredential.ok ? undefined : byCredential.candidates[0]?.id).toBe('arc-300');
  });

  it('treats an empty name as unknown', () => {
    expect(resolveNode(model, '   ')).toMatchObject({ ok: false, reason: 'unknown' });
  });
});

describe('closestNodes', () => {
  it('ranks nodes whose names contain the query first, then by edit distance', () => {
    expect(closestNodes(model, 'ARCHITECT', 3).map((n) => n.id)).toEqual(['arc-300', 'role-architect', expect.any(String) as unknown]);
  });

  it('returns no more than asked, and nothing for a map without nodes', () => {
    expect(closestNodes(model, 'x', 2)).toHaveLength(2);
    const empty = loaded({ ...validDocument(), nodes: [], edges: [] });
    expect(closestNodes(empty, 'x', 2)).toEqual([]);
  });
});
