import MiniSearch, { type Query, type SearchResult } from 'minisearch';
import type { PathwiseGraph } from '../graph/build-graph';
import type { GraphNode } from '../schema/graph-schema';

/** Where a search hit matched, in the order a results list shows them (the label first). */
export const SEARCH_FIELDS = ['label', 'codes', 'aliases', 'credential', 'skills', 'domain', 'description'] as const;
export type SearchField = (typeof SEARCH_FIELDS)[number];

/** One node found by `searchMap`, with what made it match. */
export interface SearchHit {
  readonly node: GraphNode;
  /** Relevance (BM25 with field boosts; higher is better). Only the order means something. */
  readonly score: number;
  /** The words of the node's text that matched, lower case (after typo, prefix and synonym matching). */
  readonly terms: readonly string[];
  /** The fields those words are in, in `SEARCH_FIELDS` order. */
  readonly fields: readonly SearchField[];
  /** The label, with the matched words marked. */
  readonly label: readonly TextPart[];
  /**
   * When the label shows no matched word: a short excerpt of the first other field that does
   * (an alias, a taught skill, the description…), marked the same way; otherwise null.
   */
  readonly excerpt: { readonly field: SearchField; readonly parts: readonly TextPart[] } | null;
}

type Doc = { readonly id: string } & Readonly<Record<SearchField, string>>;

/** How much a match in each field counts: names count most, long descriptions least. */
const BOOST: Record<SearchField, number> = { label: 4, codes: 4, aliases: 3, credential: 2, skills: 1, domain: 1, description: 0.7 };

/** The separators MiniSearch splits on by default: spaces, line breaks and punctuation. */
const SEPARATORS = /[\n\r\p{Z}\p{P}]+/u;
const WORD = /[^\n\r\p{Z}\p{P}]+/gu;

interface SearchIndex {
  readonly search: MiniSearch<Doc>;
  readonly docs: ReadonlyMap<string, Doc>;
  readonly byId: ReadonlyMap<string, GraphNode>;
  /** Every synonym phrase (normalised) → the other phrases of its groups. */
  readonly synonyms: ReadonlyMap<string, readonly string[]>;
}

const indexes = new WeakMap<PathwiseGraph, SearchIndex>();

/**
 * Finds nodes the way people type: ranked by relevance (MiniSearch's BM25) over labels, exam codes,
 * aliases, credential names, the skills a certification teaches or a role requires, skill domains
 * and descriptions; forgiving typos ("azur", "secuirty") and unfinished words; and reading the
 * map's own synonym groups (`meta.synonyms`: "aad" also searches "entra id"). Nodes matching every
 * word of the query rank above nodes matching some. Tracks are not returned.
 *
 * The index is built on the first search of a model and kept with it (about 125 nodes for the
 * default map), so loading a map never pays for it.
 * @example searchMap(model, 'azur administrator')[0]?.node.id // "role-azure-administrator" or "az-104"
 */
export function searchMap(model: PathwiseGraph, query: string, limit = 8): SearchHit[] {
  const text = normalise(query);
  if (text === '') return [];
  const index = indexOf(model);
  // The query as typed counts twice: once requiring all its words (those hits score on both),
  // once any word. A synonym variant must match all its words: "microsoft purview" standing for
  // "purview" must not find everything that says "Microsoft".
  const all = (q: string): Query => ({ combineWith: 'AND', queries: [q] });
  const tree: Query = { combineWith: 'OR', queries: [all(text), text, ...synonymVariants(text, index.synonyms).map(all)] };
  return index.search
    .search(tree)
    .slice(0, limit)
    .flatMap((result) => {
      const node = index.byId.get(result.id as string);
      const doc = index.docs.get(result.id as string);
      return node === undefined || doc === undefined ? [] : [hitOf(node, doc, result)];
    });
}

/**
 * The nodes `searchMap` finds, best first.
 * @example searchNodes(model, 'az-3', 5)[0]?.id // "az-305"
 */
export function searchNodes(model: PathwiseGraph, query: string, limit = 8): GraphNode[] {
  return searchMap(model, query, limit).map((hit) => hit.node);
}

/** A piece of text, marked when it is one of the matched words. */
export interface TextPart {
  readonly text: string;
  readonly match: boolean;
}

/**
 * Splits `text` into words and what lies between them, marking the words a hit matched, so a
 * results list can highlight them.
 * @example highlightParts('AZ-104 Azure Administrator', ['azure']) // [{ text: 'AZ-104 ', match: false }, { text: 'Azure', match: true }, { text: ' Administrator', match: false }]
 */
export function highlightParts(text: string, terms: readonly string[]): TextPart[] {
  const wanted = new Set(terms.map((t) => t.toLowerCase()));
  const parts: TextPart[] = [];
  let plain = '';
  let at = 0;
  for (const m of text.matchAll(WORD)) {
    const start = m.index;
    plain += text.slice(at, start);
    at = start + m[0].length;
    if (!wanted.has(m[0].toLowerCase())) {
      plain += m[0];
      continue;
    }
    if (plain !== '') parts.push({ text: plain, match: false });
    plain = '';
    parts.push({ text: m[0], match: true });
  }
  plain += text.slice(at);
  if (plain !== '') parts.push({ text: plain, match: false });
  return parts;
}

/** An excerpt of `text` about `width` characters long around its first matched word, or null. */
function excerptOf(text: string, terms: readonly string[], width = 70): TextPart[] | null {
  const parts = highlightParts(text, terms);
  const first = parts.findIndex((p) => p.match);
  if (first < 0) return null;
  const offset = parts.slice(0, first).reduce((n, p) => n + p.text.length, 0);
  const from = Math.max(0, offset - Math.floor(width / 3));
  const to = Math.min(text.length, from + width);
  // Cut at spaces so no marked word is split.
  const start = from === 0 ? 0 : text.lastIndexOf(' ', from) + 1;
  const endSpace = text.indexOf(' ', to);
  const end = to >= text.length || endSpace < 0 ? text.length : endSpace;
  const cut = highlightParts(text.slice(start, end), terms);
  return [...(start > 0 ? [{ text: '…', match: false }] : []), ...cut, ...(end < text.length ? [{ text: '…', match: false }] : [])];
}

function hitOf(node: GraphNode, doc: Doc, result: SearchResult): SearchHit {
  const matched = new Set(Object.values(result.match).flat());
  const fields = SEARCH_FIELDS.filter((f) => matched.has(f));
  const label = highlightParts(node.label, result.terms);
  let excerpt: SearchHit['excerpt'] = null;
  if (!label.some((p) => p.match)) {
    // The field that shows the most of the matched words; the earlier field on a tie.
    let shown = 0;
    for (const field of fields) {
      if (field === 'label') continue;
      const parts = excerptOf(doc[field], result.terms);
      const words = new Set(parts?.filter((p) => p.match).map((p) => p.text.toLowerCase())).size;
      if (parts !== null && words > shown) {
        excerpt = { field, parts };
        shown = words;
      }
    }
  }
  return { node, score: result.score, terms: result.terms, fields, label, excerpt };
}

function indexOf(model: PathwiseGraph): SearchIndex {
  const cached = indexes.get(model);
  if (cached !== undefined) return cached;
  const related = relatedLabels(model);
  const docs = model.nodes.filter((node) => node.kind !== 'track').map((node) => docOf(node, related.get(node.id) ?? []));
  const search = new MiniSearch<Doc>({
    fields: [...SEARCH_FIELDS],
    tokenize: (text, field) => tokens(text, field),
    searchOptions: {
      boost: BOOST,
      // Typos: one edit in words of 4-7 letters ("azur"), two from 8 ("secuirty").
      fuzzy: (term) => (term.length < 4 ? false : term.length < 8 ? 1 : 2),
      // Unfinished words ("admin", "az-3"), but not a single letter, which would match nearly everything.
      prefix: (term) => term.length > 1 || /\d/.test(term),
      tokenize: (text) => tokens(text, undefined),
    },
  });
  search.addAll(docs);
  const built: SearchIndex = { search, docs: new Map(docs.map((d) => [d.id, d])), byId: model.byId, synonyms: synonymTable(model.meta.synonyms ?? []) };
  indexes.set(model, built);
  return built;
}

/** Lower case, one space between words, separators as MiniSearch reads them. */
function normalise(text: string): string {
  return text.toLowerCase().split(SEPARATORS).filter((w) => w !== '').join(' ');
}

function tokens(text: string, field: string | undefined): string[] {
  const words = text.split(SEPARATORS).filter((w) => w !== '');
  // An exam code is also found written without its hyphen ("ms102" for "MS-102").
  if (field === 'codes') return [...words, ...text.split(/\s+/).map((code) => code.replace(/[^\p{L}\p{N}]+/gu, '')).filter((w) => w !== '')];
  return words;
}

function docOf(node: GraphNode, related: readonly string[]): Doc {
  const certification = node.kind === 'certification' ? node : null;
  return {
    id: node.id,
    label: node.label,
    codes: [...(certification?.examCodes ?? []), node.id].join(' '),
    aliases: (node.aliases ?? []).join(' · '),
    credential: certification?.credential ?? '',
    skills: related.join(' · '),
    domain: node.kind === 'skill' ? node.domain : '',
    description: node.description ?? '',
  };
}

/**
 * Labels of the skills each node is linked to: those a certification teaches and those a role
 * requires (and, for a skill, the certifications that teach it), so "conditional access" also
 * finds SC-300. Read from the edge list: graphology's graph is not built for this.
 */
function relatedLabels(model: PathwiseGraph): Map<string, string[]> {
  const related = new Map<string, string[]>();
  const add = (id: string, label: string | undefined) => {
    if (label === undefined) return;
    const list = related.get(id);
    if (list === undefined) related.set(id, [label]);
    else list.push(label);
  };
  for (const edge of model.edges) {
    if (edge.kind !== 'teaches' && edge.kind !== 'requires') continue;
    if (model.byId.get(edge.target)?.kind !== 'skill') continue;
    add(edge.source, model.byId.get(edge.target)?.label);
  }
  return related;
}

function synonymTable(groups: readonly (readonly string[])[]): Map<string, string[]> {
  const table = new Map<string, string[]>();
  for (const group of groups) {
    const phrases = [...new Set(group.map(normalise).filter((p) => p !== ''))];
    for (const phrase of phrases) {
      const others = table.get(phrase) ?? [];
      table.set(phrase, [...new Set([...others, ...phrases.filter((p) => p !== phrase)])]);
    }
  }
  return table;
}

/**
 * The query with each synonym phrase it contains (as whole words) replaced by each other phrase of
 * its groups: "aad admin" → "azure ad admin", "entra id admin", …
 */
function synonymVariants(query: string, synonyms: ReadonlyMap<string, readonly string[]>): string[] {
  const padded = ` ${query} `;
  const variants = new Set<string>();
  for (const [phrase, others] of synonyms) {
    if (!padded.includes(` ${phrase} `)) continue;
    for (const other of others) variants.add(padded.replace(` ${phrase} `, ` ${other} `).trim());
  }
  variants.delete(query);
  // A long query with many synonyms would make a large query tree; the first few carry the meaning.
  return [...variants].slice(0, 24);
}
