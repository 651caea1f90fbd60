import { describe, expect, it } from 'vitest';
import { exportFileName, slugify } from '../../../src/core/render/index';

describe('slugify', () => {
  it('makes lowercase kebab-case ASCII', () => {
    expect(slugify('MS-102 Roadmap')).toBe('ms-102-roadmap');
    expect(slugify('  Café: Ürün & "Plan"  ')).toBe('cafe-urun-plan');
    expect(slugify('<script>alert(1)</script>')).toBe('script-alert-1-script');
  });

  it('cuts long text at a hyphen', () => {
    const slug = slugify('Microsoft 365 Certified Administrator Expert and Azure Solutions Architect Expert', 40);
    expect(slug.length).toBeLessThanOrEqual(40);
    expect(slug).toBe('microsoft-365-certified-administrator');
  });
});

describe('exportFileName', () => {
  it('names a whole-map export after the map', () => {
    expect(exportFileName({ mapTitle: 'MS-102 Roadmap', ext: 'svg' })).toBe('ms-102-roadmap.svg');
  });

  it('adds the route ends, without kind prefixes', () => {
    expect(exportFileName({ mapTitle: 'MS-102 Roadmap', from: 'role-m365-administrator', to: 'role-cloud-solutions-architect', ext: 'png' })).toBe(
      'ms-102-roadmap--m365-administrator-to-cloud-solutions-architect.png',
    );
    expect(exportFileName({ mapTitle: 'MS-102 Roadmap', from: 'ms-102', to: 'sc-100', ext: 'md' })).toBe('ms-102-roadmap--ms-102-to-sc-100.md');
  });

  it('accepts labels as ends and a single end', () => {
    expect(exportFileName({ mapTitle: 'Map', from: 'Help desk technician', ext: 'csv' })).toBe('map--from-help-desk-technician.csv');
    expect(exportFileName({ mapTitle: 'Map', to: 'AZ-305', ext: 'CSV' })).toBe('map--to-az-305.csv');
  });

  it('stays short and safe whatever the input', () => {
    const name = exportFileName({ mapTitle: '../../etc/passwd'.repeat(10), from: 'x'.repeat(200), to: 'role-' + 'y-'.repeat(100), ext: 'p/n g' });
    expect(name).toMatch(/^[a-z0-9-]+\.[a-z0-9]+$/);
    expect(name.length).toBeLessThanOrEqual(40 * 3 + 10);
    expect(exportFileName({ mapTitle: '???', ext: 'json' })).toBe('pathwise-map.json');
  });
});
