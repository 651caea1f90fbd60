function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** The address that shows `link` in embed mode: the map (and route) without toolbar and panels. */
export function embedUrl(link: string): string {
  const url = new URL(link);
  url.searchParams.set('embed', '1');
  // Commas are legal in a query and keep avoid lists readable (URLSearchParams would write %2C).
  return url.href.replace(/%2C/g, ',');
}

/**
 * The `<iframe>` snippet for a page that embeds the map. Attribute values are escaped, so a map
 * title with quotes or angle brackets cannot break out of the snippet.
 * @example embedSnippet('https://x.org/?node=a', 'A on the map')
 * // '<iframe src="https://x.org/?node=a&amp;embed=1" title="A on the map (Pathwise)" width="100%" height="480" …></iframe>'
 */
export function embedSnippet(link: string, text: string, height = 480): string {
  const src = escapeAttribute(embedUrl(link));
  const title = escapeAttribute(`${text} (Pathwise)`);
  return `<iframe src="${src}" title="${title}" width="100%" height="${height}" style="border:0;border-radius:8px" loading="lazy" referrerpolicy="strict-origin-when-cross-origin"></iframe>`;
}
