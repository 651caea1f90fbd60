import type { z } from 'zod';
import { isPlainRecord } from './fast-edges';
import { nodeSchema, type GraphNode } from './graph-schema';

/**
 * A quick pass over a map's node list for the common case, a node the schema accepts: what
 * `z.array(nodeSchema)` outputs for it (a new object per node, keys in its kind's schema order,
 * labels trimmed, defaults filled in), or null as soon as anything is off, so the caller runs the
 * schema itself and its messages.
 *
 * Only the fields every node has are checked here (ids, labels, track lists, empty source lists,
 * enums, an active status); any other field, and any value these checks do not plainly accept, is
 * handed to the schema's own parser for that field, so rules not restated here still apply.
 * A property test (tests/core/schema/fast-nodes.test.ts) checks on valid and broken documents that
 * this never accepts what the schema rejects and gives exactly its output when it accepts.
 * @example fastNodes([{ id: 'a', kind: 'skill', label: ' A ', domain: 'Identity' }]) // [{ kind: 'skill', id: 'a', label: 'A', sources: [], domain: 'Identity' }]
 */
export function fastNodes(nodes: unknown): GraphNode[] | null {
  if (!Array.isArray(nodes) || nodes.length > MAX_NODES) return null;
  const out = new Array<GraphNode>(nodes.length);
  for (let i = 0; i < nodes.length; i++) {
    const node = fastNode(nodes[i]);
    if (node === null) return null;
    out[i] = node;
  }
  return out;
}

/** `graphFileSchema`'s limit on `nodes`. */
const MAX_NODES = 200_000;

type FieldSchema = z.ZodType;

/** What the schema makes of an absent key: a problem, nothing (left out), or a default value. */
type Absent = 'required' | 'left-out' | 'default';

interface KindPlan {
  readonly keys: readonly string[];
  readonly shape: Readonly<Record<string, FieldSchema>>;
  readonly absent: Readonly<Record<string, Absent>>;
}

const PLANS = new Map<unknown, KindPlan>(
  nodeSchema.options.map((option) => {
    const shape = option.shape as unknown as Record<string, FieldSchema>;
    const keys = Object.keys(shape);
    // Asked of each field's schema once, here, instead of per node.
    const absent = Object.fromEntries(
      keys.map((key) => {
        const result = (shape[key] as FieldSchema).safeParse(undefined);
        return [key, !result.success ? 'required' : result.data === undefined ? 'left-out' : 'default'];
      }),
    ) as Record<string, Absent>;
    return [option.shape.kind.value, { keys, shape, absent }];
  }),
);

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const VISIBLE = /[^\s\p{Cc}\p{Cf}]/u;
const EXAM_CODE = /^[A-Za-z0-9][A-Za-z0-9+._-]{0,29}$/;
/** Fields whose schema is the label schema (trimmed, 1–200 characters, something visible). */
const LABELS: ReadonlySet<string> = new Set(['label', 'issuer', 'credential', 'domain']);
const ENUMS: Readonly<Record<string, ReadonlySet<unknown>>> = {
  level: new Set(['fundamentals', 'associate', 'expert', 'specialty', 'professional']),
  seniority: new Set(['entry', 'mid', 'senior', 'lead', 'executive']),
};
const UNSET = Symbol('unset');

/** One node, or null when it is not plainly valid. */
export function fastNode(raw: unknown): GraphNode | null {
  if (!isPlainRecord(raw)) return null;
  const plan = PLANS.get(raw.kind);
  if (plan === undefined) return null;
  for (const key in raw) if (!Object.hasOwn(plan.shape, key)) return null;
  const out: Record<string, unknown> = {};
  for (const key of plan.keys) {
    if (!Object.hasOwn(raw, key)) {
      const absent = plan.absent[key];
      if (absent === 'required') return null;
      // A default is made per node (the schema gives a fresh copy each time); the rest is left out.
      if (absent === 'default') out[key] = (plan.shape[key] as FieldSchema).parse(undefined);
      continue;
    }
    const value = raw[key];
    let parsed: unknown = quickField(key, value);
    if (parsed === UNSET) {
      const slow = (plan.shape[key] as FieldSchema).safeParse(value);
      if (!slow.success) return null;
      parsed = slow.data;
    }
    // Keys present with undefined cannot come from JSON; the schema leaves such a key out.
    if (parsed !== undefined) out[key] = parsed;
  }
  return out as GraphNode;
}

/** The schema's output for a plainly valid value of a common field, or UNSET to ask the schema. */
function quickField(key: string, value: unknown): unknown {
  if (key === 'kind') return value;
  if (key === 'id') return typeof value === 'string' && value.length <= 80 && ID.test(value) ? value : UNSET;
  if (LABELS.has(key)) return label(value);
  if (key === 'sources') return Array.isArray(value) && value.length === 0 ? [] : UNSET;
  if (key === 'tracks') return refs(value);
  if (key === 'examCodes') return examCodes(value);
  if (key === 'status') return activeStatus(value);
  const options = ENUMS[key];
  if (options !== undefined) return options.has(value) ? value : UNSET;
  return UNSET;
}

function label(value: unknown): unknown {
  if (typeof value !== 'string') return UNSET;
  const trimmed = value.trim();
  return trimmed.length >= 1 && trimmed.length <= 200 && VISIBLE.test(trimmed) ? trimmed : UNSET;
}

function refs(value: unknown): unknown {
  if (!Array.isArray(value)) return UNSET;
  const out = new Array<string>(value.length);
  for (let i = 0; i < value.length; i++) {
    const ref: unknown = value[i];
    if (typeof ref !== 'string' || ref.length < 1 || ref.length > 80) return UNSET;
    out[i] = ref;
  }
  return out;
}

function examCodes(value: unknown): unknown {
  if (!Array.isArray(value)) return UNSET;
  const out = new Array<string>(value.length);
  for (let i = 0; i < value.length; i++) {
    const code: unknown = value[i];
    if (typeof code !== 'string' || !EXAM_CODE.test(code)) return UNSET;
    out[i] = code;
  }
  return out;
}

/** `{ state: "active" }` and nothing else; any other status goes to the schema. */
function activeStatus(value: unknown): unknown {
  if (!isPlainRecord(value) || value.state !== 'active') return UNSET;
  for (const key in value) if (key !== 'state') return UNSET;
  return { state: 'active' };
}
