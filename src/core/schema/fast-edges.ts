import { edgeKindSchema, confidenceSchema, edgeSchema, type GraphEdge } from './graph-schema';

/**
 * A quick pass over a map's edge list for the common case, an edge the schema accepts as it is:
 * what `z.array(edgeSchema)` outputs for it (a new object per edge, keys in the schema's order), or
 * null as soon as anything is off, so the caller runs the schema itself and its messages.
 *
 * Why: edges are most of a big map's objects, and zod pays a result object and an issue list per
 * field (about 60 ms of a 10,000-node load). The rules restated here are the edge schema's; a
 * property test (tests/core/schema/fast-edges.test.ts) checks on random and broken edges that this
 * never accepts what the schema rejects and gives exactly the schema's output when it accepts.
 * Fields it does not restate (`sources`: URL checks) are handed to the schema's own field parser.
 * @example fastEdges([{ source: 'a', target: 'b', kind: 'teaches' }]) // [{ source: 'a', target: 'b', kind: 'teaches' }]
 */
export function fastEdges(edges: unknown): GraphEdge[] | null {
  if (!Array.isArray(edges) || edges.length > MAX_EDGES) return null;
  const out = new Array<GraphEdge>(edges.length);
  for (let i = 0; i < edges.length; i++) {
    const edge = fastEdge(edges[i]);
    if (edge === null) return null;
    out[i] = edge;
  }
  return out;
}

/** `graphFileSchema`'s limit on `edges`. */
const MAX_EDGES = 1_000_000;

const KINDS: ReadonlySet<unknown> = new Set(edgeKindSchema.options);
const CONFIDENCES: ReadonlySet<unknown> = new Set(confidenceSchema.options);
const CURRENCY = /^[A-Z]{3}$/;
const KNOWN_KEYS: ReadonlySet<string> = new Set(Object.keys(edgeSchema.shape));

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** One edge, or null when it is not plainly valid. */
export function fastEdge(raw: unknown): GraphEdge | null {
  if (!isPlainRecord(raw)) return null;
  let keys = 0;
  for (const key in raw) {
    if (!KNOWN_KEYS.has(key)) return null;
    keys += 1;
  }
  const { source, target, kind, note, months, cost, confidence, sources } = raw;
  if (!isRef(source) || !isRef(target) || !KINDS.has(kind)) return null;
  // Keys present with the value undefined cannot come from JSON; leave such values to the schema.
  const edge: Mutable<GraphEdge> = { source, target, kind: kind as GraphEdge['kind'] };
  let seen = 3;
  if ('note' in raw) {
    if (typeof note !== 'string' || note.length > 4000) return null;
    edge.note = note;
    seen += 1;
  }
  if ('months' in raw) {
    if (typeof months !== 'number' || !Number.isFinite(months) || months < 0 || months > 240) return null;
    edge.months = months;
    seen += 1;
  }
  if ('cost' in raw) {
    const money = fastMoney(cost);
    if (money === null) return null;
    edge.cost = money;
    seen += 1;
  }
  if ('confidence' in raw) {
    if (!CONFIDENCES.has(confidence)) return null;
    edge.confidence = confidence as GraphEdge['confidence'];
    seen += 1;
  }
  if ('sources' in raw) {
    const parsed = edgeSchema.shape.sources.safeParse(sources);
    if (!parsed.success || parsed.data === undefined) return null;
    edge.sources = parsed.data;
    seen += 1;
  }
  // Every key was known, so a count that differs means a required key was missing.
  return seen === keys ? edge : null;
}

function fastMoney(raw: unknown): { amount: number; currency: string } | null {
  if (!isPlainRecord(raw)) return null;
  let keys = 0;
  for (const key in raw) {
    if (key !== 'amount' && key !== 'currency') return null;
    keys += 1;
  }
  const { amount, currency } = raw;
  if (keys !== 2 || typeof amount !== 'number' || !Number.isFinite(amount) || amount < 0 || amount > 1_000_000) return null;
  if (typeof currency !== 'string' || !CURRENCY.test(currency)) return null;
  return { amount, currency };
}

function isRef(value: unknown): value is string {
  return typeof value === 'string' && value.length >= 1 && value.length <= 80;
}

/** Only plain objects, as JSON.parse makes them: the quick passes leave anything else to the schema. */
export function isPlainRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype;
}
