import { describe, expect, it } from 'vitest';
import { insecureUrls, loadMap, mapFiles, nodesWithoutHttpsSource, readMap, undatedFigures } from './map-rules';

/** http-only sources allowed in shipped maps, each with the reason it has no https. None today. */
const HTTP_ALLOWED: Readonly<Record<string, string>> = {};

describe('graph-data files', () => {
  it('ships at least the MS-102 map', () => {
    expect(mapFiles()).toContain('ms-102.json');
  });

  describe.each(mapFiles())('%s', (name) => {
    const text = readMap(name);

    it('loads without problems', () => {
      expect(() => loadMap(text)).not.toThrow();
    });

    it('cites an https source on every node', () => {
      expect(nodesWithoutHttpsSource(loadMap(text))).toEqual([]);
    });

    it('uses only https URLs, unless allow-listed with a reason', () => {
      expect(insecureUrls(JSON.parse(text), HTTP_ALLOWED)).toEqual([]);
    });

    it('dates every fee and gives every pay figure a year and a source', () => {
      expect(undatedFigures(loadMap(text))).toEqual([]);
    });
  });
});
