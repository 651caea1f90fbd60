import { create } from 'zustand';

/** The last piece of news for screen readers; `n` makes the same words announced twice count as new. */
export const useAnnouncements = create<{ readonly text: string; readonly n: number }>(() => ({ text: '', n: 0 }));

/** Says something politely to screen-reader users (route found, mark set, map opened, filters). */
export function announce(text: string): void {
  useAnnouncements.setState((s) => ({ text, n: s.n + 1 }));
}
