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

/**
 * One cycle in each group of nodes that can all reach one another (strongly connected component),
 * so a file with two separate prerequisite loops reports both at once. Iterative (Tarjan's
 * algorithm with an explicit stack), so deep chains cannot overflow the stack.
 * @example findCycles(['a', 'b', 'c', 'd'], (n) => ({ a: ['b'], b: ['a'], c: ['d'], d: ['c'] })[n] ?? []) // [['a', 'b'], ['c', 'd']]
 */
export function findCycles(nodes: Iterable<string>, next: (node: string) => readonly string[]): string[][] {
  const list = [...nodes];
  const order = new Map(list.map((node, i) => [node, i]));
  const rank = (node: string) => order.get(node) ?? Infinity;
  // Components and their nodes in the order given (file order), so messages are stable.
  const components = stronglyConnected(list, next)
    .filter((component) => component.length > 1)
    .map((component) => component.sort((a, b) => rank(a) - rank(b)))
    .sort((a, b) => rank(a[0] ?? '') - rank(b[0] ?? ''));
  const cycles: string[][] = [];
  for (const component of components) {
    const inside = new Set(component);
    const cycle = findCycle(component, (n) => next(n).filter((m) => inside.has(m)));
    if (cycle !== null) cycles.push(cycle);
  }
  return cycles;
}

function stronglyConnected(nodes: readonly string[], next: (node: string) => readonly string[]): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const components: string[][] = [];
  let counter = 0;
  const visit = (node: string) => {
    index.set(node, counter);
    low.set(node, counter);
    counter += 1;
    stack.push(node);
    onStack.add(node);
  };
  for (const root of nodes) {
    if (index.has(root)) continue;
    visit(root);
    const work: { node: string; i: number }[] = [{ node: root, i: 0 }];
    while (work.length > 0) {
      const frame = work[work.length - 1] as { node: string; i: number };
      const out = next(frame.node);
      if (frame.i < out.length) {
        const child = out[frame.i] as string;
        frame.i += 1;
        if (!index.has(child)) {
          visit(child);
          work.push({ node: child, i: 0 });
        } else if (onStack.has(child)) {
          low.set(frame.node, Math.min(low.get(frame.node) ?? 0, index.get(child) ?? 0));
        }
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent !== undefined) low.set(parent.node, Math.min(low.get(parent.node) ?? 0, low.get(frame.node) ?? 0));
      if (low.get(frame.node) === index.get(frame.node)) {
        const component: string[] = [];
        let member: string | undefined;
        do {
          member = stack.pop();
          if (member === undefined) break;
          onStack.delete(member);
          component.push(member);
        } while (member !== frame.node);
        components.push(component.reverse());
      }
    }
  }
  return components;
}
