import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { highlightParts, loadGraphText, searchMap, searchNodes, type PathwiseGraph } from '../../../src/core/index';
import { viewFixture } from './fixture';

describe('searchNodes on a small map', () => {
  const model = viewFixture();
  const first = (q: string) => searchNodes(model, q)[0]?.id;

  it('finds by exact exam code, case-insensitively', () => {
    expect(first('exp-3')).toBe('expert-cert');
    expect(first('NEW-2')).toBe('new-cert');
  });
  it('finds by id, label prefix, word and credential name', () => {
    expect(first('role-admin')).toBe('role-admin');
    expect(first('admin')).toBe('role-admin');
    expect(first('identity')).toBe('skill-one');
    expect(first('new credential')).toBe('new-cert');
  });
  it('never returns tracks and returns nothing for an empty query or no match', () => {
    expect(searchNodes(model, 'track').map((n) => n.kind)).not.toContain('track');
    expect(searchNodes(model, '  ')).toEqual([]);
    expect(searchNodes(model, 'zzzz')).toEqual([]);
  });
  it('limits the number of suggestions', () => {
    expect(searchNodes(model, 'cert', 2)).toHaveLength(2);
    expect(searchNodes(model, 'cert', 8).length).toBeGreaterThan(2);
  });
});

describe('searchMap on the MS-102 map: what people type', () => {
  const loaded = loadGraphText(readFileSync(join(import.meta.dirname, '../../../graph-data/ms-102.json'), 'utf8'));
  if (!loaded.ok) throw new Error('the default map does not load');
  const model: PathwiseGraph = loaded.graph;
  const ids = (q: string, n = 8) => searchMap(model, q, n).map((h) => h.node.id);

  it('forgives typos: "azur administrator" puts AZ-104 and the Azure administrator role on top', () => {
    expect(ids('azur administrator', 2).sort()).toEqual(['az-104', 'role-azure-administrator']);
    const top = searchMap(model, 'azur administrator', 1)[0];
    expect(top?.label.filter((p) => p.match).map((p) => p.text)).toEqual(['Azure', 'administrator']);
  });

  it('forgives typos: "secuirty" finds security nodes first', () => {
    const hits = searchMap(model, 'secuirty', 5);
    expect(hits).toHaveLength(5);
    for (const hit of hits) expect(hit.node.label.toLowerCase()).toContain('security');
    expect(hits[0]?.terms).toContain('security');
  });

  it('reads abbreviations from the map\'s synonyms: M365 is Microsoft 365', () => {
    expect(ids('m365', 8)).toEqual(expect.arrayContaining(['role-m365-administrator', 'ms-102']));
    expect(ids('m365 administrator', 2)).toEqual(expect.arrayContaining(['role-m365-administrator']));
  });

  it('reads old names: AAD and Azure AD find Entra ID', () => {
    for (const q of ['aad', 'AAD', 'azure ad', 'Azure Active Directory']) {
      expect(ids(q, 1)).toEqual(['skill-entra-identity']);
      expect(ids(q, 8)).toEqual(expect.arrayContaining(['sc-300', 'role-identity-administrator']));
    }
  });

  it('finds the products: Intune, Purview, Sentinel, Defender', () => {
    expect(ids('intune', 3).sort()).toEqual(['md-102', 'role-endpoint-administrator', 'skill-intune-device-management']);
    expect(ids('endpoint manager', 3).sort()).toEqual(['md-102', 'role-endpoint-administrator', 'skill-intune-device-management']);
    expect(ids('purview', 8)).toEqual(expect.arrayContaining(['ms-102', 'skill-information-protection', 'skill-dlp-retention']));
    expect(ids('sentinel', 1)).toEqual(['skill-sentinel-siem']);
    expect(ids('sentinel', 8)).toEqual(expect.arrayContaining(['sc-200', 'role-soc-analyst']));
    expect(ids('defender', 1)).toEqual(['skill-defender-xdr']);
    expect(ids('defender', 8)).toEqual(expect.arrayContaining(['sc-200']));
  });

  it('searches skills and descriptions, and says where it matched', () => {
    expect(ids('conditional access', 2)).toEqual(['skill-conditional-access-mfa', 'sc-300']);
    const kql = searchMap(model, 'kql', 8);
    expect(kql.map((h) => h.node.id)).toEqual(['skill-incident-response']);
    expect(kql[0]?.excerpt?.field).toBe('description');
    expect(kql[0]?.excerpt?.parts.filter((p) => p.match).map((p) => p.text)).toEqual(['KQL']);
    const soc = searchMap(model, 'sentinel', 8).find((h) => h.node.id === 'role-soc-analyst');
    expect(soc?.excerpt?.parts.filter((p) => p.match).map((p) => p.text)).toContain('Sentinel');
  });

  it('still finds exam codes exactly, with or without the hyphen, and unfinished', () => {
    expect(ids('ms-102', 1)).toEqual(['ms-102']);
    expect(ids('MS102', 1)).toEqual(['ms-102']);
    expect(ids('az-3', 1)).toEqual(['az-305']);
    expect(ids('mct', 1)).toEqual(['mct']);
  });
});

describe('highlightParts', () => {
  it('marks whole matched words, case-insensitively, and keeps the text between them', () => {
    expect(highlightParts('AZ-104 Azure Administrator', ['azure'])).toEqual([
      { text: 'AZ-104 ', match: false },
      { text: 'Azure', match: true },
      { text: ' Administrator', match: false },
    ]);
    expect(highlightParts('Azurely', ['azure'])).toEqual([{ text: 'Azurely', match: false }]);
    expect(highlightParts('', ['a'])).toEqual([]);
  });
});
