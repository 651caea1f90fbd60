import type { Route, RouteMetric, RouteStep } from '../routing/route-types';
import { formatCostTotal, formatMonths, formatTotals, METRIC_LABEL, stepCostText, stepMonthsText, stepSources, type RouteDataContext } from './route-format';

export interface RouteMarkdownOptions extends RouteDataContext {
  readonly mapTitle: string;
  readonly by?: RouteMetric;
  /** e.g. the export date; core has no clock. */
  readonly date?: string;
}

/**
 * A route as a Markdown study plan: a checklist of steps with why, time, cost, running totals and
 * sources as links. Every piece of data is escaped, so a label cannot inject links or HTML.
 * @example routeMarkdown(found.route, { mapTitle: model.meta.title, nodes: model.byId, by: 'months', date: '2026-11-30' })
 */
export function routeMarkdown(route: Route, options: RouteMarkdownOptions): string {
  const first = route.steps[0];
  const last = route.steps[route.steps.length - 1];
  const title = first === undefined || last === undefined ? 'Route' : `${first.label} to ${last.label}`;
  const meta = [options.mapTitle, options.by === undefined ? undefined : `route by ${METRIC_LABEL[options.by]}`, options.date]
    .filter((part): part is string => part !== undefined && part !== '')
    .map(md);
  const lines = [`# ${md(title)}`, '', meta.join(' · '), '', `**Total: ${md(formatTotals(route.totals))}**`, ''];
  for (const warning of route.warnings) lines.push(`> **Warning:** ${md(warning.message)}`, '');
  let number = 0;
  for (const step of route.steps) {
    if (step.role === 'start') {
      lines.push(`- **Start:** ${md(step.label)} (${step.kind})`);
      continue;
    }
    number += 1;
    lines.push(...stepLines(step, number, options));
  }
  return `${lines.join('\n').trimEnd()}\n`;
}

function stepLines(step: RouteStep, number: number, context: RouteDataContext): string[] {
  const tag = step.role === 'requirement' ? ' *(requirement)*' : '';
  const lines = [
    `- [ ] **${String(number)}. ${md(step.label)}** (${step.kind})${tag}`,
    `  - Why: ${md(step.why)}`,
    `  - Time: ${md(stepMonthsText(step))} · Cost: ${md(stepCostText(step))}`,
  ];
  const cost = formatCostTotal(step.total.cost);
  lines.push(`  - Running total: ${md(`${formatMonths(step.total.months)}${cost === '' ? '' : ` · ${cost}`}`)}`);
  const sources = stepSources(step, context);
  if (sources.length > 0) lines.push(`  - Sources: ${sources.map(mdLink).join(', ')}`);
  return lines;
}

/** Escapes the characters that would make Markdown out of plain text (emphasis, links, HTML, tables). */
function md(text: string): string {
  return text.replace(/[\\`*_[\]<>|~#&]/g, (ch) => `\\${ch}`).replace(/\r?\n/g, ' ');
}

/** A link whose text is the host, with the characters that end a Markdown link target percent-encoded. */
function mdLink(url: string): string {
  let host = url;
  try {
    host = new URL(url).hostname;
  } catch {
    // Schema-validated URLs always parse; keep the raw text if one does not.
  }
  const target = url.replace(/[()<>\s]/g, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
  return `[${md(host)}](${target})`;
}
