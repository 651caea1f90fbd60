import type { JsonPath } from './problem';

/** What one pass over JSON text found: the first syntax error, repeated keys, and where paths are. */
export interface JsonScan {
  /** The first syntax error, or undefined when the text is valid JSON. */
  readonly error?: { readonly offset: number; readonly message: string };
  /** Every key written a second (or later) time in the same object; JSON.parse silently keeps the last. */
  readonly duplicateKeys: readonly { readonly path: JsonPath; readonly offset: number }[];
  /**
   * For each requested path, the offset of its key (for an object member) or of its value (for an
   * array element or the document), falling back to the deepest ancestor that exists.
   */
  readonly offsets: readonly (number | undefined)[];
}

interface Trie {
  offset?: number;
  readonly children: Map<string | number, Trie>;
}

interface Frame {
  readonly kind: 'object' | 'array';
  /** The key or index this container sits under in its parent; undefined for the document. */
  readonly segment: string | number | undefined;
  /** The requested paths below this container, when any pass through it. */
  readonly trie: Trie | undefined;
  count: number;
  key: string;
  keyOffset: number;
  readonly keys: Set<string> | undefined;
}

const WS = new Set([0x20, 0x09, 0x0a, 0x0d]);
/** Characters allowed after a backslash: " \\ / b f n r t u. */
const ESCAPES = new Set([0x22, 0x5c, 0x2f, 0x62, 0x66, 0x6e, 0x72, 0x74, 0x75]);

/**
 * Scans JSON text in one pass with an explicit stack, so a document nested 100,000 levels deep
 * neither overflows the stack nor loses its positions. It accepts exactly what `JSON.parse`
 * accepts (checked by a property test), and is used for locating, never for building values.
 * @example scanJson('{"a": [1, 2,]}', []).error // { offset: 12, message: 'trailing comma before "]"' }
 */
export function scanJson(text: string, paths: readonly JsonPath[]): JsonScan {
  const root: Trie = { children: new Map() };
  for (const path of paths) {
    let node = root;
    for (const part of path) {
      let child = node.children.get(part);
      if (child === undefined) {
        child = { children: new Map() };
        node.children.set(part, child);
      }
      node = child;
    }
  }
  const duplicateKeys: { path: JsonPath; offset: number }[] = [];
  const error = scan(text, root, duplicateKeys);
  const offsets = paths.map((path) => {
    let node: Trie | undefined = root;
    let offset = root.offset;
    for (const part of path) {
      node = node.children.get(part);
      if (node?.offset === undefined) break;
      offset = node.offset;
    }
    return offset;
  });
  return error === undefined ? { duplicateKeys, offsets } : { error, duplicateKeys, offsets };
}

type Failure = { offset: number; message: string };

function scan(text: string, root: Trie, duplicateKeys: { path: JsonPath; offset: number }[]): Failure | undefined {
  const n = text.length;
  const stack: Frame[] = [];
  let i = skipSpace(text, 0);
  if (i >= n) return { offset: i, message: 'the text holds no JSON value' };
  // States: a value is expected; or a value just ended and a comma, a close or the end must follow.
  let expectValue = true;
  let afterComma = -1;
  for (;;) {
    i = skipSpace(text, i);
    const top = stack[stack.length - 1];
    if (expectValue) {
      if (i >= n) return { offset: i, message: 'the file ends where a value was expected' };
      const c = text.charCodeAt(i);
      if (top?.kind === 'array' && c === 0x5d && top.count === 0) {
        stack.pop();
        i += 1;
        expectValue = false;
        continue;
      }
      if (c === 0x5d || c === 0x7d) {
        return afterComma >= 0
          ? { offset: afterComma, message: `trailing comma before "${text[i] ?? ''}"` }
          : { offset: i, message: `expected a value, found "${text[i] ?? ''}"` };
      }
      afterComma = -1;
      const trie = enterValue(top, root, i);
      if (c === 0x7b || c === 0x5b) {
        const kind = c === 0x7b ? 'object' : 'array';
        const segment = top === undefined ? undefined : top.kind === 'array' ? top.count : top.key;
        stack.push({ kind, segment, trie, count: 0, key: '', keyOffset: 0, keys: kind === 'object' ? new Set() : undefined });
        i += 1;
        if (kind === 'object') {
          const after = readKey(text, i, stack, duplicateKeys, true);
          if ('message' in after) return after;
          if (after.closed) {
            expectValue = false;
            i = after.next;
            continue;
          }
          i = after.next;
        }
        continue;
      }
      const end = skipScalar(text, i);
      if (typeof end !== 'number') return end;
      i = end;
      expectValue = false;
      continue;
    }
    // A value just ended.
    if (top === undefined) {
      return i >= n ? undefined : { offset: i, message: 'unexpected text after the end of the JSON value' };
    }
    top.count += 1;
    if (i >= n) return { offset: i, message: `the file ends before this ${top.kind} is closed` };
    const c = text.charCodeAt(i);
    const close = top.kind === 'array' ? 0x5d : 0x7d;
    if (c === close) {
      stack.pop();
      i += 1;
      continue;
    }
    if (c !== 0x2c) {
      return { offset: i, message: `expected "," or "${top.kind === 'array' ? ']' : '}'}", found ${describeChar(text, i)}` };
    }
    afterComma = i;
    i += 1;
    if (top.kind === 'object') {
      const after = readKey(text, i, stack, duplicateKeys, false, afterComma);
      if ('message' in after) return after;
      i = after.next;
      afterComma = -1;
    }
    expectValue = true;
  }
}

/** Records where the value starting at `offset` is, when a requested path ends or passes there. */
function enterValue(top: Frame | undefined, root: Trie, offset: number): Trie | undefined {
  if (top === undefined) {
    root.offset = offset;
    return root;
  }
  const child = top.trie?.children.get(top.kind === 'array' ? top.count : top.key);
  if (child !== undefined) child.offset = top.kind === 'array' ? offset : top.keyOffset;
  return child;
}

type KeyStep = { next: number; closed: boolean } | Failure;

/** Reads `"key" :` (or `}` right after `{`), checking for repeated keys. */
function readKey(
  text: string,
  start: number,
  stack: Frame[],
  duplicateKeys: { path: JsonPath; offset: number }[],
  mayClose: boolean,
  afterComma = -1,
): KeyStep {
  const frame = stack[stack.length - 1] as Frame;
  const i = skipSpace(text, start);
  if (i >= text.length) return { offset: i, message: 'the file ends before this object is closed' };
  const c = text.charCodeAt(i);
  if (c === 0x7d && mayClose) {
    stack.pop();
    return { next: i + 1, closed: true };
  }
  if (c === 0x7d && afterComma >= 0) return { offset: afterComma, message: 'trailing comma before "}"' };
  if (c !== 0x22) return { offset: i, message: `expected a property name in double quotes, found ${describeChar(text, i)}` };
  const end = skipString(text, i);
  if (typeof end !== 'number') return end;
  const raw = text.slice(i + 1, end - 1);
  const key = raw.includes('\\') ? (JSON.parse(text.slice(i, end)) as string) : raw;
  if (frame.keys?.has(key) === true) duplicateKeys.push({ path: [...pathOf(stack), key], offset: i });
  frame.keys?.add(key);
  frame.key = key;
  frame.keyOffset = i;
  const colon = skipSpace(text, end);
  if (colon >= text.length) return { offset: colon, message: 'the file ends before this object is closed' };
  if (text.charCodeAt(colon) !== 0x3a) return { offset: colon, message: `expected ":" after the property name, found ${describeChar(text, colon)}` };
  return { next: colon + 1, closed: false };
}

function pathOf(stack: readonly Frame[]): (string | number)[] {
  const path: (string | number)[] = [];
  for (const frame of stack) if (frame.segment !== undefined) path.push(frame.segment);
  return path;
}

function skipSpace(text: string, start: number): number {
  let i = start;
  while (i < text.length && WS.has(text.charCodeAt(i))) i += 1;
  return i;
}

/** Skips a string, number or literal starting at `start`; returns the offset after it. */
function skipScalar(text: string, start: number): number | Failure {
  const c = text.charCodeAt(start);
  if (c === 0x22) return skipString(text, start);
  if (c === 0x2d || (c >= 0x30 && c <= 0x39)) return skipNumber(text, start);
  for (const word of ['true', 'false', 'null']) {
    if (text.startsWith(word, start)) return start + word.length;
  }
  return { offset: start, message: `expected a value, found ${describeChar(text, start)}` };
}

function skipString(text: string, start: number): number | Failure {
  let i = start + 1;
  for (;;) {
    if (i >= text.length) return { offset: start, message: 'this string is never closed' };
    const c = text.charCodeAt(i);
    if (c === 0x22) return i + 1;
    if (c < 0x20) {
      return c === 0x0a || c === 0x0d
        ? { offset: start, message: 'this string is never closed on its line' }
        : { offset: i, message: 'a control character inside a string must be escaped' };
    }
    if (c === 0x5c) {
      const e = text.charCodeAt(i + 1);
      if (!ESCAPES.has(e)) return { offset: i, message: `invalid escape "\\${text[i + 1] ?? ''}" in a string` };
      if (e === 0x75 && !/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) {
        return { offset: i, message: 'a \\u escape needs four hexadecimal digits' };
      }
      i += e === 0x75 ? 6 : 2;
      continue;
    }
    i += 1;
  }
}

const NUMBER = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y;

function skipNumber(text: string, start: number): number | Failure {
  NUMBER.lastIndex = start;
  const match = NUMBER.exec(text);
  const end = match === null ? start : start + match[0].length;
  const next = text.charCodeAt(end);
  // A number must end at a delimiter: "01", "1.", "-" or "1e" are not JSON numbers.
  if (end === start || (next >= 0x30 && next <= 0x39) || next === 0x2e || next === 0x65 || next === 0x45) {
    return { offset: start, message: 'invalid number' };
  }
  return end;
}

function describeChar(text: string, offset: number): string {
  const code = text.codePointAt(offset);
  if (code === undefined) return 'the end of the file';
  if (code < 0x20 || code === 0x7f) return `control character U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
  return JSON.stringify(String.fromCodePoint(code));
}
