import type { Command } from 'commander';
import {
  ForumDetailDocument,
  ForumsListDocument,
  type ForumDetailQuery,
  type ForumKind,
  type ForumStatus,
} from '@samverkan/schema';
import { request, type ClientOptions } from '../client';
import { FORUM_KINDS, FORUM_STATUSES } from '../enums';
import { addListCommand } from '../list';
import { addFilters, filterOf, type FilterOptions } from '../filters';
import { examples } from '../options';
import { fields, named, period, section } from '../output';
import { identifiers, responsibilitiesSection, sourcesSection } from '../records';
import { addShowCommand } from '../show';

type ForumDetail = NonNullable<ForumDetailQuery['forum']>;

interface ListOptions extends FilterOptions {
  kind?: ForumKind;
  status?: ForumStatus;
}

function formatForum(forum: ForumDetail): string {
  return (
    `${forum.name}\n\n` +
    fields([
      ['slug', forum.slug],
      ['id', forum.id],
      ['short name', forum.shortName],
      ['kind', forum.kind],
      ['status', forum.status],
      ['convenor', forum.convenor?.name],
      ['chair', forum.chair?.name],
      ['part of', forum.parent && `${forum.parent.name} (${forum.parent.slug})`],
      ['forums in it', forum.children.map((child) => child.name).join(', ')],
      ['anchored in', forum.anchoredIn.map(named).join(', ')],
      ['identifiers', identifiers(forum.identifiers)],
      ['goal', forum.goal],
      ['purpose', forum.purpose.join('; ')],
    ]) +
    section('Members', forum.members, [
      ['MEMBER', (membership) => membership.member.name],
      ['ROLE', (membership) => membership.role],
      ['CATEGORY', (membership) => membership.category ?? ''],
      ['REPRESENTED BY', (membership) => membership.representatives.map((p) => p.name).join(', ')],
      ['VALID', (membership) => period(membership.validFrom, membership.validTo)],
      ['SLUG', (membership) => membership.member.slug],
    ]) +
    section('Meetings', forum.meetings, [
      ['STARTS', (meeting) => meeting.startsAtLocal],
      ['TITLE', (meeting) => meeting.title],
      ['FORMAT', (meeting) => meeting.format ?? ''],
    ]) +
    responsibilitiesSection(forum.responsibilities) +
    sourcesSection(forum.sources)
  );
}

/** Adds `samverkan forums list` and `forums show`: partnerships, councils, networks… */
export function addForumsCommand(program: Command, client: () => ClientOptions): void {
  const forums = examples(
    program.command('forums').description('Forums: partnerships, councils, networks and groups.'),
    'samverkan forums list --kind PARTNERSHIP',
  );

  addListCommand(forums, 'list', client, {
    noun: { one: 'forum', many: 'forums' },
    description: 'List forums, sorted by name.',
    examples: [
      'samverkan forums list --kind PARTNERSHIP',
      'samverkan forums list --area 23 --status ACTIVE --json',
    ],
    configure: (command) =>
      addFilters(command, {
        area: 'only forums for this area',
        kinds: FORUM_KINDS,
        statuses: FORUM_STATUSES,
      }),
    document: ForumsListDocument,
    variables: async (used, options: ListOptions) => ({
      filter: { ...(await filterOf(used, options)), kind: options.kind, status: options.status },
    }),
    connection: (data) => data.forums,
    columns: [
      ['NAME', (forum) => forum.name],
      ['SHORT NAME', (forum) => forum.shortName ?? ''],
      ['KIND', (forum) => forum.kind],
      ['STATUS', (forum) => forum.status ?? ''],
      ['AREA', (forum) => forum.area?.code ?? ''],
      ['SLUG', (forum) => forum.slug],
    ],
  });

  addShowCommand<ForumDetail>(forums, client, {
    type: 'Forum',
    description: 'Show a forum: its members and who represents them, meetings, responsibilities.',
    examples: [
      'samverkan forums show lanspartnerskapet',
      'samverkan forums show lanspartnerskapet --as-of 2024-06-30 --json',
    ],
    asOf: true,
    fetch: async (used, slug, options) =>
      (await request(used, ForumDetailDocument, { slug, asOf: options.asOf })).forum,
    format: formatForum,
  });
}
