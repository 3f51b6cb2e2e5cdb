import type { ReactNode } from 'react';
import './about.css';

/** A page of prose about the service: its heading and lead, then its cards. */
export function ProsePage({
  title,
  lead,
  children,
}: {
  title: string;
  lead: string;
  children: ReactNode;
}) {
  return (
    <article className="page about">
      <header className="page-header">
        <h1>{title}</h1>
        <p className="lead">{lead}</p>
      </header>
      <div className="columns">{children}</div>
    </article>
  );
}
