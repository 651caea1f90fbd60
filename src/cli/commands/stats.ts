import type { Command } from 'commander';
import type { PathwiseGraph } from '../../core/index';
import { loadGraphFile } from '../shared';

/** The figures `pathwise stats --json` prints; keys are stable. */
export function graphStats(model: PathwiseGraph) {
  const nodesByKind: Record<string, number> = {};
  const edgesByKind: Record<string, number> = {};
  for (const node of model.nodes) nodesByKind[node.kind] = (nodesByKind[node.kind] ?? 0) + 1;
  for (const edge of model.edges) edgesByKind[edge.kind] = (edgesByKind[edge.kind] ?? 0) + 1;
  const sourced = model.nodes.filter((n) => n.sources.length > 0).length;
  const tracks = model.tracks.map((track) => ({
    id: track.id,
    label: track.label,
    nodes: model.nodes.filter((n) => n.tracks?.includes(track.id) ?? false).length,
  }));
  return {
    title: model.meta.title,
    lastVerified: model.meta.lastVerified,
    nodes: model.nodes.length,
    edges: model.edges.length,
    nodesByKind,
    edgesByKind,
    tracks,
    sources: {
      sourcedNodes: sourced,
      unsourced: model.nodes.filter((n) => n.sources.length === 0).map((n) => n.id),
      coveragePercent: model.nodes.length === 0 ? 100 : Math.round((sourced / model.nodes.length) * 1000) / 10,
    },
  };
}

export function registerStats(program: Command): void {
  program
    .command('stats')
    .description('Counts by node kind and edge kind, tracks, and how many nodes cite a source.')
    .option('--graph <file>', 'graph JSON file (default: the shipped MS-102 map)')
    .option('--json', 'print JSON (stable keys, see README)')
    .action((options: { graph?: string; json?: boolean }) => {
      const stats = graphStats(loadGraphFile(options.graph));
      if (options.json === true) {
        process.stdout.write(`${JSON.stringify(stats, null, 2)}\n`);
        return;
      }
      const lines = [
        `${stats.title} (last verified ${stats.lastVerified})`,
        `nodes: ${stats.nodes}  edges: ${stats.edges}`,
        `by kind: ${Object.entries(stats.nodesByKind).map(([k, n]) => `${k} ${n}`).join(', ')}`,
        `edges by kind: ${Object.entries(stats.edgesByKind).map(([k, n]) => `${k} ${n}`).join(', ')}`,
        `tracks (${stats.tracks.length}):`,
        ...stats.tracks.map((t) => `  ${t.label}: ${t.nodes} nodes`),
        `sources: ${stats.sources.sourcedNodes} of ${stats.nodes} nodes sourced (${stats.sources.coveragePercent}%)`,
        ...(stats.sources.unsourced.length > 0 ? [`  unsourced: ${stats.sources.unsourced.join(', ')}`] : []),
      ];
      process.stdout.write(`${lines.join('\n')}\n`);
    });
}
