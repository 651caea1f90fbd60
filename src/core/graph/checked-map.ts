import type { GraphFile } from '../schema/graph-schema';
import { stripBom } from '../schema/parse-json';
import type { JsonPath } from '../schema/problem';
import { buildOwnedGraph, type PathwiseGraph } from './build-graph';

/**
 * What the loader's schema adds to a document it accepts: each default it fills in, by path.
 * A map checked at build time ships this with its hash, so start-up can rebuild the loader's
 * exact output from `JSON.parse` without running the schema again.
 */
export type DefaultsAdded = readonly (readonly [path: JsonPath, value: unknown])[];

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The defaults the schema added to `raw` to give `validated` (the loader's output for the same
 * text), or null when it changed anything else (a value rewritten, a key dropped, a different
 * array length): such a map cannot be rebuilt by adding defaults and is not trusted.
 * @example defaultsAdded({ a: {} }, { a: { tags: [] } }) // [[["a", "tags"], []]]
 */
export function defaultsAdded(raw: unknown, validated: unknown): DefaultsAdded | null {
  const added: [JsonPath, unknown][] = [];
  const walk = (a: unknown, b: unknown, path: JsonPath): boolean => {
    if (Array.isArray(a) && Array.isArray(b)) {
      return a.length === b.length && a.every((item, i) => walk(item, b[i], [...path, i]));
    }
    if (isRecord(a) && isRecord(b)) {
      if (Object.keys(a).some((key) => !(key in b))) return false;
      for (const [key, value] of Object.entries(b)) {
        if (key in a) {
          if (!walk(a[key], value, [...path, key])) return false;
        } else {
          added.push([[...path, key], value]);
        }
      }
      return true;
    }
    return Object.is(a, b);
  };
  return walk(raw, validated, []) ? added : null;
}

/**
 * Writes each default into `value` (in place) and returns it. Every path's parent must exist,
 * as it does in the document `defaultsAdded` was computed from.
 * @example applyDefaults({ a: {} }, [[['a', 'tags'], []]]) // { a: { tags: [] } }
 */
export function applyDefaults<T>(value: T, defaults: DefaultsAdded): T {
  for (const [path, fill] of defaults) {
    let parent: unknown = value;
    for (const part of path.slice(0, -1)) parent = (parent as Record<string | number, unknown>)[part];
    const key = path[path.length - 1];
    if (key === undefined || typeof parent !== 'object' || parent === null) {
      throw new Error(`core/graph.applyDefaults: no parent for a default at ${JSON.stringify(path)}`);
    }
    // A copy per use: defaults are shared by every load of the page, the model freezes what it gets.
    (parent as Record<string | number, unknown>)[key] = structuredClone(fill);
  }
  return value;
}

/**
 * Builds the model from the text of a map the build has already run through the full loader
 * (its SHA-256 matched): `JSON.parse` and the defaults the schema adds, with no schema or
 * integrity pass. Only for text whose hash was checked; anything else goes to `loadGraphText`.
 * @example const model = buildCheckedGraph(text, check.defaults);
 */
export function buildCheckedGraph(text: string, defaults: DefaultsAdded): PathwiseGraph {
  return buildOwnedGraph(applyDefaults(JSON.parse(stripBom(text)) as GraphFile, defaults));
}
