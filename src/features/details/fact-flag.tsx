import type { Confidence } from '../../core/index';

const FLAG: Partial<Record<Confidence, { text: string; title: string }>> = {
  unverified: { text: 'unverified', title: 'Not confirmed by any source we could read' },
  conflicting: { text: 'disputed', title: 'Sources disagree; the value shown is the best supported' },
  secondary: { text: 'secondary source', title: 'Read in third-party sources that cite the issuer, not on the issuer’s own page' },
};

/** A visible mark next to a fact that is not verified from the issuer's own page. */
export function FactFlag({ confidence }: { confidence: Confidence | undefined }) {
  const flag = confidence === undefined ? undefined : FLAG[confidence];
  if (flag === undefined) return null;
  return (
    <span className={`fact-flag flag-${confidence ?? ''}`} title={flag.title}>
      {flag.text}
    </span>
  );
}
