import { useEffect } from 'react';
import { MARK_KEYS } from '../features/progress/progress-buttons';
import { progressActions } from '../state/progress-store';
import { useAppStore } from '../state/store';

/** D, I, P and U mark the selected node done, in progress, planned or clear it (not while typing). */
export function useProgressKeys(): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const target = event.target;
      if (target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))) return;
      if (event.ctrlKey || event.metaKey || event.altKey) return;
      const key = event.key.toLowerCase();
      if (!(key in MARK_KEYS)) return;
      const { selectedId, model } = useAppStore.getState();
      const node = selectedId === null ? undefined : model?.byId.get(selectedId);
      if (node === undefined || node.kind === 'track') return;
      progressActions.mark(node.id, MARK_KEYS[key] ?? null);
    };
    window.addEventListener('keydown', onKey);
    return () => {
      window.removeEventListener('keydown', onKey);
    };
  }, []);
}
