import { cert, mapFile, modelOf, role, skill, track } from './fixture';

/** A small map with two tracks; the progress tests mark its nodes. */
export const DEMO_NODES = [
  track('track-identity', 'Identity and access', 1),
  track('track-cloud', 'Cloud', 2),
  cert('cert-identity', { tracks: ['track-identity'] }),
  cert('cert-cloud', { tracks: ['track-cloud'] }),
  skill('skill-identity', { tracks: ['track-identity', 'track-cloud'] }),
  skill('skill-network', { tracks: ['track-cloud'] }),
  role('role-admin', { tracks: ['track-identity'] }),
] as const;

export const DEMO_EDGES = [
  { source: 'cert-identity', target: 'skill-identity', kind: 'teaches' },
  { source: 'cert-cloud', target: 'skill-network', kind: 'teaches' },
  { source: 'cert-identity', target: 'role-admin', kind: 'leads-to' },
];

export const demoModel = modelOf(mapFile('demo-map', DEMO_NODES, DEMO_EDGES));

/** The same map after an update that dropped skill-network. */
export const demoModelWithoutNetwork = modelOf(
  mapFile(
    'demo-map',
    DEMO_NODES.filter((n) => n.id !== 'skill-network'),
    DEMO_EDGES.filter((e) => e.target !== 'skill-network'),
  ),
);

/** A progress document as text, as a user's file or localStorage would hold it. */
export function progressText(fields: Record<string, unknown> = {}): string {
  return JSON.stringify({
    format: 'pathwise-progress',
    version: 1,
    mapId: 'demo-map',
    savedAt: '2026-11-30T12:00:00.000Z',
    marks: { 'cert-identity': 'done', 'skill-network': 'doing' },
    orphans: {},
    ...fields,
  });
}
