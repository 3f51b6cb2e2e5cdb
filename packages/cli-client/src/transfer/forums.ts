import { FORUM_KINDS, FORUM_STATUSES, MEMBERSHIP_ROLES } from '../enums';
import {
  ExportForumsDocument,
  ForumMembershipsUpsertDocument,
  ForumsUpsertDocument,
} from '@samverkan/schema';
import type { ClientOptions } from '../client';
import { request } from '../client';
import { bulkUpsert, PAGE_SIZE, pagesOf, type RecordFormat } from './format';
import { ID_COLUMN } from './people';
import {
  areaCellOf,
  identifierCell,
  identifiersOf,
  recordKeyOf,
  referenceOf,
  referencesOf,
  textOf,
  type Column,
  type Row,
} from './row';

type Forum = Awaited<ReturnType<typeof forumsPage>>['nodes'][number];

async function forumsPage(client: ClientOptions, after: string | null, asOf: string | undefined) {
  return (await request(client, ExportForumsDocument, { first: PAGE_SIZE, after, asOf })).forums;
}

const exported =
  (rowsOf: (forum: Forum) => Row[]) => (client: ClientOptions, asOf: string | undefined) =>
    pagesOf((after) => forumsPage(client, after, asOf), rowsOf);

const reference = 'slug or scheme:value';

const FORUM_COLUMNS: Column[] = [
  { name: 'slug', kind: 'text', description: 'its slug; finds the forum (made when none has it)' },
  { name: 'kind', kind: 'text', description: 'what kind of body', choices: FORUM_KINDS },
  { name: 'name', kind: 'text', description: 'the full name (required)' },
  { name: 'short_name', kind: 'text', description: 'a short name or acronym' },
  { name: 'description', kind: 'text', description: 'what it is' },
  { name: 'goal', kind: 'text', description: 'its stated goal' },
  { name: 'purpose', kind: 'list', description: 'its purpose statements, ;-separated' },
  { name: 'parent', kind: 'text', description: `the forum it is part of: ${reference}` },
  { name: 'convenor', kind: 'text', description: `the actor that convenes it: ${reference}` },
  { name: 'chair', kind: 'text', description: `the person who chairs it: ${reference}` },
  { name: 'area', kind: 'text', description: 'the code of the area it works for' },
  {
    name: 'status',
    kind: 'text',
    description: 'PROPOSED or ACTIVE (default ACTIVE)',
    choices: FORUM_STATUSES,
  },
  { name: 'anchored_in', kind: 'list', description: 'the slugs of strategies it is anchored in' },
  { name: 'identifiers', kind: 'list', description: 'scheme:value;…' },
];

export const forums: RecordFormat = {
  type: 'forums',
  description: 'councils, partnerships, networks and other bodies',
  columns: FORUM_COLUMNS,
  item: (row) => ({
    key: recordKeyOf(row),
    kind: textOf(row.kind),
    name: textOf(row.name),
    shortName: textOf(row.short_name),
    description: textOf(row.description),
    goal: textOf(row.goal),
    purpose: Array.isArray(row.purpose) ? row.purpose : undefined,
    parent: referenceOf(row.parent),
    convenor: referenceOf(row.convenor),
    chair: referenceOf(row.chair),
    area: areaCellOf(row.area),
    status: textOf(row.status),
    anchoredIn: referencesOf(row.anchored_in),
    identifiers: identifiersOf(row.identifiers),
  }),
  upsert: bulkUpsert(ForumsUpsertDocument, 'forumsUpsert'),
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
};

export const memberships: RecordFormat = {
  type: 'memberships',
  description: "forums' members and who represents them",
  columns: [
    ID_COLUMN,
    { name: 'forum', kind: 'text', description: `the forum: ${reference} (required)` },
    { name: 'member_actor', kind: 'text', description: `the member when an actor: ${reference}` },
    { name: 'member_forum', kind: 'text', description: `the member when a forum: ${reference}` },
    { name: 'role', kind: 'text', description: 'default MEMBER', choices: MEMBERSHIP_ROLES },
    { name: 'category', kind: 'text', description: 'the group the sources list it under' },
    { name: 'valid_from', kind: 'text', description: 'the first day it holds, YYYY-MM-DD' },
    { name: 'valid_to', kind: 'text', description: 'the first day it no longer holds' },
    { name: 'representatives', kind: 'list', description: 'the people acting for it, in order' },
    {
      name: 'external_representatives',
      kind: 'list',
      description: 'of those, the ones without a position at the member',
    },
  ],
  item: (row) => ({
    key: row.id ? { id: textOf(row.id) } : undefined,
    forum: referenceOf(row.forum),
    memberActor: referenceOf(row.member_actor),
    memberForum: referenceOf(row.member_forum),
    role: textOf(row.role),
    category: textOf(row.category),
    validFrom: textOf(row.valid_from),
    validTo: textOf(row.valid_to),
    representatives: referencesOf(row.representatives),
    externalRepresentatives: referencesOf(row.external_representatives),
  }),
  upsert: bulkUpsert(ForumMembershipsUpsertDocument, 'forumMembershipsUpsert'),
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
};
