import { useRef, type KeyboardEvent, type ReactNode } from 'react';

export interface RadioOption<T extends string | number> {
  readonly value: T;
  readonly content: ReactNode;
  /** An accessible name when `content` is more than a short text. */
  readonly label?: string;
}

const NEXT: Record<string, 1 | -1> = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 };

/**
 * A group of choices that is one Tab stop: arrow keys move the choice and focus between options
 * (WAI-ARIA radio group pattern, roving tabindex), Home and End jump to the ends.
 */
export function RadioGroup<T extends string | number>(props: {
  readonly label: string;
  readonly options: readonly RadioOption<T>[];
  readonly value: T;
  readonly onChange: (value: T) => void;
  readonly className?: string;
  readonly optionClassName?: string;
}) {
  const { label, options, value, onChange } = props;
  const refs = useRef<(HTMLButtonElement | null)[]>([]);
  const current = Math.max(0, options.findIndex((o) => o.value === value));
  const move = (index: number): void => {
    const option = options[index];
    if (option === undefined) return;
    onChange(option.value);
    refs.current[index]?.focus();
  };
  const onKeyDown = (event: KeyboardEvent): void => {
    const step = NEXT[event.key];
    if (step !== undefined) move((current + step + options.length) % options.length);
    else if (event.key === 'Home') move(0);
    else if (event.key === 'End') move(options.length - 1);
    else return;
    // The arrow keys also pan the map (a window listener): here they only move the choice.
    event.preventDefault();
    event.stopPropagation();
  };
  return (
    <div className={props.className} role="radiogroup" aria-label={label} onKeyDown={onKeyDown}>
      {options.map((option, i) => (
        <button
          key={String(option.value)}
          ref={(el) => {
            refs.current[i] = el;
          }}
          type="button"
          role="radio"
          aria-checked={i === current}
          aria-label={option.label}
          tabIndex={i === current ? 0 : -1}
          className={props.optionClassName}
          onClick={() => {
            onChange(option.value);
          }}
        >
          {option.content}
        </button>
      ))}
    </div>
  );
}
