/** Id prefixes that name a node's kind; redundant in a file name ("role-cloud-architect" → "cloud-architect"). */
const KIND_PREFIX = /^(?:role|skill|exp|experience|track|cert)-/;
const MAX_PART = 40;

/**
 * Lowercase kebab-case, ASCII only, at most `max` characters cut at a hyphen.
 * @example slugify('MS-102 Roadmap: Microsoft 365 Administrator') // "ms-102-roadmap-microsoft-365-administrator"
 */
export function slugify(text: string, max = 60): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= max) return slug;
  const cut = slug.slice(0, max + 1);
  const lastHyphen = cut.lastIndexOf('-');
  return (lastHyphen > max / 2 ? cut.slice(0, lastHyphen) : slug.slice(0, max)).replace(/-+$/, '');
}

export interface ExportFileNameInput {
  readonly mapTitle: string;
  /** Route start and end: node ids (preferred: short and stable) or labels. */
  readonly from?: string;
  readonly to?: string;
  /** Extension without the dot, e.g. "png". */
  readonly ext: string;
}

/**
 * A short, safe default file name for an export: the map title, then the route's ends when there
 * is a route. Kind prefixes of ids ("role-", "skill-", "exp-", "track-") are dropped because the
 * name reads without them; each part is cut to 40 characters at a hyphen.
 * @example exportFileName({ mapTitle: 'MS-102 Roadmap', from: 'role-m365-administrator', to: 'role-cloud-solutions-architect', ext: 'png' })
 * // "ms-102-roadmap--m365-administrator-to-cloud-solutions-architect.png"
 */
export function exportFileName(input: ExportFileNameInput): string {
  const ext = input.ext.toLowerCase().replace(/[^a-z0-9]/g, '') || 'txt';
  const title = slugify(input.mapTitle, MAX_PART) || 'pathwise-map';
  const end = (name: string | undefined) => (name === undefined ? '' : slugify(slugify(name, 200).replace(KIND_PREFIX, ''), MAX_PART));
  const from = end(input.from);
  const to = end(input.to);
  let route = '';
  if (from !== '' && to !== '') route = `--${from}-to-${to}`;
  else if (from !== '') route = `--from-${from}`;
  else if (to !== '') route = `--to-${to}`;
  return `${title}${route}.${ext}`;
}
