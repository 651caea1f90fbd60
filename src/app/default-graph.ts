import { loadGraphText, type LayoutFile, type LoadResult } from '../core/index';
import defaultGraphUrl from '../../graph-data/ms-102.json?url';
import defaultLayoutUrl from '../generated/default-layout.json?url';

/**
 * The shipped MS-102 map, validated by the same loader as any user file, and its layout computed
 * at build time. Both are fetched as data files rather than bundled into the JavaScript, so the
 * first load carries less code to parse; they are requested together, at once.
 */
export async function loadDefaultMap(): Promise<{ result: LoadResult; layout: LayoutFile | null }> {
  const [graphText, layout] = await Promise.all([
    fetch(defaultGraphUrl).then((r) => {
      if (!r.ok) throw new Error(`the default map could not be fetched (${r.status})`);
      return r.text();
    }),
    fetch(defaultLayoutUrl)
      .then((r) => (r.ok ? (r.json() as Promise<LayoutFile>) : null))
      .catch(() => null),
  ]);
  return { result: loadGraphText(graphText), layout };
}
