/// <reference types="vite-plugin-pwa/react" />
import { useRegisterSW } from 'virtual:pwa-register/react';
import './update-notice.css';

/** How often an open tab asks the server for a new version (a tab can stay open for days). */
const CHECK_EVERY_MS = 60 * 60 * 1000;

/**
 * Registers the service worker (offline use) and tells the user when a new version is ready: the
 * new worker waits until they choose Reload, so the app never changes under them, and never stays
 * stale without a word. Also says once when the site has been saved for offline use.
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
  if (!needRefresh && !offlineReady) return null;
  return (
    <div className="update-notice" role="status" aria-live="polite">
      {needRefresh ? (
        <>
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
        </>
      ) : (
        <>
          <span>Pathwise is saved on this device and now works offline.</span>
          <button type="button" className="close" aria-label="Dismiss" onClick={() => {
            setOfflineReady(false);
          }}>
            ×
          </button>
        </>
      )}
    </div>
  );
}
