import { useSyncExternalStore } from 'react';

const lists = new Map<string, MediaQueryList>();

/**
 * One MediaQueryList per query for the page's life: React reads a snapshot on every render of
 * every component that asks, and `window.matchMedia` builds (and evaluates) a new list per call
 * (31 ms of the default map's first render in a Chromium profile, 2026-12-02).
 */
export function mediaQueryList(query: string): MediaQueryList {
  let list = lists.get(query);
  if (list === undefined) {
    list = window.matchMedia(query);
    lists.set(query, list);
  }
  return list;
}

/** True while the CSS media query matches; re-renders when it starts or stops matching. */
export function useMediaQuery(query: string): boolean {
  return useSyncExternalStore(
    (onChange) => {
      const list = mediaQueryList(query);
      list.addEventListener('change', onChange);
      return () => {
        list.removeEventListener('change', onChange);
      };
    },
    () => mediaQueryList(query).matches,
  );
}
