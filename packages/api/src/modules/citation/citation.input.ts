import type { InputIds } from '../../core/relay/global-id';
import type { CitationInput } from './citation.types';

/** Decodes the ids in cited sources: `sources.<i>.source`. */
export function citationIds(ids: InputIds, sources: CitationInput[] | null | undefined) {
  if (sources === undefined) return undefined;
  return (sources ?? []).map((citation, index) => ({
    sourceId: ids.one(citation.source, 'Source', ['sources', String(index), 'source']) ?? '',
    quote: citation.quote ?? null,
    section: citation.section ?? null,
  }));
}
