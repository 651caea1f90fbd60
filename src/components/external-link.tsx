import type { ReactNode } from 'react';

/** True for http(s) URLs only: data never gets to open javascript: or data: links. */
export function isSafeHttpUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:';
  } catch {
    return false;
  }
}

/** A link to another site, opened in a new tab without giving it access to this page. */
export function ExternalLink({ href, children }: { href: string; children?: ReactNode }) {
  if (!isSafeHttpUrl(href)) return <span className="muted">{children ?? href} (link blocked)</span>;
  return (
    <a href={href} target="_blank" rel="noopener noreferrer">
      {children ?? shortUrl(href)}
    </a>
  );
}

/** "learn.microsoft.com/…/ms-102" style text for long source URLs. */
export function shortUrl(href: string): string {
  try {
    const url = new URL(href);
    const parts = url.pathname.split('/').filter((p) => p !== '');
    const last = parts.at(-1);
    return `${url.hostname.replace(/^www\./, '')}${parts.length > 1 ? '/…' : ''}${last === undefined ? '' : `/${last}`}`;
  } catch {
    return href;
  }
}
