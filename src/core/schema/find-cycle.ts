/**
 * Finds one directed cycle, or null. Iterative depth-first search, so deep chains cannot
 * overflow the stack. Returns the cycle's nodes in order, starting anywhere on it.
 * @example findCycle(['a', 'b'], (n) => (n === 'a' ? ['b'] : ['a'])) // ['a', 'b']
 */
export function findCycle(nodes: Iterable<string>, next: (node: string) => readonly string[]): string[] | null {
  const state = new Map<string, 1 | 2>(); // 1: on the current path, 2: finished
  for (const root of nodes) {
    if (state.has(root)) continue;
    const path: string[] = [root];
    const cursor: number[] = [0];
    state.set(root, 1);
    while (path.length > 0) {
      const node = path[path.length - 1] as string;
      const i = cursor[cursor.length - 1] as number;
      const out = next(node);
      if (i >= out.length) {
        state.set(node, 2);
        path.pop();
        cursor.pop();
        continue;
      }
      cursor[cursor.length - 1] = i + 1;
      const child = out[i] as string;
      const seen = state.get(child);
      if (seen === 1) return path.slice(path.indexOf(child));
      if (seen === undefined) {
        state.set(child, 1);
        path.push(child);
        cursor.push(0);
      }
    }
  }
  return null;
}
