/**
 * A coordinate written to 0.1 precision without trailing zeros or "-0", so the same layout always
 * gives the same SVG text and files stay small.
 * @example fmt(12.349) // "12.3"; fmt(-0.04) // "0"
 */
export function fmt(value: number): string {
  if (!Number.isFinite(value)) throw new Error(`core/render.fmt: not a finite number: ${String(value)}`);
  const rounded = Math.round(value * 10) / 10;
  return Object.is(rounded, -0) ? '0' : String(rounded);
}
