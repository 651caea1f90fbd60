import { FONT, LEVEL_LABEL, RADIUS, type Theme } from '../design/tokens';
import type { NodeBox } from '../layout/layout-types';
import type { CertificationNode, ExperienceNode, GraphNode, RoleNode, SkillNode } from '../schema/graph-schema';
import { doubtfulFacts, labelWithoutCode, nodeTitle, SENIORITY_LABEL, statusBadge } from './node-facts';
import { fmt } from './format-number';
import type { Emphasis, FactDates } from './render-types';
import { el, textEl } from './svg-builder';
import { badgePill, leftStripPath, PERSON_ICON_PATH, textAttrs, textLines, unverifiedMarker } from './svg-parts';
import { fitText, textWidth, truncateText } from './text-fit';

const STRIP = 6;
const PAD = 12;
const LINE = { title: 16, body: 15, small: 13 } as const;

/**
 * One node as an SVG group at its layout box: the kind's design, a `<title>` with the full text,
 * badges for status and a "?" for doubtful facts. Tracks are groupings and are not drawn.
 * @example nodeSvg(ms102, { id: 'ms-102', x: 0, y: 0, width: 232, height: 76 }, THEMES.light, 'normal')
 */
export function nodeSvg(node: GraphNode, box: NodeBox, theme: Theme, emphasis: Emphasis, dates?: FactDates): string {
  let body: string[];
  switch (node.kind) {
    case 'certification':
      body = certificationBody(node, box, theme, emphasis, dates?.today);
      break;
    case 'role':
      body = roleBody(node, box, theme, emphasis);
      break;
    case 'skill':
      body = skillBody(node, box, theme, emphasis);
      break;
    case 'experience':
      body = experienceBody(node, box, theme, emphasis);
      break;
    case 'track':
      return '';
  }
  const facts = doubtfulFacts(node);
  if (facts.length > 0) {
    // Top-left corner, straddling the border, so it never covers text and reads before the label.
    body.push(unverifiedMarker(Math.min(22, box.width / 2), 0, theme, `Unverified: ${facts.join(' ')}`));
  }
  return el(
    'g',
    {
      class: `pw-node pw-${node.kind}`,
      'data-id': node.id,
      transform: `translate(${fmt(box.x)} ${fmt(box.y)})`,
      // A string, so the theme's value is written exactly rather than rounded like a coordinate.
      opacity: emphasis === 'dim' ? String(theme.dimOpacity) : undefined,
    },
    [textEl('title', {}, nodeTitle(node, dates)), ...body],
  );
}

function outline(kind: 'certification' | 'role' | 'skill' | 'experience', box: NodeBox, theme: Theme, emphasis: Emphasis, dash?: string): string {
  const style = theme.kind[kind];
  const highlighted = emphasis === 'highlight';
  return el('rect', {
    width: box.width,
    height: box.height,
    rx: Math.min(RADIUS[kind], box.height / 2),
    fill: style.fill,
    stroke: highlighted ? theme.route : style.stroke,
    'stroke-width': highlighted ? 3 : 1.2,
    'stroke-dasharray': dash,
  });
}

function certificationBody(node: CertificationNode, box: NodeBox, theme: Theme, emphasis: Emphasis, today: string | undefined): string[] {
  const { width, height } = box;
  const left = STRIP + PAD;
  const inner = width - left - PAD;
  // "Professional / programme" is too long for the corner; the legend spells it out.
  const levelText = LEVEL_LABEL[node.level].split(' /')[0] ?? '';
  const levelRoom = textWidth(levelText, FONT.size.small, 500) + 10;
  const code = node.examCodes.join(' / ');
  const parts = [
    outline('certification', box, theme, emphasis),
    el('path', { d: leftStripPath(STRIP, height, RADIUS.certification), fill: theme.level[node.level] }),
  ];
  let top: number;
  if (code !== '') {
    // Exam code in bold, then the name without the code, which would repeat it.
    const label = fitText(labelWithoutCode(node), { maxWidth: inner, fontSize: FONT.size.body, maxLines: 2 }).lines;
    top = blockTop(height, LINE.title + (label.length - 1) * LINE.body, FONT.size.title);
    const heading = fitHeading(node.examCodes, inner - levelRoom);
    parts.push(textEl('text', textAttrs(left, top, { size: heading.size, weight: 700, fill: theme.text }), heading.text));
    parts.push(...textLines(label, left, top + LINE.title + 1, LINE.body, { size: FONT.size.body, weight: 400, fill: theme.textMuted }));
  } else {
    // No exam (e.g. a programme): the name in bold, then the credential it grants.
    const label = fitText(node.label, { maxWidth: inner, firstLineWidth: inner - levelRoom, fontSize: FONT.size.title, weight: 700, maxLines: 2 }).lines;
    top = blockTop(height, (label.length - 1) * LINE.title + LINE.body, FONT.size.title);
    const credential = truncateText(node.credential, inner, FONT.size.small);
    parts.push(...textLines(label, left, top, LINE.title, { size: FONT.size.title, weight: 700, fill: theme.text }));
    parts.push(textEl('text', textAttrs(left, top + (label.length - 1) * LINE.title + LINE.body + 1, { size: FONT.size.small, weight: 400, fill: theme.textMuted }), credential));
  }
  parts.push(textEl('text', textAttrs(width - PAD, top, { size: FONT.size.small, weight: 500, fill: theme.textMuted, anchor: 'end' }), levelText));
  const badge = statusBadge(node, today);
  if (badge !== undefined) parts.push(badgePill(badge.text, width - PAD, 0, theme.badge[badge.kind], theme).svg);
  return parts;
}

/** Exam codes at title size; several codes may close up and shrink a little before anything is cut. */
function fitHeading(codes: readonly string[], room: number): { text: string; size: number } {
  const spaced = codes.join(' / ');
  const tight = codes.join('/');
  const small = FONT.size.body;
  if (textWidth(spaced, FONT.size.title, 700) <= room) return { text: spaced, size: FONT.size.title };
  if (textWidth(tight, FONT.size.title, 700) <= room) return { text: tight, size: FONT.size.title };
  return { text: truncateText(tight, room, small, 700), size: small };
}

function roleBody(node: RoleNode, box: NodeBox, theme: Theme, emphasis: Emphasis): string[] {
  const { width, height } = box;
  const style = theme.kind.role;
  const iconR = Math.min(18, height / 2 - 8);
  const cx = Math.min(height / 2, 32);
  const left = cx + iconR + 10;
  const inner = width - left - Math.min(RADIUS.role, height / 2) * 0.6;
  // A long job title steps down one size before it is cut.
  const large = fitText(node.label, { maxWidth: inner, fontSize: FONT.size.title, weight: 700, maxLines: 2 });
  const size = large.truncated ? FONT.size.body : FONT.size.title;
  const label = large.truncated ? fitText(node.label, { maxWidth: inner, fontSize: size, weight: 700, maxLines: 2 }).lines : large.lines;
  const top = blockTop(height, (label.length - 1) * LINE.title + LINE.small, size);
  const scale = (iconR * 1.1) / 20;
  return [
    outline('role', box, theme, emphasis),
    el('circle', { cx, cy: height / 2, r: iconR, fill: style.accent }),
    el('path', {
      d: PERSON_ICON_PATH,
      fill: style.fill,
      transform: `translate(${fmt(cx - 10 * scale)} ${fmt(height / 2 - 10 * scale - 1)}) scale(${fmt(scale)})`,
    }),
    ...textLines(label, left, top, LINE.title, { size, weight: 700, fill: theme.text }),
    textEl(
      'text',
      textAttrs(left, top + (label.length - 1) * LINE.title + LINE.small + 1, { size: FONT.size.small, weight: 500, fill: style.accent }),
      truncateText(roleSubtitle(node), width - left - 16, FONT.size.small, 500),
    ),
  ];
}

function skillBody(node: SkillNode, box: NodeBox, theme: Theme, emphasis: Emphasis): string[] {
  const { width, height } = box;
  const radius = Math.min(RADIUS.skill, height / 2);
  const maxWidth = width - 2 * radius;
  const style = { weight: 500, fill: theme.text, anchor: 'middle' } as const;
  // One line at body size when it fits; otherwise two smaller lines rather than cutting the name short.
  if (textWidth(node.label, FONT.size.body, 500) <= maxWidth || height < 2 * LINE.small + 6) {
    const label = truncateText(node.label, maxWidth, FONT.size.body, 500);
    return [outline('skill', box, theme, emphasis), textEl('text', textAttrs(width / 2, height / 2 + FONT.size.body * 0.36, { ...style, size: FONT.size.body }), label)];
  }
  const lines = fitText(node.label, { maxWidth, fontSize: FONT.size.small, weight: 500, maxLines: 2 }).lines;
  const top = blockTop(height, (lines.length - 1) * LINE.small, FONT.size.small);
  return [outline('skill', box, theme, emphasis), ...textLines(lines, width / 2, top, LINE.small, { ...style, size: FONT.size.small })];
}

function experienceBody(node: ExperienceNode, box: NodeBox, theme: Theme, emphasis: Emphasis): string[] {
  const { width, height } = box;
  const style = theme.kind.experience;
  const left = PAD;
  const header = node.months === undefined ? 'EXPERIENCE' : `EXPERIENCE · ${formatMonths(node.months)}`;
  const label = fitText(node.label, { maxWidth: width - 2 * PAD, fontSize: FONT.size.body, weight: 500, maxLines: 2 }).lines;
  const top = blockTop(height, LINE.small + (label.length - 1) * LINE.body + 1, FONT.size.badge);
  return [
    outline('experience', box, theme, emphasis, '5 3'),
    textEl('text', textAttrs(left, top, { size: FONT.size.badge, weight: 700, fill: style.accent }), header),
    ...textLines(label, left, top + LINE.small + 1, LINE.body, { size: FONT.size.body, weight: 500, fill: theme.text }),
  ];
}

/** Seniority, and the pay figure when the data has one (as on screen): "Mid level · $96,800/yr". */
function roleSubtitle(node: RoleNode): string {
  const seniority = SENIORITY_LABEL[node.seniority];
  if (node.pay === undefined) return seniority;
  const money = new Intl.NumberFormat('en-US', { style: 'currency', currency: node.pay.currency, maximumFractionDigits: 0 }).format(node.pay.amount);
  return `${seniority} · ${money}/${node.pay.period === 'year' ? 'yr' : 'h'}`;
}

/** Baseline of the first line that centres a text block (first cap height + `span`) in the box. */
function blockTop(height: number, span: number, firstSize: number): number {
  const cap = firstSize * 0.73;
  const descent = 4;
  return (height - (cap + span + descent)) / 2 + cap + 1;
}

function formatMonths(months: number): string {
  if (months >= 12 && months % 12 === 0) return `${String(months / 12)} YR`;
  return `${String(months)} MO`;
}
