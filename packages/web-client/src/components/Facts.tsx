import type { CitationPartsFragment } from '@samverkan/schema';
import type { ReactNode } from 'react';
import { useT } from '../i18n';
import { Period } from './Status';
import { Source } from './Source';

/** Items with an `id` are keyed by it; others name their key. */
type Keyed<T> = T extends { id: string }
  ? { keyOf?: (item: T) => string }
  : { keyOf: (item: T) => string };

/** A list of records, one `Fact` each, or `empty` ("none recorded") when there are none. */
export function FactList<T>({
  items,
  keyOf = (item) => (item as { id: string }).id,
  empty,
  children,
}: {
  items: readonly T[];
  empty?: ReactNode;
  children: (item: T) => ReactNode;
} & Keyed<T>) {
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
interface Recorded {
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
