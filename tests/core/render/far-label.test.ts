import { describe, expect, it } from 'vitest';
import { FAR_TYPE, NODE_SIZE, farLabel, textWidth } from '../../../src/core/index';
import { loadDefaultMap } from '../../support/layout-checks';
import { cert, role, skill } from '../../support/layout-fixtures';

const map = loadDefaultMap();

describe('farLabel', () => {
  it('draws an exam code on one line at the largest size that fits the box', () => {
    expect(farLabel(map.byId.get('ms-102') as never)).toEqual({ lines: ['MS-102'], fontSize: 54 });
    expect(farLabel(map.byId.get('comptia-network-plus') as never)).toEqual({ lines: ['N10-009'], fontSize: 47 });
  });

  it('prefers a certification\'s short name to its exam code', () => {
    expect(farLabel(map.byId.get('comptia-a-plus') as never)).toEqual({ lines: ['A+'], fontSize: 54 });
  });

  it('uses the short name of a certification without exam codes', () => {
    expect(farLabel(map.byId.get('mct') as never)).toEqual({ lines: ['MCT'], fontSize: 54 });
  });

  it('wraps a role name on two lines without breaking a word', () => {
    expect(farLabel(map.byId.get('role-m365-administrator') as never)).toEqual({ lines: ['Microsoft 365', 'Administrator'], fontSize: 26 });
  });

  it('gives skills none (they fold into what teaches them at far zoom)', () => {
    expect(farLabel(skill('s'))).toBeNull();
  });

  it('gives none when even the smallest far size cannot hold the name', () => {
    expect(farLabel({ ...role('r'), label: 'Supercalifragilisticexpialidocious-administrator of everything' })).toBeNull();
  });

  it('keeps every far label of the default map inside its box', () => {
    const overflowing: string[] = [];
    for (const node of map.nodes) {
      const far = farLabel(node);
      if (far === null || node.kind === 'track' || node.kind === 'skill') continue;
      const box = NODE_SIZE[node.kind];
      const widest = Math.max(...far.lines.map((l) => textWidth(l, far.fontSize, 700)));
      if (widest > box.width - FAR_TYPE.inset[node.kind]) overflowing.push(`${node.id} wide`);
      if (far.lines.length * far.fontSize * FAR_TYPE.lineHeight > box.height - FAR_TYPE.reserve[node.kind]) overflowing.push(`${node.id} tall`);
    }
    expect(overflowing).toEqual([]);
    expect(farLabel(cert('x'))).toEqual({ lines: ['x'], fontSize: 30 });
  });
});
