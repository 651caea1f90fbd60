// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { applyUrlState, urlForState } from '../../src/app/url-state';
import { actions, useAppStore } from '../../src/state/store';
import { graphFromTable } from '../core/routing/route-fixture';

// A small map: a → b → c, a → d.
const model = graphFromTable([
  ['a', 'b', 'recommends'],
  ['b', 'c', 'recommends'],
  ['a', 'd', 'recommends'],
]);

const state = () => useAppStore.getState();
const notices = () => state().notices.map((n) => n.text);

beforeEach(() => {
  actions.setModel(model);
  for (const notice of state().notices) actions.dismiss(notice.id);
  window.history.replaceState(null, '', '/');
});

describe('applyUrlState', () => {
  it('applies a good link: node, from, to, by, avoid and alt', () => {
    applyUrlState(model, '?node=b&from=a&to=c&by=cost&avoid=d&alt=2');
    expect(state().selectedId).toBe('b');
    expect(state().route).toMatchObject({ from: 'a', to: 'c', by: 'cost', avoid: ['d'], alternative: 2 });
    expect(notices()).toEqual([]);
  });

  it('names unknown node, from, to and avoid ids in one notice and keeps the rest', () => {
    applyUrlState(model, '?node=zz&from=a&to=nope&avoid=d,ghost');
    expect(state().selectedId).toBeNull();
    expect(state().route).toMatchObject({ from: 'a', to: null, avoid: ['d'] });
    expect(notices()).toEqual(['The link names nodes this map does not have: “zz”, “nope”, “ghost”. Showing the map without them.']);
  });

  it('falls back to least time for an unknown or empty by', () => {
    applyUrlState(model, '?from=a&to=c&by=speed');
    expect(state().route.by).toBe('months');
    applyUrlState(model, '?from=a&to=c&by=');
    expect(state().route.by).toBe('months');
    applyUrlState(model, '?from=a&to=c&by=STEPS');
    expect(state().route.by).toBe('months');
  });

  it('ignores an alt that is not a positive whole number, or given without a route', () => {
    for (const alt of ['abc', '-1', '1.5', '', '0', 'Infinity']) {
      applyUrlState(model, `?from=a&to=c&alt=${alt}`);
      expect(state().route.alternative, `alt=${alt}`).toBe(0);
    }
    actions.clearRoute();
    applyUrlState(model, '?alt=3');
    expect(state().route.alternative).toBe(0);
  });

  it('takes the first of a repeated parameter and passes a repeated avoid id once', () => {
    applyUrlState(model, '?from=a&from=b&to=c&to=d&by=steps&by=cost&avoid=d,d,b&avoid=c');
    expect(state().route).toMatchObject({ from: 'a', to: 'c', by: 'steps', avoid: ['d', 'b'] });
  });

  it('treats empty values as absent and changes nothing for an empty query', () => {
    applyUrlState(model, '?node=&from=&to=&avoid=,,&alt=');
    expect(state().selectedId).toBeNull();
    expect(state().route).toEqual({ from: null, to: null, by: 'months', avoid: [], alternative: 0, fromDone: false });
    applyUrlState(model, '');
    expect(state().route.from).toBeNull();
    expect(notices()).toEqual([]);
  });

  it('quotes a very long or very many unknown ids cut short, never the whole link', () => {
    const long = 'x'.repeat(100_000);
    applyUrlState(model, `?node=${long}`);
    expect(notices()).toEqual([`The link names a node this map does not have: “${'x'.repeat(60)}…”. Showing the map without it.`]);
    const many = Array.from({ length: 40 }, (_, i) => `ghost${i}`).join(',');
    applyUrlState(model, `?from=a&to=c&avoid=${many}`);
    expect(notices()).toEqual(['The link names nodes this map does not have: “ghost0”, “ghost1”, “ghost2”, “ghost3”, “ghost4” and 35 more. Showing the map without them.']);
    expect(state().route.avoid).toEqual([]);
  });
});

describe('urlForState', () => {
  it('writes the shareable state and keeps ?graph=', () => {
    actions.select('b');
    actions.setRoute({ from: 'a', to: 'c', by: 'steps', avoid: ['d', 'b'] });
    actions.setRoute({ alternative: 1 });
    expect(urlForState('?graph=maps/other.json&node=old')).toBe('?graph=maps%2Fother.json&node=b&from=a&to=c&by=steps&avoid=d,b&alt=1');
  });

  it('is the bare path when nothing is to be shared', () => {
    expect(urlForState('')).toBe('/');
  });

  it('round-trips: the link it writes applies back to the same state', () => {
    actions.select('d');
    actions.setRoute({ from: 'a', to: 'c', by: 'cost', avoid: ['b'] });
    actions.setRoute({ alternative: 2 });
    const before = { selectedId: state().selectedId, route: state().route };
    const link = urlForState('');
    actions.setModel(model); // a fresh visit: nothing selected, no route
    expect(state().route.to).toBeNull();
    applyUrlState(model, link);
    expect({ selectedId: state().selectedId, route: state().route }).toEqual(before);
    expect(notices()).toEqual([]);
  });
});
