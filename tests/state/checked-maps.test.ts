import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadGraphBytes } from '../../src/core/index';
import { checkedShippedMap, sha256Hex, type MapChecks } from '../../src/state/checked-maps';
import { checkShippedMap } from '../../vite-plugin-maps';

const bytesOf = (text: string) => new TextEncoder().encode(text);
const MS102 = new Uint8Array(readFileSync(new URL('../../graph-data/ms-102.json', import.meta.url)));

describe('sha256Hex', () => {
  it('is the standard SHA-256 (FIPS 180-2 test vector "abc")', async () => {
    expect(await sha256Hex(bytesOf('abc'))).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it('matches the hash the build embeds (node:crypto) for the shipped map', async () => {
    expect(await sha256Hex(MS102)).toBe((await checkShippedMap('ms-102.json', MS102))?.sha256);
  });
});

describe('checkedShippedMap', () => {
  let checks: MapChecks = {};
  beforeAll(async () => {
    const check = await checkShippedMap('ms-102.json', MS102);
    if (check === null) throw new Error('ms-102.json is not trusted by the build check');
    checks = { 'maps/ms-102.json': check };
  });

  it('builds the map when its bytes are those the build checked', async () => {
    const model = await checkedShippedMap('maps/ms-102.json', MS102, checks);
    const full = loadGraphBytes(MS102);
    if (!full.ok) throw new Error('ms-102.json does not load');
    expect(model?.meta.id).toBe('ms-102-roadmap');
    expect(model?.file).toEqual(full.graph.file);
  });

  it('skips validation on a hash match (text the loader would refuse is built as it is)', async () => {
    // Proves the trusted path does not run the schema: only the hash vouches for the text.
    const unchecked = bytesOf('{"meta":{"id":"x","title":"X"},"nodes":[],"edges":[{"source":"nowhere","target":"else","kind":"teleports"}]}');
    const hash = await sha256Hex(unchecked);
    const model = await checkedShippedMap('maps/x.json', unchecked, { 'maps/x.json': { sha256: hash ?? '', defaults: [] } });
    expect(model?.edges[0]?.kind).toBe('teleports');
  });

  it('refuses bytes that differ by one character from those checked (edited file, stale cache)', async () => {
    const edited = MS102.slice();
    const at = edited.indexOf('M'.charCodeAt(0));
    edited[at] = 'N'.charCodeAt(0);
    expect(await checkedShippedMap('maps/ms-102.json', edited, checks)).toBeNull();
  });

  it('refuses a path the build did not check, and everything when no checks were built (dev)', async () => {
    expect(await checkedShippedMap('maps/other.json', MS102, checks)).toBeNull();
    expect(await checkedShippedMap('maps/ms-102.json', MS102)).toBeNull();
  });
});
