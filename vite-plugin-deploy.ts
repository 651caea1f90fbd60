import type { Plugin } from 'vite';

/**
 * Deploy settings read at build time from the environment, so one source tree serves any static host:
 * - PATHWISE_BASE: the sub-path the site lives under, e.g. `/pathwise/` on GitHub Pages (default `/`).
 * - PATHWISE_FRAME_ANCESTORS: who may show the site in an `<iframe>` (CSP `frame-ancestors`), e.g.
 *   `'self' https://blog.example.com`; `'none'` forbids framing; default `*` (any site may embed the map).
 */
export interface DeploySettings {
  readonly base: string;
  readonly frameAncestors: string;
}

/**
 * Normalises a base path to `/a/b/` (leading and trailing slash). Throws on a value that is not a
 * path on the same origin, since a full URL or `..` would break every asset and map path.
 * @example normaliseBase('sub/path') // '/sub/path/'
 */
export function normaliseBase(raw: string | undefined): string {
  const value = (raw ?? '').trim();
  if (value === '' || value === '/') return '/';
  if (/^[a-z]+:|^\/\/|\\|(^|\/)\.\.?(\/|$)|[?#\s]/i.test(value)) {
    throw new Error(`PATHWISE_BASE must be a path such as /pathwise/ (got "${value}")`);
  }
  return `/${value.replace(/^\/+|\/+$/g, '')}/`;
}

const SOURCE = /^(\*|'self'|'none'|https?:\/\/(\*\.)?[a-z0-9.-]+(:\d+)?(\/[^\s;,]*)?|https?:|[a-z0-9.-]+\.[a-z]{2,}(:\d+)?)$/i;

/**
 * Checks a `frame-ancestors` source list; a typo here would otherwise break embedding silently.
 * @example normaliseFrameAncestors("'self'  https://blog.example.com") // "'self' https://blog.example.com"
 */
export function normaliseFrameAncestors(raw: string | undefined): string {
  const sources = (raw ?? '*').trim().split(/\s+/).filter((s) => s !== '');
  if (sources.length === 0) return '*';
  const bad = sources.filter((s) => !SOURCE.test(s));
  if (bad.length > 0) {
    throw new Error(
      `PATHWISE_FRAME_ANCESTORS: ${bad.map((b) => `"${b}"`).join(', ')} is not a CSP source (use *, 'self', 'none' or origins such as https://blog.example.com)`,
    );
  }
  if (sources.includes("'none'") && sources.length > 1) throw new Error("PATHWISE_FRAME_ANCESTORS: 'none' cannot be combined with other sources");
  return sources.join(' ');
}

/** Reads PATHWISE_BASE and PATHWISE_FRAME_ANCESTORS, failing the build with a clear message on bad values. */
export function deploySettings(env: Readonly<Record<string, string | undefined>>): DeploySettings {
  return { base: normaliseBase(env.PATHWISE_BASE), frameAncestors: normaliseFrameAncestors(env.PATHWISE_FRAME_ANCESTORS) };
}

/**
 * The built site's Content-Security-Policy: no inline scripts, no third-party origins.
 * 'unsafe-inline' for styles is needed by React Flow, which positions nodes with style attributes.
 * `frame-ancestors` is only obeyed in an HTTP header (browsers ignore it in a meta tag), so the meta
 * tag leaves it out and the headers file carries the full policy.
 */
export function contentSecurityPolicy(frameAncestors?: string): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "worker-src 'self' blob:",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    ...(frameAncestors === undefined ? [] : [`frame-ancestors ${frameAncestors}`]),
  ].join('; ');
}

/** The response headers the site should be served with (also used by `vite preview`). */
export function securityHeaders(settings: DeploySettings): Record<string, string> {
  return {
    'Content-Security-Policy': contentSecurityPolicy(settings.frameAncestors),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
  };
}

/**
 * A `_headers` file (Netlify, Cloudflare Pages and hosts that copy their format): the security headers
 * for every page, long caching for hashed assets, none for the service worker so updates are seen.
 */
export function headersFile(settings: DeploySettings): string {
  const { base } = settings;
  const lines = [`# Written by the build (vite-plugin-deploy.ts) from PATHWISE_BASE and PATHWISE_FRAME_ANCESTORS.`, `${base}*`];
  for (const [name, value] of Object.entries(securityHeaders(settings))) lines.push(`  ${name}: ${value}`);
  lines.push(`${base}assets/*`, '  Cache-Control: public, max-age=31536000, immutable');
  lines.push(`${base}sw.js`, '  Cache-Control: no-cache');
  return `${lines.join('\n')}\n`;
}

/** Adds the CSP meta tag to index.html and emits `_headers` into the build. */
export function deployPlugin(settings: DeploySettings): Plugin {
  return {
    name: 'pathwise-deploy',
    // Build only: Vite's dev server injects an inline script for hot reload, which the CSP forbids.
    apply: 'build',
    transformIndexHtml: () => [
      { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: contentSecurityPolicy() }, injectTo: 'head-prepend' },
    ],
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: '_headers', source: headersFile(settings) });
    },
  };
}
