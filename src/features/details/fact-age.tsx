import type { JudgedFact } from '../../core/index';

/**
 * How old a fact is ("checked 3 months ago", the date on hover) and, when it is older than the
 * map's limit or a date it names has passed, a "may be out of date" mark saying why.
 */
export function FactAge({ fact }: { fact: JudgedFact | undefined }) {
  if (fact === undefined) return null;
  const due = fact.stale || fact.passed;
  return (
    <span className="fact-age small">
      {' '}
      <span className="muted" title={`Last checked against its source on ${fact.checked}`}>
        checked {fact.age}
      </span>
      {due && (
        <span className="fact-flag flag-stale" title={fact.reasons.join('; ')}>
          may be out of date
        </span>
      )}
    </span>
  );
}
