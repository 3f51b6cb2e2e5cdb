import type { Command } from 'commander';
import {
  ResponsibilitiesOfDocument,
  ResponsibilityDetailDocument,
  type ResponsibilityDetailQuery,
  type ResponsibilityRole,
} from '@samverkan/schema';
import { CliError, EXIT, request, type ClientOptions } from '../client';
import { RESPONSIBILITY_ROLES } from '../enums';
import { lookUpOne, type Named } from '../lookup';
import { choiceOption, examples, jsonOption, timeOptions } from '../options';
import { fields, formatList, json, period, write } from '../output';
import { RACI_LETTER, RESPONSIBILITY_COLUMNS, sourcesSection, subjectOf } from '../records';
import { addShowCommand } from '../show';

type Responsibility = Extract<ResponsibilityDetailQuery['node'], { __typename: 'Responsibility' }>;

/** Whose responsibilities to list: the option, the type of record it names, and what it says. */
const HOLDERS: [option: string, type: Named, description: string][] = [
  ['actor', 'Actor', "what this actor does (the actor's slug or ID)"],
  ['person', 'Person', 'what this person acts in (slug or ID)'],
  ['forum', 'Forum', 'who does what for this forum (slug or ID)'],
  ['strategy', 'Strategy', 'who does what for the strategy itself (slug or ID; see also raci)'],
  ['area', 'Area', 'who does what for this area (its code, e.g. 23, or ID)'],
  ['topic', 'Topic', 'who does what on this topic (slug or ID)'],
];
const HOLDER_FLAGS = HOLDERS.map(([option]) => `--${option}`).join(', ');

interface ListOptions {
  role?: ResponsibilityRole;
  asOf?: string;
  knownAt?: string;
  json?: boolean;
}

/** The holders given on the command line: the type of record and what names it. */
const holdersIn = (options: ListOptions) =>
  HOLDERS.flatMap(([option, type]) => {
    const text = (options as Record<string, string | undefined>)[option];
    return text === undefined ? [] : [{ type, text }];
  });

function formatResponsibility(responsibility: Responsibility): string {
  return (
    `${responsibility.actor.name} ${responsibility.role} ${subjectOf(responsibility)}\n\n` +
    fields([
      ['id', responsibility.id],
      ['actor', `${responsibility.actor.name} (${responsibility.actor.slug})`],
      ['role', `${responsibility.role} (RACI ${RACI_LETTER[responsibility.raci]})`],
      ['for', subjectOf(responsibility)],
      [
        'person',
        responsibility.person &&
          `${responsibility.person.name}${responsibility.personIsExternal ? ' (from outside)' : ''}`,
      ],
      ['status', responsibility.status],
      ['valid', period(responsibility.validFrom, responsibility.validTo)],
      [
        'mandate',
        responsibility.mandate &&
          [responsibility.mandate.text, responsibility.mandate.reference]
            .filter(Boolean)
            .join(', '),
      ],
      ['recorded', responsibility.createdAt],
      ['changed', responsibility.updatedAt],
    ]) +
    sourcesSection(responsibility.sources)
  );
}

/**
 * Adds `samverkan responsibilities list` (of one actor, person, forum, strategy, area or topic,
 * on a day) and `responsibilities show <id>`.
 */
export function addResponsibilitiesCommand(program: Command, client: () => ClientOptions): void {
  const responsibilities = examples(
    program
      .command('responsibilities')
      .description('Who does what: an actor’s role for a subject under a mandate.'),
    'samverkan responsibilities list --actor region-jamtland-harjedalen',
  );

  const list = responsibilities
    .command('list')
    .description(`List the responsibilities of one record, on a day: give one of ${HOLDER_FLAGS}.`);
  for (const [option, type, description] of HOLDERS) {
    list.option(`--${option} <${type === 'Area' ? 'code' : 'slug'}>`, description);
  }
  list.addOption(choiceOption('--role <role>', 'only this role', RESPONSIBILITY_ROLES));
  timeOptions(list);
  jsonOption(list, 'the responsibilities (a JSON array)');
  examples(
    list,
    'samverkan responsibilities list --actor region-jamtland-harjedalen',
    'samverkan responsibilities list --forum lanspartnerskapet --role CONVENES --as-of 2024-01-01',
    'samverkan responsibilities list --area 23 --json',
  );
  list.action(async (options: ListOptions) => {
    const given = holdersIn(options);
    if (given.length !== 1) {
      throw new CliError(
        `say whose responsibilities to list with one of ${HOLDER_FLAGS}, ` +
          'e.g. samverkan responsibilities list --actor region-jamtland-harjedalen',
        EXIT.usage,
      );
    }
    const used = client();
    const { id } = await lookUpOne(used, given[0].text, [given[0].type]);
    const { node } = await request(used, ResponsibilitiesOfDocument, {
      id,
      asOf: options.asOf,
      knownAt: options.knownAt,
      role: options.role,
    });
    const rows = node && 'responsibilities' in node ? node.responsibilities : [];
    write(
      options.json
        ? json(rows)
        : formatList(rows, RESPONSIBILITY_COLUMNS, {
            one: 'responsibility',
            many: 'responsibilities',
          }),
    );
  });

  addShowCommand<Responsibility>(responsibilities, client, {
    type: 'Responsibility',
    description:
      'Show a responsibility: who, what role, for what, under which mandate, since when.',
    examples: [
      'samverkan responsibilities show UmVzcG9uc2liaWxpdHk6…',
      "samverkan responsibilities list --actor almi --json | jq -r '.[].id'",
    ],
    asOf: false,
    notFound: (text) =>
      `no responsibility has the ID "${text}".\n` +
      'Find their IDs in the ID column of: samverkan responsibilities list --actor <slug> ' +
      '(or --person, --forum, --strategy, --area, --topic)',
    fetch: async (used, id) => {
      const { node } = await request(used, ResponsibilityDetailDocument, { id });
      return node?.__typename === 'Responsibility' ? node : null;
    },
    format: formatResponsibility,
  });
}
