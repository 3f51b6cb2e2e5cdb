import { TRANSFER, ExportResponsibilitiesDocument } from '@samverkan/schema';
import type { ClientOptions } from '../client';
import { request } from '../client';
import { PAGE_SIZE, pagesOf, type RecordFormat, withRows } from './format';

type Actor = Awaited<ReturnType<typeof actorsPage>>['nodes'][number];
type Subject = Actor['responsibilities'][number]['subject'];

async function actorsPage(client: ClientOptions, after: string | null, asOf?: string) {
  const page = await request(client, ExportResponsibilitiesDocument, {
    first: PAGE_SIZE,
    after,
    asOf,
  });
  return page.actors;
}

/** The subject as a cell writes it: `strategy/rus`, `objective/rus/1.2`, `area/23`. */
function subjectCell(subject: Subject): string {
  switch (subject.__typename) {
    case 'Objective':
      return `objective/${subject.strategy.slug}/${subject.code}`;
    case 'Area':
      return `area/${subject.code}`;
    default:
      return `${subject.__typename.toLowerCase()}/${subject.slug}`;
  }
}

export const responsibilities: RecordFormat = withRows(TRANSFER.responsibilities, {
  rows: (client, asOf) =>
    pagesOf(
      (after) => actorsPage(client, after, asOf),
      (actor) =>
        actor.responsibilities.map((responsibility) => ({
          actor: actor.slug,
          person: responsibility.person?.slug ?? null,
          person_is_external: responsibility.personIsExternal,
          role: responsibility.role,
          subject: subjectCell(responsibility.subject),
          mandate: responsibility.mandate?.text ?? null,
          mandate_reference: responsibility.mandate?.reference ?? null,
          status: responsibility.status,
          valid_from: responsibility.validFrom,
          valid_to: responsibility.validTo,
        })),
    ),
});
