import { ASCII_WIDTHS, EXTRA_WIDTHS } from './char-widths';

export type FontWeight = 400 | 500 | 700;

export const ELLIPSIS = '\u2026';

/**
 * Width of one character in thousandths of an em. Characters outside the table get a generous
 * estimate (wider than an average Latin letter; a full em for CJK), so a guess errs toward
 * truncating early rather than overflowing the box.
 */
function charWidth(code: number, weight: FontWeight): number {
  if (code >= 0x20 && code <= 0x7e) return ASCII_WIDTHS[weight][code - 0x20] ?? 620;
  const extra = EXTRA_WIDTHS.get(code);
  if (extra !== undefined) return extra;
  if (code >= 0x0300 && code <= 0x036f) return 0; // combining marks sit on the previous letter
  if (isWide(code)) return 1000;
  return 640;
}

function isWide(code: number): boolean {
  return (
    (code >= 0x1100 && code <= 0x115f) ||
    (code >= 0x2e80 && code <= 0xa4cf) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6) ||
    code >= 0x1f300
  );
}

/**
 * Approximate rendered width of `text` in Inter at `fontSize` px, from a per-character table.
 * @example textWidth('MS-102', 13, 700) // ≈ 46
 */
export function textWidth(text: string, fontSize: number, weight: FontWeight = 400): number {
  let units = 0;
  for (const ch of text) units += charWidth(ch.codePointAt(0) ?? 0, weight);
  return (units * fontSize) / 1000;
}

export interface FitOptions {
  readonly maxWidth: number;
  readonly fontSize: number;
  readonly weight?: FontWeight;
  /** At most this many lines; the last one ends with an ellipsis when text is left over. */
  readonly maxLines?: number;
  /** A narrower (or wider) first line, e.g. beside a corner label. Default `maxWidth`. */
  readonly firstLineWidth?: number;
}

export interface FittedText {
  readonly lines: readonly string[];
  /** True when some of the text did not fit and an ellipsis was added. */
  readonly truncated: boolean;
}

/**
 * Wraps text at spaces into at most `maxLines` lines no wider than `maxWidth`, breaking a word only
 * when it is longer than a line, and ends the last line with "…" when text is left over.
 * Deterministic: the same text and options always give the same lines.
 * @example fitText('Microsoft 365 Administrator', { maxWidth: 120, fontSize: 12, maxLines: 2 })
 * // { lines: ['Microsoft 365', 'Administrator'], truncated: false }
 */
export function fitText(text: string, options: FitOptions): FittedText {
  const { maxWidth, fontSize, weight = 400, maxLines = 1, firstLineWidth = maxWidth } = options;
  const measure = (s: string) => textWidth(s, fontSize, weight);
  const widthOf = (line: number) => (line === 0 ? firstLineWidth : maxWidth);
  const words = text.trim().split(/\s+/).filter((w) => w !== '');
  const lines: string[] = [];
  let current = '';
  let index = 0;
  while (index < words.length && lines.length < maxLines) {
    const word = words[index] ?? '';
    const candidate = current === '' ? word : `${current} ${word}`;
    if (measure(candidate) <= widthOf(lines.length)) {
      current = candidate;
      index += 1;
    } else if (current !== '') {
      lines.push(current);
      current = '';
    } else {
      // One word wider than the whole line: break it where it stops fitting.
      const [head, tail] = splitToWidth(word, widthOf(lines.length), fontSize, weight);
      lines.push(head);
      if (tail === '') index += 1;
      else words[index] = tail;
    }
  }
  if (current !== '' && lines.length < maxLines) lines.push(current);
  if (index >= words.length) return { lines, truncated: false };

  const rest = words.slice(index).join(' ');
  const last = lines.pop() ?? '';
  const joined = last === '' ? rest : `${last} ${rest}`;
  lines.push(truncateToWidth(joined, widthOf(lines.length), fontSize, weight));
  return { lines, truncated: true };
}

/**
 * Shortens text to fit `maxWidth`, ending it with "…" when it had to be cut.
 * @example truncateText('Microsoft 365 Certified: Administrator Expert', 100, 12) // "Microsoft 365 Ce…"
 */
export function truncateText(text: string, maxWidth: number, fontSize: number, weight: FontWeight = 400): string {
  return textWidth(text, fontSize, weight) <= maxWidth ? text : truncateToWidth(text, maxWidth, fontSize, weight);
}

/**
 * Running widths (in thousandths of an em) of the first k characters, summed in the same order as
 * `textWidth` sums them, so a prefix's width here is bit-for-bit the width `textWidth` gives it.
 * Truncating by measuring every shorter prefix again was quadratic in the label's length: the
 * canvas sizes far labels at up to 15 type sizes per node, and that alone took about 190 ms of the
 * first render of the default map (a Chromium profile, 2026-12-02).
 */
function prefixUnits(chars: readonly string[], weight: FontWeight): Float64Array {
  const units = new Float64Array(chars.length + 1);
  for (let i = 0; i < chars.length; i++) units[i + 1] = (units[i] ?? 0) + charWidth(chars[i]?.codePointAt(0) ?? 0, weight);
  return units;
}

const WHITE_SPACE = /\s/;

function truncateToWidth(text: string, maxWidth: number, fontSize: number, weight: FontWeight): string {
  const chars = Array.from(text);
  const units = prefixUnits(chars, weight);
  const ellipsis = charWidth(ELLIPSIS.codePointAt(0) ?? 0, weight);
  // The kept characters, after trimming the white space the cut leaves at their end (trimEnd).
  const kept = (end: number): number => {
    let k = end;
    while (k > 0 && WHITE_SPACE.test(chars[k - 1] ?? '')) k -= 1;
    return k;
  };
  let end = chars.length;
  while (end > 0 && (((units[kept(end)] ?? 0) + ellipsis) * fontSize) / 1000 > maxWidth) end -= 1;
  return `${chars.slice(0, kept(end)).join('')}${ELLIPSIS}`;
}

function splitToWidth(word: string, maxWidth: number, fontSize: number, weight: FontWeight): [string, string] {
  const chars = Array.from(word);
  const units = prefixUnits(chars, weight);
  let end = 1;
  while (end < chars.length && ((units[end + 1] ?? 0) * fontSize) / 1000 <= maxWidth) end += 1;
  return [chars.slice(0, end).join(''), chars.slice(end).join('')];
}
