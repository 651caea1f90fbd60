// A TEST FIXTURE, NOT DATA: a made-up certification catalogue with the shape of a real case
// (137 certifications in 16 domains, only 16 prerequisite links). Every name, code and issuer is
// invented ("Fixture …", "FX-…"); none describes a real certification.
import type { GraphFile, Level } from '../../src/core/index';
import { mulberry32 } from '../../src/core/layout/seeded-random';

/** Made-up domain names, of the lengths real ones have. */
export const FIXTURE_DOMAINS = [
  'Fixture networks',
  'Fixture cloud platforms',
  'Fixture identity & access',
  'Fixture security operations',
  'Fixture governance & risk',
  'Fixture data protection',
  'Fixture endpoint care',
  'Fixture software testing',
  'Fixture penetration tests',
  'Fixture forensics',
  'Fixture app security',
  'Fixture industrial control',
  'Fixture cryptography',
  'Fixture audit',
  'Fixture architecture',
  'Fixture training',
] as const;

const LEVELS: readonly Level[] = ['fundamentals', 'associate', 'associate', 'professional', 'expert'];

/**
 * The catalogue: `certifications` spread over the 16 domains (uneven, as on the posters), each
 * certification in one domain, and `links` prerequisites, each from a lower level to a higher
 * one inside a domain. Deterministic for a seed.
 * @example generateCatalogue().nodes.filter((n) => n.kind === 'certification').length // 137
 */
export function generateCatalogue(certifications = 137, links = 16, seed = 7): GraphFile {
  const random = mulberry32(seed);
  const nodes: GraphFile['nodes'] = FIXTURE_DOMAINS.map((label, i) => ({
    id: `fx-domain-${String(i + 1)}`,
    kind: 'track' as const,
    label,
    order: i + 1,
    sources: [],
  }));
  const byDomain: { id: string; level: number }[][] = FIXTURE_DOMAINS.map(() => []);
  for (let k = 0; k < certifications; k++) {
    // Uneven domains: the first ones are bigger, as on real posters.
    const d = k < FIXTURE_DOMAINS.length ? k : Math.floor(random() * random() * FIXTURE_DOMAINS.length);
    const level = Math.floor(random() * LEVELS.length);
    const id = `fx-cert-${String(k + 1).padStart(3, '0')}`;
    byDomain[d]?.push({ id, level });
    nodes.push({
      id,
      kind: 'certification',
      label: `Fixture Certified ${String(k + 1)}`,
      issuer: 'Fixture Issuer',
      examCodes: [`FX-${String(100 + k)}`],
      credential: `Fixture Credential ${String(k + 1)}`,
      level: LEVELS[level] as Level,
      status: { state: 'active' },
      tracks: [`fx-domain-${String(d + 1)}`],
      sources: [],
    });
  }
  const edges: GraphFile['edges'] = [];
  for (let d = 0; edges.length < links; d = (d + 1) % FIXTURE_DOMAINS.length) {
    const list = byDomain[d] ?? [];
    const low = list.find((c) => c.level <= 1 && !edges.some((e) => e.source === c.id));
    const high = list.find((c) => c.level >= 3 && !edges.some((e) => e.target === c.id));
    if (low !== undefined && high !== undefined) edges.push({ source: low.id, target: high.id, kind: 'prerequisite' });
    if (d === FIXTURE_DOMAINS.length - 1 && edges.length === 0) break;
  }
  return {
    schemaVersion: 1,
    meta: {
      id: 'fixture-catalogue',
      title: 'Test fixture: made-up certification catalogue',
      description: 'Generated for tests (tests/support/generate-catalogue.ts). Every name and code is invented; nothing here describes a real certification.',
      lastVerified: '2026-12-02',
      sources: [],
    },
    nodes,
    edges,
  };
}
