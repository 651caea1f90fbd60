import { loadGraphText, type LayoutFile, type LoadResult } from '../core/index';
import defaultLayoutUrl from '../generated/default-layout.json?url';
import { siteUrl } from '../state/site-url';

/** The shipped copy served by vite-plugin-maps (also what the map picker opens). */
const DEFAULT_GRAPH_URL = 'maps/ms-102.json';

/**
 * The shipped MS-102 map, validated by the same loader as any user file, and its layout computed
 * at build time. Both are fetched as data files rather than bundled into the JavaScript, so the
 * first load carries less code to parse; they are requested together, at once.
 */
export async function loadDefaultMap(): Promise<{ result: LoadResult; layout: LayoutFile | null }> {
  const [graphText, layout] = await Promise.all([
    fetch(siteUrl(DEFAULT_GRAPH_URL)).then((r) => {
      if (!r.ok) throw new Error(`the default map could not be fetched (${r.status})`);
      return r.text();
    }),
    fetch(defaultLayoutUrl)
      .then((r) => (r.ok ? (r.json() as Promise<LayoutFile>) : null))
      .catch(() => null),
  ]);
  return { result: loadGraphText(graphText), layout };
}
