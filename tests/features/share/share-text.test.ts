import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadGraphText } from '../../../src/core/index';
import { shareText } from '../../../src/features/share/share-text';

const loaded = loadGraphText(readFileSync(resolve(import.meta.dirname, '../../../graph-data/ms-102.json'), 'utf8'));
if (!loaded.ok) throw new Error('the default map does not load');
const model = loaded.graph;
const NO_ROUTE = { from: null, to: null, by: 'months', avoid: [] } as const;

describe('shareText', () => {
  it('names the route, its metric and what it avoids', () => {
    expect(shareText(model, { selectedId: 'az-104', route: { from: 'ms-102', to: 'az-305', by: 'months', avoid: [] } })).toBe(
      'Route from MS-102 Microsoft 365 Administrator to AZ-305 Azure Solutions Architect, by least time, on the MS-102 Roadmap',
    );
    expect(shareText(model, { selectedId: null, route: { from: 'ms-102', to: 'az-305', by: 'cost', avoid: ['az-104'] } })).toBe(
      'Route from MS-102 Microsoft 365 Administrator to AZ-305 Azure Solutions Architect, by least cost, avoiding AZ-104 Azure Administrator, on the MS-102 Roadmap',
    );
    expect(shareText(model, { selectedId: null, route: { from: 'ms-102', to: 'az-305', by: 'steps', avoid: ['az-104', 'track-m365-admin', 'x'] } })).toBe(
      'Route from MS-102 Microsoft 365 Administrator to AZ-305 Azure Solutions Architect, by fewest steps, avoiding 3 nodes, on the MS-102 Roadmap',
    );
  });

  it('a route with only a destination (from what is done) has no start', () => {
    expect(shareText(model, { selectedId: null, route: { from: null, to: 'az-305', by: 'months', avoid: [] } })).toBe(
      'Route to AZ-305 Azure Solutions Architect, by least time, on the MS-102 Roadmap',
    );
  });

  it('without a route, the selected node, else the map', () => {
    expect(shareText(model, { selectedId: 'az-104', route: NO_ROUTE })).toBe('AZ-104 Azure Administrator on the MS-102 Roadmap');
    expect(shareText(model, { selectedId: null, route: NO_ROUTE })).toBe('The MS-102 Roadmap');
  });
});
