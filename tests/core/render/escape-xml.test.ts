// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { escapeXml } from '../../../src/core/render/index';
import { parseSvg } from './fixtures';

describe('escapeXml', () => {
  it('escapes the five XML specials', () => {
    expect(escapeXml(`<a href="x" title='y'>&</a>`)).toBe('&lt;a href=&quot;x&quot; title=&apos;y&apos;&gt;&amp;&lt;/a&gt;');
  });

  it('drops control characters XML cannot carry and replaces lone surrogates', () => {
    expect(escapeXml('a\u0000b\u0008c\td\ne')).toBe('abc\td\ne');
    expect(escapeXml('x\uD800y')).toBe('x\uFFFDy');
    expect(escapeXml('😀')).toBe('😀');
  });

  it('keeps hostile text as text inside an element and an attribute', () => {
    const hostile = `"><img src=x onerror=alert(1)><script>alert(1)</script>\u0001`;
    const doc = parseSvg(`<svg xmlns="http://www.w3.org/2000/svg"><text data-x="${escapeXml(hostile)}">${escapeXml(hostile)}</text></svg>`);
    expect(doc.getElementsByTagName('script')).toHaveLength(0);
    expect(doc.getElementsByTagName('img')).toHaveLength(0);
    const text = doc.getElementsByTagName('text')[0];
    expect(text?.textContent).toBe(hostile.replace('\u0001', ''));
    expect(text?.getAttribute('data-x')).toBe(hostile.replace('\u0001', ''));
  });
});
