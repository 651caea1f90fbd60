import { LEVEL_LABEL } from '../design/tokens';
import type { CertificationNode, GraphNode, Seniority } from '../schema/graph-schema';
import { statusNotice } from '../time/status-today';

export const SENIORITY_LABEL: Record<Seniority, string> = {
  entry: 'Entry level',
  mid: 'Mid level',
  senior: 'Senior',
  lead: 'Lead',
  executive: 'Executive',
};

export type StatusBadgeKind = 'retiring' | 'retired' | 'beta';

/**
 * The badge a certification's status earns, if any; active certifications carry none. Given
 * `today`, a retirement or expected release date that has passed says so (core has no clock:
 * callers pass the date; without it the status is shown as written).
 * @example statusBadge(retiringNode) // { kind: 'retiring', text: 'RETIRING 2026-10-31' }
 * @example statusBadge(az500, '2026-12-02') // { kind: 'retired', text: 'RETIREMENT PASSED 2026-08-31' }
 */
export function statusBadge(node: CertificationNode, today?: string): { kind: StatusBadgeKind; text: string } | undefined {
  const { status } = node;
  switch (status.state) {
    case 'retiring':
      // The exam can no longer be sat, but nobody has confirmed the retirement: not "RETIRED".
      if (today !== undefined && status.date < today) return { kind: 'retired', text: `RETIREMENT PASSED ${status.date}` };
      return { kind: 'retiring', text: `RETIRING ${status.date}` };
    case 'retired':
      return { kind: 'retired', text: `RETIRED ${status.date}` };
    case 'beta':
      if (today !== undefined && status.expectedRelease !== undefined && status.expectedRelease < today) {
        return { kind: 'beta', text: `BETA · RELEASE DUE ${status.expectedRelease} PASSED` };
      }
      return { kind: 'beta', text: 'BETA' };
    case 'active':
      return undefined;
  }
}

/**
 * Facts about the node that are unverified or disputed, as sentences to show on hover; empty when
 * everything drawn on the node is sourced well enough.
 */
export function doubtfulFacts(node: GraphNode): string[] {
  const facts: string[] = [];
  const doubtful = (c: string | undefined) => c === 'unverified' || c === 'conflicting';
  // The same facts the screen flags: status, fee, renewal and pay, plus caveats.
  if (node.kind === 'certification') {
    if (doubtful(node.status.confidence)) facts.push(`Status "${node.status.state}" is ${node.status.confidence ?? ''}.`);
    if (doubtful(node.fee?.confidence)) facts.push(`Exam fee is ${node.fee.confidence}.`);
    if (doubtful(node.renewal?.confidence)) facts.push(`Renewal rule is ${node.renewal.confidence}.`);
  }
  if (node.kind === 'role' && doubtful(node.pay?.confidence)) facts.push(`Pay figure is ${node.pay.confidence}.`);
  for (const caveat of node.caveats ?? []) {
    if (doubtful(caveat.confidence)) facts.push(caveat.text);
  }
  return facts;
}

/**
 * The node's full text for its `<title>`: the exact label first (so it is present even when the
 * drawn label is truncated), then what the box abbreviates, then a status date that has passed
 * (given `dates`), then doubtful facts.
 */
export function nodeTitle(node: GraphNode, dates?: { readonly today: string; readonly lastVerified: string }): string {
  const lines = [node.label];
  switch (node.kind) {
    case 'certification':
      lines.push(node.credential, `${LEVEL_LABEL[node.level]} · ${statusText(node)}`);
      break;
    case 'role':
      lines.push(`Role · ${SENIORITY_LABEL[node.seniority]}`);
      if (node.typicalExperience !== undefined) lines.push(node.typicalExperience);
      break;
    case 'skill':
      lines.push(`Skill · ${node.domain}`);
      break;
    case 'experience':
      lines.push(`Experience requirement: ${node.requirement}`);
      break;
    case 'track':
      lines.push('Track');
      break;
  }
  const notice = dates === undefined ? null : statusNotice(node, dates, dates.today);
  if (notice !== null) lines.push(`Status: ${notice.text}`);
  for (const fact of doubtfulFacts(node)) lines.push(`Unverified: ${fact}`);
  return lines.join('\n');
}

function statusText(node: CertificationNode): string {
  const { status } = node;
  switch (status.state) {
    case 'active':
      return 'Active';
    case 'beta':
      return 'Beta';
    case 'retiring':
      return `Retiring ${status.date}`;
    case 'retired':
      return `Retired ${status.date}`;
  }
}

/**
 * A certification's label without its leading exam codes, which the box already shows in bold.
 * @example labelWithoutCode(ms102) // "Microsoft 365 Administrator" (label "MS-102 Microsoft 365 Administrator")
 * // and "Microsoft 365 Enterprise Administrator" for "MS-100 + MS-101 Microsoft 365 Enterprise Administrator"
 */
export function labelWithoutCode(node: CertificationNode): string {
  let rest = node.label;
  let stripped = true;
  while (stripped) {
    stripped = false;
    for (const code of node.examCodes) {
      if (rest.slice(0, code.length).toUpperCase() === code.toUpperCase()) {
        rest = rest.slice(code.length).replace(/^[\s:+/&,–—-]+/, '');
        stripped = true;
      }
    }
  }
  return rest === '' ? node.label : rest;
}
