import type { ReactNode } from 'react';
import './Summary.css';

/** A term and its value; a value of null, false or '' leaves the fact out. */
export type SummaryFact = [term: string, value: ReactNode];

/** The facts under a page's heading as a definition list; nothing when none has a value. */
export function Summary({ facts }: { facts: readonly SummaryFact[] }) {
  const shown = facts.filter(([, value]) => value != null && value !== false && value !== '');
  if (shown.length === 0) return null;
  return (
    <dl className="summary">
      {shown.map(([term, value]) => (
        <div key={term}>
          <dt>{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
