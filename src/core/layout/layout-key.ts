import { NODE_SIZE } from '../design/tokens';
import type { LayoutInput } from './layout-graph';
import { LAYOUT_VERSION } from './layout-constants';
import type { LayoutOptions } from './layout-types';

/**
 * FNV-1a (32-bit) over the UTF-16 code units of a string: tiny, synchronous and the same in
 * Node and the browser (Web Crypto's digest is async, which a render path cannot wait for).
 * @example fnv1a('') // 2166136261
 */
export function fnv1a(text: string, seed = 0x811c9dc5): number {
  let hash = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

/**
 * A 64-bit hex digest made of two FNV-1a lanes with different seeds: collisions between the few
 * layouts a session caches, or between two versions of a map, are then not a practical concern.
 * Not for security.
 * @example hashText('ms-102').length // 16
 */
export function hashText(text: string): string {
  const hex = (n: number) => n.toString(16).padStart(8, '0');
  return hex(fnv1a(text)) + hex(fnv1a(text, 0x9747b28c));
}

/**
 * A hash of everything a layout depends on, the direction aside: the layout code's version, the
 * box sizes, whether skills are grouped, and the ids and kinds of the nodes and the ends and kinds
 * of the edges, in order, with each node's tracks (its lane) and level (a catalogue's rows) and the
 * tracks' names and order (the lanes' names). Other labels, notes, fees and the like do not move a box, so editing them
 * keeps the hash (and a build-time layout) valid; the hash of the file's bytes would not.
 * @example layoutInputHash({ nodes: model.nodes, edges: model.edges }) // "1c9a…" (16 hex digits)
 */
export function layoutInputHash(
  input: LayoutInput,
  options: Pick<LayoutOptions, 'groupSkills'> = {},
): string {
  const parts = [`v${LAYOUT_VERSION}`, JSON.stringify(NODE_SIZE), `group:${String(options.groupSkills ?? true)}`];
  for (const n of input.nodes) {
    parts.push(`n ${n.id} ${n.kind} ${(n.tracks ?? []).join(',')}${n.level === undefined ? '' : ` ${n.level}`}`);
    if (n.kind === 'track') parts.push(`t ${n.shortLabel ?? n.label ?? ''} ${String(n.order ?? '')}`);
  }
  for (const e of input.edges) parts.push(`e ${e.source} ${e.target} ${e.kind}`);
  return hashText(parts.join('\n'));
}

/**
 * The key a layout is cached under: the input hash plus the direction.
 * @example layoutCacheKey(input, { direction: 'TB' }) // "1c9a…:TB"
 */
export function layoutCacheKey(input: LayoutInput, options: LayoutOptions = {}): string {
  return `${layoutInputHash(input, options)}:${options.direction ?? 'LR'}`;
}
