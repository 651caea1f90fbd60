import { describe, expect, it } from 'vitest';
import { FAR_TYPE, NODE_SIZE, farCountLabel, farLabel, farTextWidth } from '../../../src/core/index';
import { loadDefaultMap } from '../../support/layout-checks';
import { cert, role, skill } from '../../support/layout-fixtures';

const map = loadDefaultMap();

describe('farLabel', () => {
  it('draws an exam code on one line at the largest size that fits the box', () => {
    expect(farLabel(map.byId.get('ms-102') as never)).toEqual({ lines: ['MS-102'], fontSize: 54 });
    expect(farLabel(map.byId.get('comptia-network-plus') as never)).toEqual({ lines: ['N10-009'], fontSize: 49 });
  });

  it('prefers a certification\'s short name to its exam code', () => {
    expect(farLabel(map.byId.get('comptia-a-plus') as never)).toEqual({ lines: ['A+'], fontSize: 54 });
  });

  it('uses the short name of a certification without exam codes', () => {
    expect(farLabel(map.byId.get('mct') as never)).toEqual({ lines: ['MCT'], fontSize: 54 });
  });

  it('draws a role\'s short name on one line, as large as its box allows', () => {
    expect(farLabel(map.byId.get('role-m365-administrator') as never)).toEqual({ lines: ['365 admin'], fontSize: 46 });
    expect(farLabel(map.byId.get('role-soc-analyst') as never)).toEqual({ lines: ['SOC analyst'], fontSize: 40 });
  });

  it('wraps a long role name on two lines without breaking a word when one line would be smaller', () => {
    expect(farLabel({ ...role('r'), label: 'Microsoft 365 Administrator' })).toEqual({ lines: ['Microsoft 365', 'Administrator'], fontSize: 26 });
  });

  it('counts a folded skill group in the box its skills take', () => {
    expect(farCountLabel(5, 188, 208)).toEqual({ lines: ['5 skills'], fontSize: 40 });
    expect(farCountLabel(1, 188, 36)).toEqual({ lines: ['1 skill'], fontSize: 29 });
    expect(farCountLabel(3, 40, 200)).toBeNull();
  });

  it('gives skills none (they fold into what teaches them at far zoom)', () => {
    expect(farLabel(skill('s'))).toBeNull();
  });

  it('gives none when even the smallest far size cannot hold the name', () => {
    expect(farLabel({ ...role('r'), label: 'Supercalifragilisticexpialidocious-administrator of everything' })).toBeNull();
  });

  it('gives every role, requirement and certification of the default map a far label a laptop reads (≥ 39 px: 9 px at zoom 0.2308)', () => {
    const small = map.nodes.filter((n) => n.kind !== 'skill' && n.kind !== 'track' && (farLabel(n)?.fontSize ?? 0) < 39).map((n) => n.id);
    expect(small).toEqual([]);
  });

  it('keeps every far label of the default map inside its box', () => {
    const overflowing: string[] = [];
    for (const node of map.nodes) {
      const far = farLabel(node);
      if (far === null || node.kind === 'track' || node.kind === 'skill') continue;
      const box = NODE_SIZE[node.kind];
      const widest = Math.max(...far.lines.map((l) => farTextWidth(l, far.fontSize)));
      if (widest > box.width - FAR_TYPE.inset[node.kind]) overflowing.push(`${node.id} wide`);
      if (far.lines.length * far.fontSize * FAR_TYPE.lineHeight > box.height - FAR_TYPE.reserve[node.kind]) overflowing.push(`${node.id} tall`);
    }
    expect(overflowing).toEqual([]);
    expect(farLabel(cert('x'))).toEqual({ lines: ['x'], fontSize: 30 });
  });
});
