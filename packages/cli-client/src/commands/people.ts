import type { Command } from 'commander';
import {
  PeopleListDocument,
  PersonDetailDocument,
  type PeopleListQuery,
  type PersonDetailQuery,
} from '@samverkan/schema';
import { request, type ClientOptions } from '../client';
import { addListCommand } from '../list';
import { examples } from '../options';
import { fields, period, section } from '../output';
import { identifiers, responsibilitiesSection, sourcesSection } from '../records';
import { addShowCommand } from '../show';

type Person = PeopleListQuery['people']['nodes'][number];
type PersonDetail = NonNullable<PersonDetailQuery['person']>;

/** "Regionråd, Region Jämtland Härjedalen; MIUN": where a person works today. */
const positions = (person: Person) =>
  person.positions
    .map(({ title, actor }) => [title, actor.shortName ?? actor.name].filter(Boolean).join(', '))
    .join('; ');

function formatPerson(person: PersonDetail): string {
  return (
    `${person.name}\n\n` +
    fields([
      ['slug', person.slug],
      ['id', person.id],
      ['work contact', person.workContact],
      ['identifiers', identifiers(person.identifiers)],
    ]) +
    section('Positions', person.positions, [
      ['TITLE', (position) => position.title ?? ''],
      ['AT', (position) => position.actor.name],
      ['VALID', (position) => period(position.validFrom, position.validTo)],
      ['SLUG', (position) => position.actor.slug],
    ]) +
    section('Represents', person.representations, [
      ['MEMBER', (membership) => membership.member.name],
      ['IN FORUM', (membership) => membership.forum.name],
      ['ROLE', (membership) => membership.role],
      ['VALID', (membership) => period(membership.validFrom, membership.validTo)],
      ['SLUG', (membership) => membership.forum.slug],
    ]) +
    responsibilitiesSection(person.responsibilities) +
    sourcesSection(person.sources)
  );
}

/** Adds `samverkan people list` and `people show`: people in public roles. */
export function addPeopleCommand(program: Command, client: () => ClientOptions): void {
  const people = examples(
    program.command('people').description('People in public roles and where they work.'),
    'samverkan people list --search maria',
  );

  addListCommand(people, 'list', client, {
    noun: { one: 'person', many: 'people' },
    description: 'List people in public roles, sorted by name, with their positions today.',
    examples: ['samverkan people list --search andersson', 'samverkan people list --all --json'],
    configure: (command) => command.option('--search <text>', 'words of the name (prefixes match)'),
    document: PeopleListDocument,
    variables: async (_used, options: { search?: string }) => ({
      filter: { search: options.search?.trim() || undefined },
    }),
    connection: (data) => data.people,
    columns: [
      ['NAME', (person) => person.name],
      ['POSITIONS', positions],
      ['SLUG', (person) => person.slug],
    ],
  });

  addShowCommand<PersonDetail>(people, client, {
    type: 'Person',
    description: 'Show a person: positions, memberships they represent, responsibilities.',
    examples: [
      'samverkan people show maria-kumpula',
      'samverkan people show jonas-andersson --json',
    ],
    asOf: true,
    fetch: async (used, slug, options) =>
      (await request(used, PersonDetailDocument, { slug, asOf: options.asOf })).person,
    format: formatPerson,
  });
}
