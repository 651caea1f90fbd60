// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { edgeKey, THEMES, type GraphNode, type Layout } from '../../../src/core/index';
import { renderSvg, type RenderSvgInput } from '../../../src/core/render/index';
import { gridLayout, loadDefaultMap, parseSvg } from './fixtures';

const model = loadDefaultMap();
const edgesByKey = new Map(model.edges.map((e) => [edgeKey(e), e]));
const layout = gridLayout(model.nodes, model.edges);

function render(overrides: Partial<RenderSvgInput> = {}): string {
  return renderSvg({ nodes: model.byId, edges: edgesByKey, layout, theme: 'light', legend: true, title: model.meta.title, date: '2026-11-30', ...overrides });
}

const cert = (id: string, label: string, extra: Record<string, unknown> = {}): GraphNode => ({
    id,
    kind: 'certification',
    label,
    issuer: 'Microsoft',
    examCodes: [],
    credential: 'A credential',
    level: 'associate',
    status: { state: 'active' },
    sources: [],
    ...extra,
  });

/** Two boxes and one edge, laid out by hand. */
function tinyLayout(a: string, b: string): Layout {
  return {
    direction: 'LR',
    nodes: [
      { id: a, x: 0, y: 0, width: 232, height: 76 },
      { id: b, x: 320, y: 0, width: 232, height: 76 },
    ],
    edges: [{ key: `${a}->${b}:prerequisite`, source: a, target: b, kind: 'prerequisite', points: [{ x: 232, y: 38 }, { x: 320, y: 38 }] }],
    width: 552,
    height: 76,
  };
}

describe('renderSvg on the default map', () => {
  const svg = render();
  const doc = parseSvg(svg);
  const root = doc.documentElement;

  it('is a standalone SVG document sized to its viewBox', () => {
    expect(root.tagName).toBe('svg');
    expect(root.getAttribute('xmlns')).toBe('http://www.w3.org/2000/svg');
    const width = Number(root.getAttribute('width'));
    const height = Number(root.getAttribute('height'));
    expect(width).toBeGreaterThan(layout.width);
    expect(height).toBeGreaterThan(layout.height);
    expect(root.getAttribute('viewBox')).toBe(`0 0 ${String(width)} ${String(height)}`);
    expect(root.getAttribute('font-family')).toContain('Inter');
  });

  it('names every drawn node exactly in its <title> and draws one group per laid-out node', () => {
    const groups = [...doc.querySelectorAll('g.pw-node')];
    expect(groups).toHaveLength(layout.nodes.length);
    for (const box of layout.nodes) {
      const group = groups.find((g) => g.getAttribute('data-id') === box.id);
      const node = model.byId.get(box.id);
      expect(group?.querySelector('title')?.textContent.split('\n')[0]).toBe(node?.label);
    }
  });

  it('shows each certification exam code as visible text', () => {
    for (const node of model.nodes) {
      if (node.kind !== 'certification') continue;
      const visible = [...(doc.querySelector(`g.pw-node[data-id="${node.id}"]`)?.querySelectorAll('text') ?? [])].map((t) => t.textContent).join(' ');
      for (const code of node.examCodes) expect(visible).toContain(code);
    }
  });

  it('draws every edge as one <path> with a marker-end that points at a defined marker', () => {
    const paths = [...doc.querySelectorAll('path.pw-edge')];
    expect(paths).toHaveLength(layout.edges.length);
    const markers = new Set([...doc.querySelectorAll('defs marker')].map((m) => m.getAttribute('id')));
    for (const path of paths) {
      const ref = /^url\(#(.+)\)$/.exec(path.getAttribute('marker-end') ?? '')?.[1];
      expect(markers.has(ref ?? '')).toBe(true);
      expect(path.querySelector('title')?.textContent).toMatch(/^[A-Z]/);
    }
    expect(doc.querySelectorAll('defs')).toHaveLength(1);
  });

  it('gives each edge a <title> with its kind label and note', () => {
    const noted = model.edges.find((e) => e.note !== undefined);
    expect(noted).toBeDefined();
    if (noted === undefined) return;
    const path = [...doc.querySelectorAll('path.pw-edge')].find((p) => p.getAttribute('data-key') === edgeKey(noted));
    const title = path?.querySelector('title')?.textContent ?? '';
    expect(title.startsWith(THEMES.light.edge[noted.kind].label)).toBe(true);
    expect(title).toContain(noted.note);
  });

  it('references nothing outside the file', () => {
    expect(svg).not.toMatch(/(?:href|src)\s*=\s*["']?https?:/i);
    expect(svg).not.toMatch(/url\((?!#)/);
    expect(doc.querySelectorAll('image, script, foreignObject')).toHaveLength(0);
  });

  it('writes numbers with at most one decimal', () => {
    expect(svg).not.toMatch(/\d\.\d{2,}/);
  });

  it('is deterministic', () => {
    expect(render()).toBe(svg);
  });

  it('has the title band text', () => {
    const texts = [...doc.querySelectorAll('g.pw-title text')].map((t) => t.textContent);
    expect(texts).toEqual([model.meta.title, '2026-11-30']);
  });
});

describe('renderSvg escaping', () => {
  const hostile = [
    cert('evil-a', '<script>alert(1)</script>', { examCodes: ['X-1'] }),
    cert('evil-b', '"><img src=x onerror=alert(1)>', { credential: '</title><script>alert(2)</script>' }),
  ];
  const svg = renderSvg({
    nodes: new Map(hostile.map((n) => [n.id, n])),
    layout: tinyLayout('evil-a', 'evil-b'),
    theme: 'light',
    legend: false,
    title: '<b>Map</b> & "title"',
    subtitle: "it's <i>",
    date: '<date>',
  });
  const doc = parseSvg(svg);

  it('yields no script or img element, only text', () => {
    expect(doc.getElementsByTagName('script')).toHaveLength(0);
    expect(doc.getElementsByTagName('img')).toHaveLength(0);
    expect(doc.getElementsByTagName('b')).toHaveLength(0);
  });

  it('keeps the hostile labels as text', () => {
    const titles = [...doc.querySelectorAll('g.pw-node > title')].map((t) => t.textContent);
    expect(titles[0]?.startsWith('<script>alert(1)</script>')).toBe(true);
    expect(titles[1]).toContain('"><img src=x onerror=alert(1)>');
    expect(titles[1]).toContain('</title><script>alert(2)</script>');
    expect(doc.documentElement.querySelector('title')?.textContent).toBe(`<b>Map</b> & "title": it's <i>`);
  });
});

describe('renderSvg options', () => {
  const nodes = new Map([cert('a', 'A one'), cert('b', 'B two')].map((n) => [n.id, n]));
  const base = { nodes, layout: tinyLayout('a', 'b'), title: 'T', date: 'd' } as const;

  it('draws route items in the route colour and dims the rest', () => {
    const doc = parseSvg(
      renderSvg({ ...base, theme: 'light', legend: false, highlight: { nodes: new Set(['b']), edges: new Set(['a->b:prerequisite']) } }),
    );
    const edge = doc.querySelector('path.pw-edge');
    expect(edge?.getAttribute('stroke')).toBe(THEMES.light.route);
    expect(edge?.getAttribute('marker-end')).toBe('url(#pw-arrow-route)');
    const groupA = doc.querySelector('g.pw-node[data-id="a"]');
    const groupB = doc.querySelector('g.pw-node[data-id="b"]');
    expect(groupA?.getAttribute('opacity')).toBe(String(THEMES.light.dimOpacity));
    expect(groupB?.getAttribute('opacity')).toBeNull();
    expect(groupB?.querySelector('rect')?.getAttribute('stroke')).toBe(THEMES.light.route);
  });

  it('dims edges off the route', () => {
    const doc = parseSvg(renderSvg({ ...base, theme: 'light', legend: false, highlight: { nodes: new Set(['a']), edges: new Set() } }));
    const edge = doc.querySelector('path.pw-edge');
    expect(edge?.getAttribute('stroke')).toBe(THEMES.light.edge.prerequisite.color);
    expect(edge?.getAttribute('opacity')).toBe(String(THEMES.light.dimOpacity));
  });

  it('paints the dark background in the dark theme', () => {
    const doc = parseSvg(renderSvg({ ...base, theme: 'dark', legend: false }));
    const background = doc.documentElement.querySelector(':scope > rect');
    expect(background?.getAttribute('fill')).toBe(THEMES.dark.background);
  });

  it('adds the legend only when asked, with every level and edge kind', () => {
    const without = parseSvg(renderSvg({ ...base, theme: 'light', legend: false }));
    expect(without.querySelector('g.pw-legend')).toBeNull();
    const withLegend = parseSvg(renderSvg({ ...base, theme: 'light', legend: true }));
    const legendText = [...(withLegend.querySelector('g.pw-legend')?.querySelectorAll('text') ?? [])].map((t) => t.textContent);
    for (const style of Object.values(THEMES.light.edge)) expect(legendText).toContain(style.label);
    for (const label of ['Fundamentals', 'Associate', 'Expert', 'Specialty', 'Professional / programme']) expect(legendText).toContain(label);
    for (const label of ['Certification', 'Job role', 'Skill', 'Experience requirement', 'Retired', 'Beta exam']) expect(legendText).toContain(label);
    const heightWithout = Number(without.documentElement.getAttribute('height'));
    expect(Number(withLegend.documentElement.getAttribute('height'))).toBeGreaterThan(heightWithout);
  });

  it('shows a retiring badge with its date, BETA, and a "?" for unverified facts', () => {
    const flagged = new Map(
      [
        cert('a', 'A one', { status: { state: 'retiring', date: '2026-10-31' } }),
        cert('b', 'B two', { status: { state: 'beta' }, caveats: [{ text: 'Disputed date', confidence: 'conflicting' }] }),
      ].map((n) => [n.id, n]),
    );
    const doc = parseSvg(renderSvg({ ...base, nodes: flagged, theme: 'light', legend: false }));
    const textOf = (id: string) => [...(doc.querySelector(`g.pw-node[data-id="${id}"]`)?.querySelectorAll('text') ?? [])].map((t) => t.textContent);
    expect(textOf('a')).toContain('RETIRING 2026-10-31');
    expect(textOf('b')).toContain('BETA');
    expect(textOf('b')).toContain('?');
    expect(doc.querySelector('g.pw-node[data-id="b"] g.pw-unverified title')?.textContent).toContain('Disputed date');
    expect(textOf('a')).not.toContain('?');
  });

  it('throws a prefixed error for a laid-out node without data', () => {
    expect(() => renderSvg({ ...base, nodes: new Map(), theme: 'light', legend: false })).toThrow(/^core\/render\.renderSvg: layout node "a"/);
  });
});
