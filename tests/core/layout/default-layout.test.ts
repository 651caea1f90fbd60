import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildLayoutFile, isLayoutFileFor, LAYOUT_VERSION, layoutInputHash, type LayoutFile } from '../../../src/core/index';
import { loadDefaultMap, REPO_ROOT } from '../../support/layout-checks';

const shipped = JSON.parse(readFileSync(`${REPO_ROOT}src/generated/default-layout.json`, 'utf8')) as LayoutFile;
const model = loadDefaultMap();
const input = { nodes: model.nodes, edges: model.edges };
const stale = 'src/generated/default-layout.json is stale: run `npm run layout` and commit the result';

describe('the generated layout of the default map', () => {
  it('was made from the current graph-data/ms-102.json by this layout version', () => {
    expect(shipped.layoutVersion, stale).toBe(LAYOUT_VERSION);
    expect(shipped.graphHash, stale).toBe(layoutInputHash(input));
    expect(isLayoutFileFor(shipped, input)).toBe(true);
  });

  it('is exactly what the layout code gives today (catches changed layout code too)', () => {
    expect(shipped, stale).toEqual(JSON.parse(JSON.stringify(buildLayoutFile(input))));
  });
});
