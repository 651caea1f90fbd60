import inter400 from '@fontsource/inter/files/inter-latin-400-normal.woff2?url';
import inter500 from '@fontsource/inter/files/inter-latin-500-normal.woff2?url';
import inter700 from '@fontsource/inter/files/inter-latin-700-normal.woff2?url';
import { FONT } from '../../core/index';

let cached: Promise<string> | null = null;

async function dataUrl(url: string): Promise<string> {
  const bytes = new Uint8Array(await (await fetch(url)).arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return `data:font/woff2;base64,${btoa(binary)}`;
}

/**
 * @font-face rules with the app's own Inter files inlined. An SVG drawn as an image cannot see the
 * page's fonts, so without this a PNG would fall back to another face and text would not fit.
 */
export function fontFaceCss(): Promise<string> {
  cached ??= Promise.all(
    ([[400, inter400], [500, inter500], [700, inter700]] as const).map(
      async ([weight, url]) => `@font-face{font-family:'${FONT.name}';font-style:normal;font-weight:${weight};src:url(${await dataUrl(url)}) format('woff2');}`,
    ),
  ).then((rules) => rules.join(''));
  return cached;
}

/** Puts a <style> with font faces right after the SVG's opening tag. */
export function withFonts(svg: string, css: string): string {
  const open = svg.indexOf('>', svg.indexOf('<svg'));
  if (open < 0) return svg;
  return `${svg.slice(0, open + 1)}<defs><style>${css}</style></defs>${svg.slice(open + 1)}`;
}
