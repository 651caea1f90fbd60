/**
 * An address on this site, resolved against the folder the app was built for (PATHWISE_BASE, e.g.
 * `/pathwise/` on GitHub Pages), not against the current page: `maps/x.json` then means the same file
 * on every page and whether or not the address ends in a slash. Paths starting with `/` stay site-rooted.
 */
export function siteUrl(path: string): URL {
  return new URL(path, new URL(import.meta.env.BASE_URL, window.location.href));
}
