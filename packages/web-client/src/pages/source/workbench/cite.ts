import {
  RecordSourcesDocument,
  type CitationInput,
  type SearchKind,
  type UserErrorFieldsFragment,
} from '@samverkan/schema';
import { request } from '../../../graphql';
import { isStale } from '../../../edit/fields';
import type { EditKind } from '../../../edit/kinds';
import { refusedAsUserError } from '../../../edit/RecordForm';

/** The kinds of record found by the API's search, by their type name: those a passage can cite for. */
export const SEARCHED: Readonly<Record<string, SearchKind>> = {
  Actor: 'ACTOR',
  Person: 'PERSON',
  Forum: 'FORUM',
  Strategy: 'STRATEGY',
  Topic: 'TOPIC',
  Objective: 'OBJECTIVE',
  Indicator: 'INDICATOR',
};

/** Another try when someone changed the record between reading its sources and the update. */
const TRIES = 3;

const sameCitation = (a: CitationInput, b: CitationInput) =>
  a.source === b.source && (a.quote ?? null) === (b.quote ?? null);

/**
 * Adds a citation to a record's sources through its kind's update: the sources read afresh and
 * sent back as they are, the new one last (a citation already there is not added twice). A stale
 * version is read again and tried again: what is added does not depend on what changed.
 */
export async function addCitation(
  kind: EditKind,
  id: string,
  citation: CitationInput,
): Promise<UserErrorFieldsFragment[]> {
  let errors: UserErrorFieldsFragment[] = [];
  for (let tries = 0; tries < TRIES; tries++) {
    const { node } = await request(RecordSourcesDocument, { id });
    if (!node || !('sources' in node)) {
      return [{ field: ['input', 'record'], code: 'NOT_FOUND', message: 'No such record.' }];
    }
    const sources: CitationInput[] = node.sources.map((kept) => ({
      source: kept.source.id,
      quote: kept.quote,
      section: kept.section,
    }));
    if (sources.some((kept) => sameCitation(kept, citation))) return [];
    ({ errors } = await refusedAsUserError(() =>
      kind.update({ id, version: node.version, sources: [...sources, citation] }),
    ));
    if (!isStale(errors)) return errors;
  }
  return errors;
}
