import type { ReactNode } from 'react';
import './Summary.css';

/** A term and its value; a value of null, false or '' leaves the fact out. */
export type SummaryFact = [term: string, value: ReactNode];

/**
 * The facts under a page's heading as a definition list; nothing when none has a value. Another
 * `className` gives the list another look (the start page's figures).
 */
export function Summary({
  facts,
  className = 'summary',
}: {
  facts: readonly SummaryFact[];
  className?: string;
}) {
  const shown = facts.filter(([, value]) => value != null && value !== false && value !== '');
  if (shown.length === 0) return null;
  return (
    <dl className={className}>
      {shown.map(([term, value]) => (
        <div key={term}>
          <dt>{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
