import { forwardRef, useEffect, useId, useImperativeHandle, useRef, useState } from 'react';

export interface OverflowItem {
  readonly id: string;
  readonly label: string;
  /** A toggle shows its state (menuitemcheckbox); an action does not. */
  readonly checked?: boolean;
  readonly onSelect: () => void;
}

export interface OverflowMenuHandle {
  /** Puts focus back on the "More" button (after a dialog opened from the menu closes). */
  focusButton(): void;
}

/**
 * The toolbar's "More" menu for narrow screens: a menu button and a WAI-ARIA menu. Arrow keys,
 * Home and End move between items, Escape closes and returns focus to the button, Tab and a
 * click outside close it.
 */
export const OverflowMenu = forwardRef<OverflowMenuHandle, { readonly items: readonly OverflowItem[] }>(function OverflowMenu({ items }, ref) {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLUListElement>(null);
  const wrap = useRef<HTMLDivElement>(null);
  const menuId = useId();
  useImperativeHandle(ref, () => ({ focusButton: () => button.current?.focus() }), []);

  const itemsIn = () => [...(menu.current?.querySelectorAll<HTMLElement>('[role^="menuitem"]') ?? [])];
  const close = (refocus: boolean) => {
    setOpen(false);
    if (refocus) button.current?.focus();
  };

  useEffect(() => {
    if (!open) return;
    itemsIn()[0]?.focus();
    const outside = (event: PointerEvent) => {
      if (!(wrap.current?.contains(event.target as Node) ?? false)) setOpen(false);
    };
    window.addEventListener('pointerdown', outside);
    return () => {
      window.removeEventListener('pointerdown', outside);
    };
  }, [open]);

  const onMenuKey = (event: React.KeyboardEvent) => {
    const list = itemsIn();
    const at = list.indexOf(document.activeElement as HTMLElement);
    const move = (to: number) => {
      list[(to + list.length) % list.length]?.focus();
      event.preventDefault();
    };
    if (event.key === 'ArrowDown') move(at + 1);
    else if (event.key === 'ArrowUp') move(at - 1);
    else if (event.key === 'Home') move(0);
    else if (event.key === 'End') move(list.length - 1);
    else if (event.key === 'Escape') {
      event.preventDefault();
      // The canvas also listens for Escape (it clears the selection): this one is the menu's.
      event.stopPropagation();
      close(true);
    } else if (event.key === 'Tab') setOpen(false);
  };

  return (
    <div className="overflow" ref={wrap}>
      <button
        ref={button}
        type="button"
        className="btn"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        onClick={() => {
          setOpen((o) => !o);
        }}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
            event.preventDefault();
            setOpen(true);
          }
        }}
      >
        More <span aria-hidden="true">▾</span>
      </button>
      {open && (
        <ul id={menuId} ref={menu} className="overflow-menu" role="menu" aria-label="More tools" onKeyDown={onMenuKey}>
          {items.map((item) => (
            <li
              key={item.id}
              role={item.checked === undefined ? 'menuitem' : 'menuitemcheckbox'}
              aria-checked={item.checked}
              tabIndex={-1}
              className="overflow-item"
              onClick={() => {
                close(true);
                item.onSelect();
              }}
              onKeyDown={(event) => {
                if (event.key === 'Enter' || event.key === ' ') {
                  event.preventDefault();
                  close(true);
                  item.onSelect();
                }
              }}
            >
              <span className="overflow-check" aria-hidden="true">
                {item.checked === true ? '✓' : ''}
              </span>
              {item.label}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
});
