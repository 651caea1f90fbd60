/** One measured figure, as printed and as written by `--json`. */
export interface Figure {
  /** What and how big, e.g. `route.months.10000.median`. */
  readonly name: string;
  /** Null when the measurement did not finish or could not run (the note says why). */
  readonly value: number | null;
  readonly unit: string;
  /** What the figure is compared with, measured in the same run; null when nothing is. */
  readonly baseline: string | null;
  readonly baselineValue: number | null;
  /** value / baselineValue, or null when either is missing. */
  readonly ratio: number | null;
  readonly note?: string;
}

export interface Baseline {
  readonly name: string;
  readonly value: number | null;
}

/** Builds a figure; the ratio is computed only when both values were measured. */
export function figure(name: string, value: number | null, unit: string, baseline: Baseline | null = null, note?: string): Figure {
  const baselineValue = baseline?.value ?? null;
  const ratio = value !== null && baselineValue !== null && baselineValue > 0 ? value / baselineValue : null;
  return { name, value, unit, baseline: baseline?.name ?? null, baselineValue, ratio, ...(note === undefined ? {} : { note }) };
}

/** A figure for something that was not measured, with the reason. */
export function missing(name: string, unit: string, note: string, baseline: Baseline | null = null): Figure {
  return figure(name, null, unit, baseline, note);
}

/** Three significant digits, no exponent: 0.0123, 1.23, 123, 12,300. */
export function formatNumber(value: number | null): string {
  if (value === null) return '—';
  if (value === 0) return '0';
  const abs = Math.abs(value);
  if (abs >= 1000) return Math.round(value).toLocaleString('en-US');
  const digits = Math.max(0, 2 - Math.floor(Math.log10(abs)));
  return value.toFixed(Math.min(digits, 6));
}

/** A ratio with two or three significant digits: 26×, 3.28×, 0.602×, 0.00022×. */
export function formatRatio(ratio: number | null): string {
  if (ratio === null) return '';
  if (ratio === 0) return '0×';
  if (ratio >= 10) return `${ratio.toFixed(0)}×`;
  if (ratio >= 1) return `${ratio.toFixed(2)}×`;
  return `${ratio.toPrecision(ratio >= 0.01 ? 3 : 2)}×`;
}

/** The figures as an aligned plain-text table. */
export function formatTable(figures: readonly Figure[]): string {
  const rows = figures.map((f) => [
    f.name,
    f.value === null ? '—' : `${formatNumber(f.value)} ${f.unit}`,
    f.baseline ?? '',
    f.baselineValue === null ? '' : `${formatNumber(f.baselineValue)} ${f.unit}`,
    formatRatio(f.ratio),
    f.note ?? '',
  ]);
  const header = ['figure', 'value', 'baseline', 'baseline value', 'ratio', 'note'];
  const all = [header, ...rows];
  const widths = header.map((_, c) => Math.max(...all.map((r) => (r[c] ?? '').length)));
  const line = (r: readonly string[]) =>
    r
      .map((cell, c) => (c === 1 || c === 3 || c === 4 ? cell.padStart(widths[c] ?? 0) : cell.padEnd(widths[c] ?? 0)))
      .join('  ')
      .trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}
