import { useEffect, useId, useRef, useState } from 'react';
import type { PathwiseGraph } from '../../core/index';
import { useAppStore } from '../../state/store';
import { embedSnippet } from './embed-snippet';
import { shareText } from './share-text';
import './share.css';

export interface ShareButtonProps {
  readonly model: PathwiseGraph;
  /** The absolute link to what is on screen, read when the dialog opens (the app builds it from the URL state). */
  readonly link: () => string;
  /** False when the map came from a file on this device: a link cannot carry it. */
  readonly mapInLink: boolean;
  /**
   * Controlled mode, for a toolbar that opens Share from an overflow menu: no button of its own, the
   * dialog opens when `open` turns true and reports closing through `onOpenChange(false)`.
   */
  readonly open?: boolean;
  readonly onOpenChange?: (open: boolean) => void;
}

/** Copies text to the clipboard; falls back to a selected textarea where the Clipboard API is refused. */
async function copy(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.position = 'fixed';
    area.style.opacity = '0';
    document.body.append(area);
    area.select();
    // Deprecated, but the only way left when the Clipboard API is refused (plain http, old browsers).
    // eslint-disable-next-line @typescript-eslint/no-deprecated
    const ok = document.execCommand('copy');
    area.remove();
    return ok;
  }
}

/**
 * The Share button and its dialog: opening it copies the link to what is on screen; the dialog shows
 * the link and its short text, offers the system share sheet where there is one (phones), and gives
 * the `<iframe>` snippet for embedding.
 */
export function ShareButton({ model, link, mapInLink, open: openProp, onOpenChange }: ShareButtonProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const [content, setContent] = useState<{ url: string; text: string } | null>(null);
  const [status, setStatus] = useState('');
  const canShare = typeof navigator.share === 'function';

  const open = () => {
    const { selectedId, route } = useAppStore.getState();
    const url = link();
    const text = shareText(model, { selectedId, route });
    setContent({ url, text });
    setStatus('');
    dialog.current?.showModal();
    void copy(url).then((ok) => {
      setStatus(ok ? 'Link copied to the clipboard.' : 'Copy the link below.');
    });
  };

  // Controlled mode: open when asked (the dialog element itself knows whether it is already open).
  useEffect(() => {
    if (openProp === true && dialog.current?.open === false) open();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- open() reads the state at the moment of opening, on purpose
  }, [openProp]);

  const copyAndSay = (text: string, what: string) => {
    void copy(text).then((ok) => {
      setStatus(ok ? `${what} copied to the clipboard.` : `Could not copy: select the text and copy it.`);
    });
  };

  return (
    <>
      {openProp === undefined && (
        <button type="button" className="btn" aria-haspopup="dialog" onClick={open}>
          Share
        </button>
      )}
      <dialog
        ref={dialog}
        className="share-dialog"
        aria-labelledby={titleId}
        onClose={() => {
          setContent(null);
          onOpenChange?.(false);
        }}
      >
        {content !== null && (
          <form method="dialog" className="share-body">
            <div className="share-head">
              <h2 id={titleId}>Share this view</h2>
              <button type="submit" className="close" aria-label="Close">
                ×
              </button>
            </div>
            <p className="share-text">{content.text}</p>
            {!mapInLink && (
              <p className="share-warning" role="note">
                This map was opened from a file on your device, so the link cannot carry it. Put the file on this site and open it with{' '}
                <code>?graph=</code>, or send the file itself.
              </p>
            )}
            <label className="share-field">
              <span>Link</span>
              <input type="text" readOnly value={content.url} onFocus={(e) => {
                e.currentTarget.select();
              }} />
            </label>
            <div className="share-actions">
              <button type="button" className="btn btn-primary" onClick={() => {
                copyAndSay(content.url, 'Link');
              }}>
                Copy link
              </button>
              <button type="button" className="btn" onClick={() => {
                copyAndSay(`${content.text}\n${content.url}`, 'Link and text');
              }}>
                Copy with text
              </button>
              {canShare && (
                <button type="button" className="btn" onClick={() => {
                  navigator.share({ title: 'Pathwise', text: content.text, url: content.url }).catch((error: unknown) => {
                    // AbortError: the user closed the share sheet, nothing to say.
                    if (!(error instanceof DOMException && error.name === 'AbortError')) setStatus('The share sheet could not open; copy the link instead.');
                  });
                }}>
                  Share via…
                </button>
              )}
            </div>
            <label className="share-field">
              <span>Embed on a page</span>
              <textarea readOnly rows={3} value={embedSnippet(content.url, content.text)} onFocus={(e) => {
                e.currentTarget.select();
              }} />
            </label>
            <div className="share-actions">
              <button type="button" className="btn" onClick={() => {
                copyAndSay(embedSnippet(content.url, content.text), 'Embed code');
              }}>
                Copy embed code
              </button>
              <span className="muted small">Shows the map{content.url.includes('to=') ? ' and this route' : ''}, without toolbar or panels.</span>
            </div>
            <p className="share-status" role="status" aria-live="polite">
              {status}
            </p>
          </form>
        )}
      </dialog>
    </>
  );
}
