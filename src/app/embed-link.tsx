import { useAppStore } from '../state/store';
import { shareLinkForState } from './url-state';
import './embed-link.css';

/**
 * Embed mode's only control besides the map itself: opens the same view (the node or route clicked
 * last included), with toolbar and panels, in a new tab, so the embedding page stays where it is.
 */
export function OpenInPathwise() {
  // Subscribed so the link follows clicks in the embed; the address bar is already in step with the store.
  useAppStore((s) => s.selectedId);
  useAppStore((s) => s.route);
  return (
    <a className="embed-open" href={shareLinkForState()} target="_blank" rel="noopener">
      Open in Pathwise ↗
    </a>
  );
}
