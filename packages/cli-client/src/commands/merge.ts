import type { Command } from 'commander';
import { ActorMergeDocument, PersonMergeDocument } from '@samverkan/schema';
import { CliError, EXIT, request, type ClientOptions } from '../client';
import { lookUpOne } from '../lookup';
import { examples, jsonOption } from '../options';
import { json, write } from '../output';
import { checked } from '../refusals';

const KINDS = { actors: 'Actor', people: 'Person' } as const;

/** Adds `samverkan merge actors|people <survivor> <duplicate>`. */
export function addMergeCommand(program: Command, client: () => ClientOptions): void {
  const merge = program
    .command('merge')
    .description(
      'Merge a duplicate into the record that stays: its relations move over, it is retracted, its id and slug lead to the survivor.',
    )
    .argument('<type>', 'actors or people')
    .argument('<survivor>', 'the record that stays: slug or ID')
    .argument('<duplicate>', 'the duplicate: slug or ID');
  jsonOption(merge, 'what was moved');
  examples(
    merge,
    'samverkan merge actors almi almi-mitt-ab',
    'samverkan merge people karin-lund k-lund',
  );
  merge.action(async (type: string, survivorText: string, duplicateText: string, options) => {
    const kind = KINDS[type as keyof typeof KINDS];
    if (!kind) throw new CliError(`merge takes actors or people, not "${type}".`, EXIT.usage);
    const api = client();
    const survivor = (await lookUpOne(api, survivorText, [kind])).id;
    const duplicate = (await lookUpOne(api, duplicateText, [kind])).id;
    const input = { input: { survivor, duplicate } };
    const payload =
      kind === 'Actor'
        ? checked((await request(api, ActorMergeDocument, input)).actorMerge)
        : checked((await request(api, PersonMergeDocument, input)).personMerge);
    const record = 'actor' in payload ? payload.actor : payload.person;
    if ((options as { json?: boolean }).json) return write(json(payload));
    write(
      `merged ${duplicateText} into ${record?.name} (${record?.slug}): ` +
        `${payload.moved?.length ?? 0} records moved, ${payload.retractedDuplicates ?? 0} repeated ones retracted\n`,
    );
  });
}
