import fc from 'fast-check';

/**
 * Generators of graph documents for fuzzing the loader. The valid ones restate the format's
 * rules here, independently of src/core/schema, so a generator and a rule that disagree show up
 * as a failing "valid documents load" property.
 */

type Json = Record<string, unknown>;

const KINDS = ['certification', 'role', 'skill', 'experience', 'track'] as const;
type Kind = (typeof KINDS)[number];

/** Which node kinds each edge kind joins (tracks take no edges). */
const EDGE_TABLE: Record<string, { from: readonly Kind[]; to: readonly Kind[] }> = {
  prerequisite: { from: ['certification', 'experience', 'skill'], to: ['certification', 'role'] },
  recommends: { from: ['certification', 'role', 'skill', 'experience'], to: ['certification', 'role', 'skill', 'experience'] },
  teaches: { from: ['certification'], to: ['skill'] },
  requires: { from: ['role', 'certification'], to: ['skill', 'experience', 'certification'] },
  'leads-to': { from: ['role', 'certification', 'experience', 'skill'], to: ['role', 'certification'] },
  'replaced-by': { from: ['certification'], to: ['certification'] },
};

export const idArb = fc.stringMatching(/^[a-z0-9]{1,6}(-[a-z0-9]{1,6}){0,2}$/);

/** Any text with something visible in it, markup and odd characters included. */
export const labelArb = fc
  .string({ minLength: 1, maxLength: 30, unit: 'grapheme' })
  .filter((s) => /[^\s\p{Cc}\p{Cf}]/u.test(s) && s.trim().length <= 200);

const urlArb = fc
  .tuple(fc.constantFrom('https', 'http'), fc.constantFrom('example.com', 'learn.microsoft.com', 'a.co'), fc.stringMatching(/^[a-z0-9-]{0,12}$/))
  .map(([scheme, host, path]) => `${scheme}://${host}/${path}`);

const dateArb = fc
  .tuple(fc.integer({ min: 2000, max: 2099 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }))
  .map(([y, m, d]) => `${String(y)}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);

const moneyArb = fc.record({ amount: fc.double({ min: 0, max: 1_000_000, noNaN: true }), currency: fc.constantFrom('USD', 'EUR', 'GBP') });

interface NodePlan {
  id: string;
  kind: Kind;
  label: string;
  state: 'active' | 'beta' | 'retiring' | 'retired';
  replacement: number;
  sources: string[];
  requires: number[][];
  tracks: number[];
}

interface EdgePlan {
  from: number;
  to: number;
  /** Picks one of the edge kinds allowed between the two nodes' kinds. */
  kind: number;
  months: number | undefined;
  cost: { amount: number; currency: string } | undefined;
}

/** A valid document with its expected node count and edge count (implied replacements included). */
export interface ValidCase {
  readonly doc: Json;
  readonly nodeCount: number;
  readonly edgeCount: number;
}

export const validCaseArb: fc.Arbitrary<ValidCase> = fc.integer({ min: 1, max: 12 }).chain((n) =>
  fc
    .record({
      ids: fc.uniqueArray(idArb, { minLength: n, maxLength: n }),
      nodes: fc.array(
        fc.record({
          kind: fc.constantFrom(...KINDS),
          label: labelArb,
          state: fc.constantFrom('active', 'beta', 'retiring', 'retired'),
          replacement: fc.integer({ min: -1, max: n - 1 }),
          sources: fc.array(urlArb, { maxLength: 2 }),
          requires: fc.array(fc.array(fc.nat(n - 1), { minLength: 1, maxLength: 3 }), { maxLength: 2 }),
          tracks: fc.array(fc.nat(n - 1), { maxLength: 2 }),
        }),
        { minLength: n, maxLength: n },
      ),
      edges: fc.array(
        fc.record({
          from: fc.nat(n - 1),
          to: fc.nat(n - 1),
          kind: fc.nat(),
          months: fc.option(fc.double({ min: 0, max: 240, noNaN: true }), { nil: undefined }),
          cost: fc.option(moneyArb, { nil: undefined }),
        }),
        { maxLength: 3 * n },
      ),
      title: labelArb,
      date: dateArb,
    })
    .map(({ ids, nodes, edges, title, date }) =>
      buildCase(
        nodes.map((plan, i) => ({ ...plan, id: ids[i] ?? `n${String(i)}` })),
        edges,
        title,
        date,
      ),
    ),
);

function buildCase(plans: NodePlan[], edgePlans: EdgePlan[], title: string, date: string): ValidCase {
  const kindOf = (i: number) => plans[i]?.kind;
  const idOf = (i: number) => plans[i]?.id ?? '';
  const retiredCert = (i: number) => kindOf(i) === 'certification' && (plans[i]?.state === 'retiring' || plans[i]?.state === 'retired');
  const keys = new Set<string>();
  const edges: Json[] = [];
  for (const e of edgePlans) {
    const from = kindOf(e.from);
    const to = kindOf(e.to);
    if (from === undefined || to === undefined || e.from === e.to) continue;
    const allowed = Object.entries(EDGE_TABLE)
      .filter(([name, rule]) => rule.from.includes(from) && rule.to.includes(to) && (name !== 'replaced-by' || retiredCert(e.from)))
      // Prerequisites only point to later nodes, so they can never close a cycle.
      .filter(([name]) => name !== 'prerequisite' || e.from < e.to)
      .map(([name]) => name);
    const kind = allowed[e.kind % Math.max(allowed.length, 1)];
    if (kind === undefined) continue;
    const key = `${idOf(e.from)}->${idOf(e.to)}:${kind}`;
    if (keys.has(key)) continue;
    keys.add(key);
    const edge: Json = { source: idOf(e.from), target: idOf(e.to), kind };
    if (e.months !== undefined) edge.months = e.months;
    if (e.cost !== undefined) edge.cost = e.cost;
    edges.push(edge);
  }
  const nodes = plans.map((plan, i) => {
    const node: Json = { id: plan.id, kind: plan.kind, label: plan.label, sources: plan.sources };
    // Requirements come from earlier nodes only (acyclic, like prerequisites), never from tracks.
    const groups = plan.requires
      .map((group) => [...new Set(group.filter((j) => j < i && kindOf(j) !== 'track').map(idOf))])
      .filter((group) => group.length > 0);
    if (groups.length > 0) node.requires = groups.map((anyOf) => ({ anyOf }));
    const tracks = [...new Set(plan.tracks.filter((j) => kindOf(j) === 'track' && j !== i).map(idOf))];
    if (tracks.length > 0 && plan.kind !== 'track') node.tracks = tracks;
    Object.assign(node, kindFields(plan, i, plans));
    const replacement = (node.status as Json | undefined)?.replacement;
    if (typeof replacement === 'string') keys.add(`${plan.id}->${replacement}:replaced-by`);
    return node;
  });
  const doc: Json = { schemaVersion: 1, meta: { id: 'fuzz-map', title, lastVerified: date }, nodes, edges };
  return { doc, nodeCount: nodes.length, edgeCount: keys.size };
}

function kindFields(plan: NodePlan, i: number, plans: readonly NodePlan[]): Json {
  switch (plan.kind) {
    case 'certification': {
      const status: Json = { state: plan.state };
      if (plan.state === 'retired' || plan.state === 'retiring') {
        status.date = '2025-06-30';
        const target = plans[plan.replacement];
        if (target !== undefined && target.kind === 'certification' && plan.replacement !== i) status.replacement = target.id;
      }
      return { issuer: 'Contoso', examCodes: [`EX-${String(i)}`], credential: `${plan.label} credential`, level: 'associate', status };
    }
    case 'role':
      return { seniority: 'mid' };
    case 'skill':
      return { domain: 'Domain' };
    case 'experience':
      return { requirement: 'Two years', months: 24 };
    case 'track':
      return { order: i };
  }
}

/** Every path to a value inside `value`, the document itself included. */
export function pathsOf(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  const out: (string | number)[][] = [prefix];
  if (Array.isArray(value)) value.forEach((child, i) => out.push(...pathsOf(child, [...prefix, i])));
  else if (typeof value === 'object' && value !== null) {
    for (const [key, child] of Object.entries(value)) out.push(...pathsOf(child, [...prefix, key]));
  }
  return out;
}

/** One random edit of a document: delete, retype, re-point, add a key, duplicate a node. */
export type Mutation =
  | { op: 'delete'; at: number }
  | { op: 'retype'; at: number; value: unknown }
  | { op: 'repoint'; at: number; id: string }
  | { op: 'add-key'; at: number; key: string; value: unknown }
  | { op: 'duplicate-node'; at: number };

export const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constant('delete' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('retype' as const), at: fc.nat(), value: fc.jsonValue({ maxDepth: 2 }) }),
  fc.record({ op: fc.constant('repoint' as const), at: fc.nat(), id: fc.oneof(idArb, fc.string({ maxLength: 12 })) }),
  fc.record({ op: fc.constant('add-key' as const), at: fc.nat(), key: fc.oneof(fc.string({ maxLength: 10 }), fc.constantFrom('__proto__', 'constructor', 'prototype', 'sorces')), value: fc.jsonValue({ maxDepth: 1 }) }),
  fc.record({ op: fc.constant('duplicate-node' as const), at: fc.nat() }),
);

type Container = Record<string | number, unknown>;

const isContainer = (value: unknown): value is Container => typeof value === 'object' && value !== null;

/** Applies a mutation to a copy of `doc`; earlier mutations may have left any shape at all. */
export function mutate(doc: unknown, mutation: Mutation): unknown {
  const copy: unknown = structuredClone(doc);
  const paths = pathsOf(copy);
  const path = paths[mutation.at % paths.length] ?? [];
  const key = path[path.length - 1];
  const parent = path.slice(0, -1).reduce<unknown>((node, part) => (isContainer(node) ? node[part] : undefined), copy);
  const target = isContainer(parent) && key !== undefined ? parent[key] : copy;
  const list = (name: string): unknown[] => {
    const value = isContainer(copy) ? copy[name] : undefined;
    return Array.isArray(value) ? value : [];
  };
  switch (mutation.op) {
    case 'delete':
      if (key === undefined || !isContainer(parent)) return {};
      if (Array.isArray(parent) && typeof key === 'number') parent.splice(key, 1);
      else Reflect.deleteProperty(parent, key);
      return copy;
    case 'retype':
      if (key === undefined || !isContainer(parent)) return mutation.value;
      parent[key] = mutation.value;
      return copy;
    case 'repoint': {
      const edges = list('edges');
      const edge = edges[mutation.at % Math.max(edges.length, 1)];
      if (isContainer(edge)) edge[mutation.at % 2 === 0 ? 'source' : 'target'] = mutation.id;
      return copy;
    }
    case 'add-key':
      if (isContainer(target) && !Array.isArray(target)) {
        // defineProperty, so "__proto__" becomes an own key as JSON.parse would make it.
        Object.defineProperty(target, mutation.key, { value: mutation.value, enumerable: true, writable: true, configurable: true });
      }
      return copy;
    case 'duplicate-node': {
      const nodes = list('nodes');
      const node = nodes[mutation.at % Math.max(nodes.length, 1)];
      if (node !== undefined) nodes.push(structuredClone(node));
      return copy;
    }
  }
}
