/**
 * Largest bitmaps we let an export produce. Browsers silently give a blank canvas past their
 * limits: a side of 32,767 px in Chrome and Firefox, an area of 268,435,456 px in Chrome and
 * 472,907,776 px in Firefox (tutorialspoint "Maximum size of a <canvas> element in HTML";
 * jhildenbiddle/canvas-size tests 16384² first for area), and 16,777,216 px of area in
 * (iOS) Safari (pqina.nl/blog/canvas-area-exceeds-the-maximum-limit). We stay well inside the
 * desktop numbers: half the side limit, and Chrome's area (16,384²), which is also 1 GiB of RGBA
 * for the CLI's renderer. Pass `IOS_CANVAS_LIMITS` where Safari on iOS may run the export.
 */
export interface CanvasLimits {
  readonly maxSide: number;
  readonly maxArea: number;
}

export const CANVAS_LIMITS: CanvasLimits = { maxSide: 16_384, maxArea: 16_384 * 16_384 };
export const IOS_CANVAS_LIMITS: CanvasLimits = { maxSide: 16_384, maxArea: 4_096 * 4_096 };

/**
 * The largest scale at which a `width` × `height` image stays within the limits.
 * @example maxScaleFor(4000, 2000) // 4.096 (the side limit: 16,384 / 4,000)
 */
export function maxScaleFor(width: number, height: number, limits: CanvasLimits = CANVAS_LIMITS): number {
  if (width <= 0 || height <= 0) return Infinity;
  return Math.min(limits.maxSide / width, limits.maxSide / height, Math.sqrt(limits.maxArea / (width * height)));
}

export type CanvasCheck =
  | { readonly ok: true; readonly width: number; readonly height: number }
  | { readonly ok: false; readonly width: number; readonly height: number; readonly maxScale: number; readonly message: string };

/**
 * Whether an image of `width` × `height` drawn at `scale` fits the limits, with the pixel size it
 * would have; when it does not, a message for people with the largest scale that fits.
 * @example checkCanvasSize(6000, 3000, 3) // { ok: false, maxScale: 2.73…, message: '… at most 2.7 (use --scale 2 or lower)…' }
 */
export function checkCanvasSize(width: number, height: number, scale: number, limits: CanvasLimits = CANVAS_LIMITS): CanvasCheck {
  const w = Math.ceil(width * scale);
  const h = Math.ceil(height * scale);
  if (w <= limits.maxSide && h <= limits.maxSide && w * h <= limits.maxArea) return { ok: true, width: w, height: h };
  const maxScale = maxScaleFor(width, height, limits);
  const whole = Math.floor(maxScale);
  const advice =
    whole >= 1
      ? `use scale ${String(whole)}${whole > 1 ? ' or lower' : ''}`
      : 'export SVG instead, or export a route only';
  const message =
    `image too large: ${String(w)} × ${String(h)} px at scale ${String(scale)} ` +
    `(limit ${String(limits.maxSide)} px a side, ${String(Math.round(limits.maxArea / 1e6))} million px in all); ` +
    `the largest scale that fits is ${String(Math.floor(maxScale * 10) / 10)}: ${advice}`;
  return { ok: false, width: w, height: h, maxScale, message };
}
