import { TRANSFER, ExportForumsDocument, identifierCell, type Row } from '@samverkan/schema';
import type { ClientOptions } from '../client';
import { request } from '../client';
import { PAGE_SIZE, pagesOf, type RecordFormat, withRows } from './format';

type Forum = Awaited<ReturnType<typeof forumsPage>>['nodes'][number];

async function forumsPage(client: ClientOptions, after: string | null, asOf: string | undefined) {
  return (await request(client, ExportForumsDocument, { first: PAGE_SIZE, after, asOf })).forums;
}

const exported =
  (rowsOf: (forum: Forum) => Row[]) => (client: ClientOptions, asOf: string | undefined) =>
    pagesOf((after) => forumsPage(client, after, asOf), rowsOf);

export const forums: RecordFormat = withRows(TRANSFER.forums, {
  rows: exported((forum) => [
    {
      slug: forum.slug,
      kind: forum.kind,
      name: forum.name,
      short_name: forum.shortName,
      description: forum.description,
      goal: forum.goal,
      purpose: forum.purpose,
      parent: forum.parent?.slug ?? null,
      convenor: forum.convenor?.slug ?? null,
      chair: forum.chair?.slug ?? null,
      area: forum.area?.code ?? null,
      status: forum.status,
      anchored_in: forum.anchoredIn.map((strategy) => strategy.slug),
      identifiers: forum.identifiers.map(identifierCell),
    },
  ]),
});

export const memberships: RecordFormat = withRows(TRANSFER.memberships, {
  rows: exported((forum) =>
    forum.members.map((membership) => ({
      forum: forum.slug,
      member_actor: membership.member.__typename === 'Actor' ? membership.member.slug : null,
      member_forum: membership.member.__typename === 'Forum' ? membership.member.slug : null,
      role: membership.role,
      category: membership.category,
      valid_from: membership.validFrom,
      valid_to: membership.validTo,
      representatives: membership.representatives.map((person) => person.slug),
      external_representatives: membership.externalRepresentatives.map((person) => person.slug),
    })),
  ),
});
