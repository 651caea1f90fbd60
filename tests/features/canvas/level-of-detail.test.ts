// @vitest-environment jsdom
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DETAIL_LEVEL, FAR_SIZES, LEVEL_ZOOM, MIN_TEXT_PX, TITLES_LEVEL, farLevelOf, levelCss, levelOf, underClasses } from '../../../src/features/canvas/level-of-detail';
import { levelClasses } from '../../../src/features/canvas/level-classes';

describe('levels of detail', () => {
  it('maps zooms to levels at the thresholds', () => {
    // 0.1667 = 9 / 54 rounded up; 0.2308 = 9 / 39 (a laptop's first view, 0.236, is past it).
    expect([0.1, 0.1666, 0.1667, 0.2, 0.2307, 0.2308, 0.236, 0.5, 0.75, 0.76, 1, 2.5].map(levelOf)).toEqual([0, 0, 1, 6, 9, 10, 10, 18, 18, 19, 20, 20]);
    expect(TITLES_LEVEL).toBe(19);
    expect(DETAIL_LEVEL).toBe(20);
  });

  it('never draws a far label below 9 px: at every zoom where it is shown, size × zoom ≥ 9', () => {
    fc.assert(
      fc.property(fc.integer({ min: 16, max: 54 }), fc.double({ min: 0.1, max: 2.5, noNaN: true }), (fontSize, zoom) => {
        const level = levelOf(zoom);
        const shown = farLevelOf(fontSize) <= level && level < TITLES_LEVEL;
        return !shown || fontSize * zoom >= MIN_TEXT_PX;
      }),
    );
  });

  it('shows a far label within one step of the zoom where it becomes legible', () => {
    // Brute force against the definition: the first ladder zoom at which size × zoom ≥ 9.
    for (let size = 18; size <= 54; size++) {
      const level = farLevelOf(size);
      expect(size * (LEVEL_ZOOM[level] as number)).toBeGreaterThanOrEqual(MIN_TEXT_PX);
      if (level > 1) expect(size * (LEVEL_ZOOM[level - 1] as number)).toBeLessThan(MIN_TEXT_PX);
    }
    expect(farLevelOf(54)).toBe(1);
    expect(farLevelOf(39)).toBe(10);
    expect(farLevelOf(17)).toBe(TITLES_LEVEL);
    expect(FAR_SIZES.every((size, i) => i === 0 || size < (FAR_SIZES[i - 1] as number))).toBe(true);
  });

  it('starts titles (12 px) and small print (9.5 px) where they reach 9 px', () => {
    expect(12 * (LEVEL_ZOOM[TITLES_LEVEL] as number)).toBeGreaterThanOrEqual(MIN_TEXT_PX);
    expect(9.5 * (LEVEL_ZOOM[DETAIL_LEVEL] as number)).toBeGreaterThanOrEqual(MIN_TEXT_PX);
  });

  it('builds CSS that hides, at each level, exactly the labels and edges of later levels', () => {
    // The rules matched by the DOM itself (jsdom) against a root carrying the level's classes;
    // the reference is the ladder's definition: hidden while the level is below the element's.
    const rules = levelCss()
      .split('\n')
      .map((line) => /^(.*) \{ (display: none|visibility: hidden); \}$/.exec(line))
      .map((m) => ({ selector: m?.[1] ?? '', hides: m?.[2] ?? '' }));
    expect(rules.every((r) => r.selector !== '')).toBe(true);
    const root = document.createElement('div');
    document.body.append(root);
    const hidden = (el: Element) => rules.some((r) => el.matches(r.selector));
    for (let level = 0; level <= DETAIL_LEVEL; level++) {
      root.className = ['react-flow', ...levelClasses(level)].join(' ');
      for (let from = 1; from <= TITLES_LEVEL; from++) {
        root.innerHTML = `<div class="pw-far far-from-${String(from)}"></div><svg><g class="react-flow__edge from-level-${String(from)}"></g><g class="react-flow__edge on-route from-level-${String(from)}"></g></svg>`;
        const [label, edge, onRoute] = [...root.querySelectorAll('.pw-far, g')];
        expect(hidden(label as Element), `label from ${String(from)} at level ${String(level)}`).toBe(level < TITLES_LEVEL && level < from);
        // At level 0 the edges between the nodes named first (level 1) stay: the poster's lines.
        expect(hidden(edge as Element), `edge from ${String(from)} at level ${String(level)}`).toBe(Math.max(level, 1) < from);
        expect(hidden(onRoute as Element)).toBe(false);
      }
    }
    root.remove();
  });

  it('changes one ladder class per level crossed', () => {
    for (let level = 0; level < DETAIL_LEVEL; level++) {
      const now = new Set(underClasses(level));
      const next = new Set(underClasses(level + 1));
      const changed = [...now].filter((c) => !next.has(c)).length + [...next].filter((c) => !now.has(c)).length;
      expect(changed).toBe(level < TITLES_LEVEL ? 1 : 0);
    }
  });
});
