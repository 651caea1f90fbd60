import { Resvg } from '@resvg/resvg-js';
import { checkCanvasSize } from '../core/index';
import { resvgFontOptions } from './export-fonts';

export type PngResult =
  | { readonly ok: true; readonly png: Buffer; readonly width: number; readonly height: number }
  | { readonly ok: false; readonly message: string; readonly maxScale: number };

/**
 * Rasterises an SVG document to PNG at `scale` (1 = the SVG's own pixel size) with resvg, using
 * Inter (see `export-fonts.ts`). The size is checked against `CANVAS_LIMITS` before anything is
 * drawn, so an oversized request fails at once with the largest scale that would fit.
 * @example const result = svgToPng(svg, 2); if (result.ok) writeFileSync('map.png', result.png);
 */
export function svgToPng(svg: string, scale: number): PngResult {
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: scale },
    font: resvgFontOptions(),
    logLevel: 'off',
  });
  const check = checkCanvasSize(resvg.width, resvg.height, scale);
  if (!check.ok) return { ok: false, message: check.message, maxScale: check.maxScale };
  const image = resvg.render();
  return { ok: true, png: image.asPng(), width: image.width, height: image.height };
}
