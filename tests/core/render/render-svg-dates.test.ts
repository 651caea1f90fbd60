import { describe, expect, it } from 'vitest';
import { renderSvg } from '../../../src/core/index';
import { gridLayout, loadDefaultMap } from './fixtures';

describe('renderSvg › status dates judged against today', () => {
  const model = loadDefaultMap();
  const az500 = model.byId.get('az-500');
  if (az500 === undefined) throw new Error('the shipped map lost az-500');
  const layout = gridLayout([az500], []);
  const render = (facts?: { today: string; lastVerified: string }) =>
    renderSvg({ nodes: model.byId, layout, theme: 'light', legend: false, title: 'T', date: '2026-12-02', ...(facts === undefined ? {} : { facts }) });

  it('draws the export badge of an exam past its retirement date as passed, with the last check in its title', () => {
    const svg = render({ today: '2026-12-02', lastVerified: '2026-08-22' });
    expect(svg).toContain('>RETIREMENT PASSED 2026-08-31</text>');
    expect(svg).not.toContain('>RETIRING 2026-08-31</text>');
    expect(svg).toContain('Status: retirement date passed (2026-08-31); not checked since 2026-08-22');
  });

  it('draws the status as written when no date is given', () => {
    expect(render()).toContain('>RETIRING 2026-08-31</text>');
  });
});
