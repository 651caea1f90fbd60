import type { Plugin } from 'vite';

export interface PreloadOptions {
  /** Paths under the site's base the page fetches at start (`maps/ms-102.json`). */
  readonly files?: readonly string[];
  /** Source files imported with `?url` whose built (hashed) copies it fetches (`src/generated/default-layout.json`). */
  readonly assets?: readonly string[];
}

/**
 * Adds `<link rel="preload" as="fetch">` to the built index.html for the data the first frame waits
 * for (the default map and its layout). Without them those requests started only once every
 * script had loaded and run, and the map's first render waited a round trip more than the
 * scripts. `crossorigin` makes the preload match the page's `fetch()` (cors, same-origin
 * credentials), so the browser hands the same response to it instead of fetching twice.
 */
export function preloadFirstData({ files = [], assets = [] }: PreloadOptions): Plugin {
  let base = '/';
  return {
    name: 'pathwise-preload-first-data',
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        const built = Object.values(ctx.bundle ?? {}).flatMap((item) =>
          item.type === 'asset' && item.originalFileNames.some((name) => assets.includes(name)) ? [item.fileName] : [],
        );
        return [...files, ...built].map((path) => ({
          tag: 'link',
          attrs: { rel: 'preload', as: 'fetch', crossorigin: 'anonymous', href: `${base}${path}` },
          injectTo: 'head' as const,
        }));
      },
    },
  };
}
