import { ForumMembershipsUpsertDocument, ForumsUpsertDocument } from '../generated/documents';
import { FORUM_KINDS, FORUM_STATUSES, MEMBERSHIP_ROLES } from './enums';
import { REFERENCE as reference, type TransferFormat } from './format';
import { ID_COLUMN } from './people';
import {
  areaCellOf,
  identifiersOf,
  recordKeyOf,
  referenceOf,
  referencesOf,
  textOf,
  type Column,
} from './row';

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

export const forums: TransferFormat = {
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
  bulk: { document: ForumsUpsertDocument, field: 'forumsUpsert' },
};

export const memberships: TransferFormat = {
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
  bulk: { document: ForumMembershipsUpsertDocument, field: 'forumMembershipsUpsert' },
};
