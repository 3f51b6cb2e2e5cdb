import type { CitationPartsFragment } from '@samverkan/schema';
import type { ReactNode } from 'react';
import { useT } from '../i18n';
import { Period } from './Status';
import { Source } from './Source';

interface FactListProps<T> {
  items: readonly T[];
  empty?: ReactNode;
  children: (item: T) => ReactNode;
}

/**
 * A list of records, one `Fact` each, or `empty` ("none recorded") when there are none. Items with
 * an `id` are keyed by it; others name their key (`keyOf`).
 */
export function FactList<T extends { id: string }>(
  props: FactListProps<T> & { keyOf?: (item: T) => string },
): ReactNode;
export function FactList<T>(props: FactListProps<T> & { keyOf: (item: T) => string }): ReactNode;
export function FactList<T>({
  items,
  keyOf = (item) => (item as { id: string }).id,
  empty,
  children,
}: FactListProps<T> & { keyOf?: (item: T) => string }) {
  const { t } = useT();
  if (items.length === 0) return <p className="muted">{empty ?? t.none}</p>;
  return (
    <ul className="facts">
      {items.map((item) => (
        <li key={keyOf(item)} className="fact">
          {children(item)}
        </li>
      ))}
    </ul>
  );
}

/** What a fact rests on: when it holds and where it is written. */
export interface Recorded {
  validFrom?: string | null;
  validTo?: string | null;
  sources?: readonly CitationPartsFragment[];
}

/**
 * One record in a `FactList`: what it is (the children), then in smaller print `meta`, when it
 * holds and its sources (the "källa" disclosure), from `record`.
 */
export function Fact({
  record,
  meta,
  children,
}: {
  record?: Recorded;
  meta?: ReactNode;
  children: ReactNode;
}) {
  return (
    <>
      <div className="fact-main">{children}</div>
      {record || meta ? (
        <div className="fact-meta">
          {meta}
          {record ? <Period from={record.validFrom} to={record.validTo} /> : null}
          {record?.sources ? <Source citations={record.sources} /> : null}
        </div>
      ) : null}
    </>
  );
}
