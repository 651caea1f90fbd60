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

