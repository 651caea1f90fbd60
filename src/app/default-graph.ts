import { loadGraphBytes, type LayoutFile, type LoadResult } from '../core/index';
import defaultLayoutUrl from '../generated/default-layout.json?url';
import { checkedShippedMap } from '../state/checked-maps';
import { siteUrl } from '../state/site-url';

/** The shipped copy served by vite-plugin-maps (also what the map picker opens). */
const DEFAULT_GRAPH_URL = 'maps/ms-102.json';

/**
 * The shipped MS-102 map and its layout computed at build time. Both are fetched as data files
 * rather than bundled into the JavaScript, so the first load carries less code to parse; they are
 * requested together, at once. The build ran the map through the full loader: bytes with the same
 * SHA-256 are built without validating them again on the page's thread; any other bytes (an
 * edited file, a stale cache, the dev server) go through the same loader as any user file.
 */
export async function loadDefaultMap(): Promise<{ result: LoadResult; layout: LayoutFile | null }> {
  const [bytes, layout] = await Promise.all([
    fetch(siteUrl(DEFAULT_GRAPH_URL)).then(async (r) => {
      if (!r.ok) throw new Error(`the default map could not be fetched (${r.status})`);
      return new Uint8Array(await r.arrayBuffer());
    }),
    fetch(defaultLayoutUrl)
      .then((r) => (r.ok ? (r.json() as Promise<LayoutFile>) : null))
      .catch(() => null),
  ]);
  const checked = await checkedShippedMap(DEFAULT_GRAPH_URL, bytes);
  return { result: checked === null ? loadGraphBytes(bytes) : { ok: true, graph: checked }, layout };
}
