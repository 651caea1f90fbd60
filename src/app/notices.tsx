import { actions, useAppStore } from '../state/store';

/** Messages for the user (unknown ids in a link, load problems), each dismissible. */
export function Notices() {
  const notices = useAppStore((s) => s.notices);
  if (notices.length === 0) return null;
  return (
    <div className="notices" role="status" aria-live="polite">
      {notices.map((n) => (
        <div key={n.id} className={`notice notice-${n.tone}`}>
          <span>{n.text}</span>
          <button type="button" className="close" aria-label="Dismiss" onClick={() => {
            actions.dismiss(n.id);
          }}>
            ×
          </button>
        </div>
      ))}
    </div>
  );
}
