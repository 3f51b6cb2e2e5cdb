import type { ReactNode } from 'react';

/**
 * A card of a page: a region named by its heading (`id` ties the two), optionally with a count
 * beside the heading; `wide` spans the columns.
 */
export function Section({
  id,
  title,
  count,
  wide = false,
  children,
}: {
  id: string;
  title: ReactNode;
  count?: number;
  wide?: boolean;
  children: ReactNode;
}) {
  return (
    <section className={wide ? 'card wide' : 'card'} aria-labelledby={id}>
      <h2 id={id}>
        {title}
        {count === undefined ? null : (
          <>
            {' '}
            <span className="count">{count}</span>
          </>
        )}
      </h2>
      {children}
    </section>
  );
}
