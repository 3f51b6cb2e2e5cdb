import type { CitationPartsFragment } from '@samverkan/schema';
import type { ReactNode } from 'react';
import { useT } from '../i18n';
import { usePageTitle } from '../title';
import { AsOf } from './AsOf';
import { Source } from './Source';
import { Summary, type SummaryFact } from './Summary';
import { Updated } from './Updated';

/**
 * The header of a record's page: `back` (a way back to where the record belongs), what kind of
 * record it is and its `status` unless active, its name with its short name where that differs,
 * the editing controls (`actions`, for those who may), the `lead` paragraph, the summary of facts, the sources, the day field (left out for an
 * `undated` record, which the API does not give as of a day) and the live-refresh notice.
 */
export function RecordHeader({
  back,
  kind,
  status,
  name,
  shortName,
  actions,
  lead,
  facts,
  sources,
  undated = false,
  refreshedAt,
}: {
  back?: ReactNode;
  kind: string;
  status?: string;
  name: string;
  shortName?: string | null;
  actions?: ReactNode;
  lead?: ReactNode;
  facts: readonly SummaryFact[];
  sources?: readonly CitationPartsFragment[];
  undated?: boolean;
  refreshedAt: number | null;
}) {
  const { label } = useT();
  usePageTitle(name);
  return (
    <header className="page-header">
      {back}
      <p className="eyebrow">
        {kind}
        {status && status !== 'ACTIVE' ? ` · ${label(status)}` : null}
      </p>
      <h1>
        {name}
        {shortName && shortName !== name ? (
          <span className="short-name"> ({shortName})</span>
        ) : null}
      </h1>
      {actions}
      {lead ? <p className="lead">{lead}</p> : null}
      <Summary facts={facts} />
      {sources ? <Source citations={sources} /> : null}
      {undated ? null : <AsOf />}
      <Updated at={refreshedAt} />
    </header>
  );
}
