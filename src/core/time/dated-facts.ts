import type { GraphMeta, GraphNode } from '../schema/graph-schema';

/** Which part of a node a fact is. */
export type FactField = 'status' | 'fee' | 'renewal' | 'pay' | 'outlook' | 'requirement' | 'caveat';

/** A date a fact names that can pass: a retirement, an expected release, a date a claim gives. */
export interface NamedDate {
  readonly kind: 'retirement' | 'release' | 'claim';
  readonly date: string;
}

/** One fact of a node with the date it was last checked against its source. */
export interface DatedFact {
  readonly nodeId: string;
  readonly field: FactField;
  /** Position in `requires` or `caveats`; 0 for single fields. */
  readonly index: number;
  /** What the fact is, for people: "Status (retiring 2026-08-31)", "Exam fee", "Caveat: …". */
  readonly what: string;
  /** When it was last checked (YYYY-MM-DD). */
  readonly checked: string;
  /** Where `checked` came from: the fact's `checked`, its `asOf`, or the map's `meta.lastVerified`. */
  readonly checkedFrom: 'checked' | 'asOf' | 'map';
  /** Where to check it again: the fact's own sources, else the node's. */
  readonly sources: readonly string[];
  readonly named: NamedDate | null;
}

const CAVEAT_WORDS = 12;

/**
 * Every dated fact of a node: a certification's status, fee and renewal; a role's pay and outlook;
 * each requirement group and caveat. A fact is dated by its own `checked`, else its `asOf` (an
 * active status, a fee), else the map's `lastVerified`.
 * @example datedFacts(az500, meta).map((f) => `${f.field} ${f.checked}`) // ['status 2026-08-22', 'renewal 2026-08-22', 'caveat 2026-08-22']
 */
export function datedFacts(node: GraphNode, meta: Pick<GraphMeta, 'lastVerified'>): DatedFact[] {
  const facts: DatedFact[] = [];
  const add = (
    field: FactField,
    index: number,
    what: string,
    dates: { checked?: string | undefined; asOf?: string | undefined },
    source: readonly (string | undefined)[],
    named: NamedDate | null = null,
  ) => {
    const own = source.filter((s): s is string => s !== undefined);
    facts.push({
      nodeId: node.id,
      field,
      index,
      what,
      checked: dates.checked ?? dates.asOf ?? meta.lastVerified,
      checkedFrom: dates.checked !== undefined ? 'checked' : dates.asOf !== undefined ? 'asOf' : 'map',
      sources: own.length > 0 ? own : node.sources,
      named,
    });
  };

  if (node.kind === 'certification') {
    const { status } = node;
    switch (status.state) {
      case 'active':
        add('status', 0, 'Status (active)', { checked: status.checked, asOf: status.asOf }, [status.source]);
        break;
      case 'beta':
        add('status', 0, `Status (beta${status.expectedRelease === undefined ? '' : `, release expected ${status.expectedRelease}`})`, { checked: status.checked }, [status.source],
          status.expectedRelease === undefined ? null : { kind: 'release', date: status.expectedRelease });
        break;
      case 'retiring':
        add('status', 0, `Status (retiring ${status.date})`, { checked: status.checked }, [status.source], { kind: 'retirement', date: status.date });
        break;
      case 'retired':
        add('status', 0, `Status (retired ${status.date})`, { checked: status.checked }, [status.source]);
        break;
    }
    if (node.fee !== undefined) add('fee', 0, 'Exam fee', { checked: node.fee.checked, asOf: node.fee.asOf }, [node.fee.source]);
    if (node.renewal !== undefined) add('renewal', 0, 'Renewal rule', { checked: node.renewal.checked }, [node.renewal.source]);
  }
  if (node.kind === 'role') {
    if (node.pay !== undefined) add('pay', 0, `Pay (${node.pay.year})`, { checked: node.pay.checked }, [node.pay.source]);
    if (node.outlook !== undefined) add('outlook', 0, 'Outlook', { checked: node.outlook.checked }, [node.outlook.source]);
  }
  (node.requires ?? []).forEach((group, i) => {
    add('requirement', i, `Requirement: ${group.label ?? group.anyOf.join(' or ')}`, { checked: group.checked }, [group.source]);
  });
  (node.caveats ?? []).forEach((caveat, i) => {
    add('caveat', i, `Caveat: ${shorten(caveat.text)}`, { checked: caveat.checked }, caveat.sources ?? [],
      caveat.date === undefined ? null : { kind: 'claim', date: caveat.date });
  });
  return facts;
}

function shorten(text: string): string {
  const words = text.split(/\s+/);
  return words.length <= CAVEAT_WORDS ? text : `${words.slice(0, CAVEAT_WORDS).join(' ')}…`;
}
