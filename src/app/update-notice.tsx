/// <reference types="vite-plugin-pwa/react" />
import { useRegisterSW } from 'virtual:pwa-register/react';
import './update-notice.css';

/** How often an open tab asks the server for a new version (a tab can stay open for days). */
const CHECK_EVERY_MS = 60 * 60 * 1000;
const OFFLINE_READY = 'Pathwise is saved on this device and now works offline.';

/**
 * Registers the service worker (offline use) and tells the user when a new version is ready: the
 * new worker waits until they choose Reload, so the app never changes under them, and never stays
 * stale without a word. Also says once, in a chip in the top bar, when the site has been saved for
 * offline use.
 */
export function UpdateNotice() {
  const {
    needRefresh: [needRefresh, setNeedRefresh],
    offlineReady: [offlineReady, setOfflineReady],
    updateServiceWorker,
  } = useRegisterSW({
    onRegisteredSW(_url, registration) {
      if (registration === undefined) return;
      setInterval(() => {
        if (navigator.onLine && registration.installing === null) void registration.update().catch(() => undefined);
      }, CHECK_EVERY_MS);
    },
  });
  if (needRefresh) {
    return (
      <div className="update-notice" role="status" aria-live="polite">
        <span>A new version of Pathwise is ready.</span>
        <button type="button" className="btn btn-primary btn-small" onClick={() => {
          void updateServiceWorker(true);
        }}>
          Reload
        </button>
        <button type="button" className="btn btn-small" onClick={() => {
          setNeedRefresh(false);
        }}>
          Later
        </button>
      </div>
    );
  }
  if (!offlineReady) return null;
  // Good news that asks for nothing: a small chip in the top bar, never over the map (as a toast
  // at the bottom of the canvas it covered nodes on every first visit).
  return (
    <div className="offline-chip" role="status" aria-live="polite" title={OFFLINE_READY}>
      <span className="visually-hidden">{OFFLINE_READY}</span>
      <span aria-hidden="true">✓ Works offline</span>
      <button type="button" className="close" aria-label="Dismiss" onClick={() => {
        setOfflineReady(false);
      }}>
        ×
      </button>
    </div>
  );
}
