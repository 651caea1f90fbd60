import { checkCanvasSize } from '../../core/index';

export type RasterResult =
  | { ok: true; blob: Blob; width: number; height: number }
  | { ok: false; message: string; /** The largest whole scale that fits, when size was the problem. */ fits?: number };

/**
 * Draws an SVG on a canvas at `scale` pixels per unit and encodes a PNG. Refuses sizes past the
 * browser's canvas limits with a message that offers a smaller scale, instead of a blank file.
 */
export async function svgToPng(svg: string, width: number, height: number, scale: number): Promise<RasterResult> {
  const check = checkCanvasSize(width, height, scale);
  if (!check.ok) {
    const fits = Math.floor(check.maxScale);
    return {
      ok: false,
      message: `At ${scale}× this image would be ${check.width}×${check.height} px, more than a browser can draw.${fits >= 1 ? ` ${fits}× fits.` : ' Export the current view or the route instead.'}`,
      ...(fits >= 1 ? { fits } : {}),
    };
  }
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.decoding = 'async';
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = check.width;
    canvas.height = check.height;
    const context = canvas.getContext('2d');
    if (context === null) return { ok: false, message: 'This browser could not create a drawing surface for the PNG.' };
    context.drawImage(image, 0, 0, check.width, check.height);
    const blob = await new Promise<Blob | null>((resolve) => {
      canvas.toBlob(resolve, 'image/png');
    });
    if (blob === null) {
      return { ok: false, message: `The browser could not encode a ${check.width}×${check.height} PNG; try a smaller scale.` };
    }
    return { ok: true, blob, width: check.width, height: check.height };
  } finally {
    URL.revokeObjectURL(url);
  }
}
