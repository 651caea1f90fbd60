import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, deploySettings, headersFile, normaliseBase, normaliseFrameAncestors } from '../../vite-plugin-deploy';

describe('normaliseBase', () => {
  it('gives every base a leading and a trailing slash', () => {
    expect(normaliseBase(undefined)).toBe('/');
    expect(normaliseBase('')).toBe('/');
    expect(normaliseBase('/')).toBe('/');
    expect(normaliseBase('sub/path')).toBe('/sub/path/');
    expect(normaliseBase('/pathwise')).toBe('/pathwise/');
    expect(normaliseBase('/sub/path/')).toBe('/sub/path/');
  });

  it('refuses what is not a path on the same site', () => {
    for (const bad of ['https://cdn.example.org/', '//cdn.example.org/', '/a/../b/', './', '/a b/', '/a?x=1', 'C:\\site']) {
      expect(() => normaliseBase(bad), bad).toThrow(/PATHWISE_BASE must be a path such as \/pathwise\//);
    }
  });
});

describe('normaliseFrameAncestors', () => {
  it('defaults to any site, and accepts keywords and origins', () => {
    expect(normaliseFrameAncestors(undefined)).toBe('*');
    expect(normaliseFrameAncestors("  'self'   https://blog.example.com ")).toBe("'self' https://blog.example.com");
    expect(normaliseFrameAncestors("'none'")).toBe("'none'");
    expect(normaliseFrameAncestors('https://*.example.com:8443 example.org')).toBe('https://*.example.com:8443 example.org');
  });

  it('names what is wrong', () => {
    expect(() => normaliseFrameAncestors('self')).toThrow('PATHWISE_FRAME_ANCESTORS: "self" is not a CSP source');
    expect(() => normaliseFrameAncestors("https://a.org; script-src 'unsafe-inline'")).toThrow(/"https:\/\/a.org;", "script-src", "'unsafe-inline'" is not a CSP source/);
    expect(() => normaliseFrameAncestors("'none' https://a.org")).toThrow("'none' cannot be combined");
  });
});

describe('headers', () => {
  it('the meta policy leaves out frame-ancestors (browsers ignore it there); the header carries it', () => {
    expect(contentSecurityPolicy()).not.toContain('frame-ancestors');
    expect(contentSecurityPolicy("'self'")).toMatch(/; frame-ancestors 'self'$/);
  });

  it('writes a _headers file for the base, with the CSP, asset caching and an uncached service worker', () => {
    const file = headersFile(deploySettings({ PATHWISE_BASE: '/sub/path', PATHWISE_FRAME_ANCESTORS: 'https://blog.example.com' }));
    const lines = file.split('\n');
    expect(lines[1]).toBe('/sub/path/*');
    expect(lines[2]).toMatch(/^ {2}Content-Security-Policy: default-src 'self'; script-src 'self'; .*; frame-ancestors https:\/\/blog\.example\.com$/);
    expect(lines.slice(3)).toEqual([
      '  X-Content-Type-Options: nosniff',
      '  Referrer-Policy: strict-origin-when-cross-origin',
      '/sub/path/assets/*',
      '  Cache-Control: public, max-age=31536000, immutable',
      '/sub/path/sw.js',
      '  Cache-Control: no-cache',
      '',
    ]);
  });
});
