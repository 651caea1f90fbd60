import { escapeXml } from './escape-xml';
import { fmt } from './format-number';

export type AttrValue = string | number | undefined;

/**
 * Writes attributes in the given order: numbers to 0.1, strings escaped, undefined left out.
 * Every attribute of the export goes through here, so nothing from the data reaches the SVG raw.
 */
function attributes(attrs: Readonly<Record<string, AttrValue>>): string {
  let out = '';
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined) continue;
    out += ` ${name}="${typeof value === 'number' ? fmt(value) : escapeXml(value)}"`;
  }
  return out;
}

/**
 * An element whose children are markup built by these helpers (never raw data).
 * @example el('g', { opacity: 0.5 }, [el('rect', { width: 10, height: 10 })]) // '<g opacity="0.5"><rect width="10" height="10"/></g>'
 */
export function el(name: string, attrs: Readonly<Record<string, AttrValue>> = {}, children: readonly string[] = []): string {
  const open = `<${name}${attributes(attrs)}`;
  return children.length === 0 ? `${open}/>` : `${open}>${children.join('')}</${name}>`;
}

/**
 * An element holding text, escaped.
 * @example textEl('title', {}, 'a < b') // "<title>a &lt; b</title>"
 */
export function textEl(name: string, attrs: Readonly<Record<string, AttrValue>>, content: string): string {
  return `<${name}${attributes(attrs)}>${escapeXml(content)}</${name}>`;
}

/**
 * A `<text>` element. Characters outside Inter's Latin coverage (arrows, CJK, emoji…) go in
 * their own `<tspan>`: resvg picks a fallback font per text chunk, so without the split one
 * arrow would redraw the whole line in a fallback (often serif) face. Browsers ignore the split.
 * @example svgText({ x: 0, y: 10 }, 'A → B') // '<text x="0" y="10">A <tspan>→</tspan> B</text>'
 */
export function svgText(attrs: Readonly<Record<string, AttrValue>>, content: string): string {
  let body = '';
  for (const run of scriptRuns(content)) body += run.latin ? escapeXml(run.text) : `<tspan>${escapeXml(run.text)}</tspan>`;
  return `<text${attributes(attrs)}>${body}</text>`;
}

function scriptRuns(text: string): { latin: boolean; text: string }[] {
  const runs: { latin: boolean; text: string }[] = [];
  for (const ch of text) {
    const latin = isLatinCovered(ch.codePointAt(0) ?? 0);
    const last = runs[runs.length - 1];
    if (last?.latin === latin) runs[runs.length - 1] = { latin, text: last.text + ch };
    else runs.push({ latin, text: ch });
  }
  return runs;
}

/** Roughly what @fontsource/inter's latin and latin-ext subsets cover. */
function isLatinCovered(code: number): boolean {
  return (
    code < 0x0250 ||
    (code >= 0x0300 && code <= 0x036f) ||
    (code >= 0x1e00 && code <= 0x1eff) ||
    (code >= 0x2000 && code <= 0x206f) ||
    code === 0x20ac ||
    code === 0x2122 ||
    code === 0x2212
  );
}
