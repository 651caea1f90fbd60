import { describe, expect, it } from 'vitest';
import { embedSnippet, embedUrl } from '../../../src/features/share/embed-snippet';

describe('embedUrl', () => {
  it('adds embed=1 and keeps every other parameter, commas unescaped', () => {
    expect(embedUrl('https://example.org/sub/?from=a&to=b&by=cost&avoid=c,d')).toBe('https://example.org/sub/?from=a&to=b&by=cost&avoid=c,d&embed=1');
    expect(embedUrl('https://example.org/?embed=0&node=x')).toBe('https://example.org/?embed=1&node=x');
  });
});

describe('embedSnippet', () => {
  it('is an iframe with the embed address, a title and a size', () => {
    expect(embedSnippet('https://example.org/?node=a', 'A on the map')).toBe(
      '<iframe src="https://example.org/?node=a&amp;embed=1" title="A on the map (Pathwise)" width="100%" height="480" style="border:0;border-radius:8px" loading="lazy" referrerpolicy="strict-origin-when-cross-origin"></iframe>',
    );
  });

  it('escapes a title that tries to break out of the attribute', () => {
    const snippet = embedSnippet('https://example.org/', 'Evil "><script>alert(1)</script>');
    expect(snippet).toContain('title="Evil &quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt; (Pathwise)"');
    expect(snippet).not.toContain('<script>');
  });
});
