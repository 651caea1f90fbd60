import { mapChecks } from 'virtual:pathwise-map-checks';
import { buildCheckedGraph, type DefaultsAdded, type PathwiseGraph } from '../core/index';

/** Shipped maps the build checked, by path (`maps/<file>`): the SHA-256 of their bytes and the schema's defaults. */
export type MapChecks = Readonly<Record<string, { readonly sha256: string; readonly defaults: DefaultsAdded }>>;

/** Lower-case hex SHA-256 of the bytes, or null where the browser offers no Web Crypto (a page not served securely). */
export async function sha256Hex(bytes: Uint8Array<ArrayBuffer>): Promise<string | null> {
  const subtle = (globalThis.crypto as Crypto | undefined)?.subtle;
  if (subtle === undefined) return null;
  const digest = new Uint8Array(await subtle.digest('SHA-256', bytes));
  let hex = '';
  for (const byte of digest) hex += byte.toString(16).padStart(2, '0');
  return hex;
}

/**
 * The model of a shipped map whose bytes are exactly those the build ran through the full loader,
 * built without validating them again; null when the build did not check this path or the bytes
 * differ (an edited file, a stale cache, the dev server), and the caller must load them fully.
 */
export async function checkedShippedMap(path: string, bytes: Uint8Array<ArrayBuffer>, checks: MapChecks = mapChecks): Promise<PathwiseGraph | null> {
  const check = checks[path];
  if (check === undefined) return null;
  if ((await sha256Hex(bytes)) !== check.sha256) return null;
  return buildCheckedGraph(new TextDecoder().decode(bytes), check.defaults);
}
