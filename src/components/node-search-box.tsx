import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import { searchMap, type GraphNode, type PathwiseGraph, type SearchField, type TextPart } from '../core/index';

export interface SearchBoxProps {
  readonly model: PathwiseGraph;
  readonly label: string;
  readonly placeholder?: string;
  readonly onChoose: (node: GraphNode) => void;
  /** Shown as the input's value when the user is not typing (a route picker shows its choice). */
  readonly value?: string;
  readonly className?: string;
}

const KIND_LABEL = { certification: 'Certification', role: 'Role', skill: 'Skill', experience: 'Requirement', track: 'Track' } as const;

/** How a results list names the field a match was found in, when it is not the label. */
const FIELD_LABEL: Record<SearchField, string> = {
  label: 'name',
  codes: 'code',
  aliases: 'also called',
  credential: 'credential',
  skills: 'skills',
  domain: 'domain',
  description: 'description',
};

/** Text with the matched words in <mark>, so people see why a result came up. */
function Marked({ parts }: { readonly parts: readonly TextPart[] }) {
  return (
    <>
      {parts.map((part, i) =>
        part.match ? (
          <mark key={i} className="search-match">
            {part.text}
          </mark>
        ) : (
          part.text
        ),
      )}
    </>
  );
}

/**
 * A combobox: type a name, exam code, abbreviation, skill or words of a description (typos are
 * forgiven); arrows move through suggestions, ranked by relevance with the matched words marked;
 * Enter chooses.
 */
export function SearchBox({ model, label, placeholder, onChoose, value, className }: SearchBoxProps) {
  const [query, setQuery] = useState<string | null>(null);
  const [active, setActive] = useState(0);
  const listId = useId();
  const inputId = useId();
  // The index is built on the first search of a map (core/view/search-nodes), not at start-up.
  const hits = useMemo(() => searchMap(model, query ?? '', 8), [model, query]);
  const results = useMemo(() => hits.map((hit) => hit.node), [hits]);
  const open = query !== null && query.trim() !== '';

  const choose = (node: GraphNode | undefined) => {
    if (node === undefined) return;
    setQuery(null);
    setActive(0);
    onChoose(node);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') {
      setActive((a) => Math.min(a + 1, results.length - 1));
      event.preventDefault();
    } else if (event.key === 'ArrowUp') {
      setActive((a) => Math.max(a - 1, 0));
      event.preventDefault();
    } else if (event.key === 'Enter') {
      choose(results[active]);
      event.preventDefault();
    } else if (event.key === 'Escape') {
      setQuery(null);
      event.stopPropagation();
    }
  };

  return (
    <div className={`search ${className ?? ''}`}>
      <label htmlFor={inputId} className="visually-hidden">
        {label}
      </label>
      <input
        id={inputId}
        type="search"
        role="combobox"
        aria-expanded={open}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={open && results[active] !== undefined ? `${listId}-${active}` : undefined}
        placeholder={placeholder ?? label}
        value={query ?? value ?? ''}
        autoComplete="off"
        spellCheck={false}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => {
          // Let a click on a suggestion land before the list closes.
          setTimeout(() => {
            setQuery(null);
          }, 150);
        }}
      />
      {open && (
        <ul id={listId} role="listbox" aria-label={`${label} suggestions`} className="search-results">
          {results.length === 0 && <li className="search-empty">No match for “{query}”</li>}
          {hits.map(({ node, label: labelParts, excerpt }, i) => (
            <li
              key={node.id}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === active}
              className={i === active ? 'active' : undefined}
              onMouseDown={(e) => {
                e.preventDefault();
                choose(node);
              }}
            >
              <span className="search-label">
                <Marked parts={labelParts} />
              </span>
              <span className="search-kind">
                {KIND_LABEL[node.kind]}
                {node.kind === 'certification' && node.examCodes.length > 0 ? ` · ${node.examCodes.join(', ')}` : ''}
              </span>
              {excerpt !== null && (
                <span className="search-excerpt">
                  {FIELD_LABEL[excerpt.field]}: <Marked parts={excerpt.parts} />
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
