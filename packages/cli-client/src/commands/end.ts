import type { Command } from 'commander';
import {
  ActorArchiveDocument,
  ForumDissolveDocument,
  ForumMembershipEndDocument,
  ForumMembershipRetractDocument,
  PositionEndDocument,
  PositionRetractDocument,
  RecordVersionDocument,
  ResponsibilityEndDocument,
  ResponsibilityRetractDocument,
} from '@samverkan/schema';
import { CliError, EXIT, request, type ClientOptions } from '../client';
import { lookUpOne } from '../lookup';
import { day, examples } from '../options';
import { write } from '../output';
import { checked } from '../refusals';

/** The record `text` names (a slug for actors and forums, else an ID), with its version. */
async function versioned(api: ClientOptions, type: string, text: string) {
  const named = type === 'actors' ? 'Actor' : type === 'forums' ? 'Forum' : null;
  const id = named ? (await lookUpOne(api, text, [named])).id : text;
  const { node } = await request(api, RecordVersionDocument, { id });
  if (!node || !('version' in node)) {
    throw new CliError(`no ${type.replace(/s$/, '')} has the ID "${text}".`);
  }
  return { id, version: node.version };
}

type Ending = (
  api: ClientOptions,
  input: { id: string; version: number },
  on?: string,
) => Promise<string>;

/** How each type ends on a day: memberships, positions, responsibilities end; actors are archived, forums dissolved. */
const ENDINGS: Record<string, Ending> = {
  memberships: async (api, input, validTo) => {
    const { forumMembershipEnd } = await request(api, ForumMembershipEndDocument, {
      input: { ...input, validTo },
    });
    return `ended membership ${checked(forumMembershipEnd).forumMembership?.id}`;
  },
  positions: async (api, input, validTo) => {
    const { positionEnd } = await request(api, PositionEndDocument, {
      input: { ...input, validTo },
    });
    return `ended position ${checked(positionEnd).position?.id}`;
  },
  responsibilities: async (api, input, validTo) => {
    const { responsibilityEnd } = await request(api, ResponsibilityEndDocument, {
      input: { ...input, validTo },
    });
    return `ended responsibility ${checked(responsibilityEnd).responsibility?.id}`;
  },
  actors: async (api, input, archivedOn) => {
    const { actorArchive } = await request(api, ActorArchiveDocument, {
      input: { ...input, archivedOn },
    });
    return `archived the actor and ended ${checked(actorArchive).ended?.length ?? 0} of its relations`;
  },
  forums: async (api, input, dissolvedOn) => {
    const { forumDissolve } = await request(api, ForumDissolveDocument, {
      input: { ...input, dissolvedOn },
    });
    return `dissolved the forum and ended ${checked(forumDissolve).ended?.length ?? 0} of its relations`;
  },
};

type Retracting = (
  api: ClientOptions,
  input: { id: string; version: number; reason: string },
) => Promise<unknown>;

/** The records a mistake is taken back from: relations entered that were never true. */
const RETRACTIONS: Record<string, Retracting> = {
  memberships: async (api, input) =>
    checked((await request(api, ForumMembershipRetractDocument, { input })).forumMembershipRetract),
  positions: async (api, input) =>
    checked((await request(api, PositionRetractDocument, { input })).positionRetract),
  responsibilities: async (api, input) =>
    checked((await request(api, ResponsibilityRetractDocument, { input })).responsibilityRetract),
};

function chosen<T>(table: Record<string, T>, type: string, what: string): T {
  const found = table[type];
  if (!found) {
    throw new CliError(
      `${what} takes ${Object.keys(table).join(', ')}, not "${type}".`,
      EXIT.usage,
    );
  }
  return found;
}

/** Adds `samverkan end <type> <record> [--on day]` and `samverkan retract <type> <id> --reason`. */
export function addEndCommands(program: Command, client: () => ClientOptions): void {
  const end = program
    .command('end')
    .description(
      'End a record on a day: a membership, position or responsibility; archive an actor or dissolve a forum (ending what depends on it).',
    )
    .argument('<type>', Object.keys(ENDINGS).join(', '))
    .argument('<record>', 'its ID (an actor or forum: its slug too)')
    .option('--on <day>', 'the first day it no longer holds, YYYY-MM-DD (default: today)', day);
  examples(
    end,
    'samverkan end positions UG9zaXRpb246… --on 2026-12-31',
    'samverkan end actors almi-mitt-ab',
  );
  end.action(async (type: string, text: string, options: { on?: string }) => {
    const ending = chosen(ENDINGS, type, 'end');
    const api = client();
    write(`${await ending(api, await versioned(api, type, text), options.on)}\n`);
  });

  const retract = program
    .command('retract')
    .description(
      'Take back a record entered by mistake (it was never true); the audit log keeps it with the reason.',
    )
    .argument('<type>', Object.keys(RETRACTIONS).join(', '))
    .argument('<id>', 'its ID')
    .requiredOption('--reason <text>', 'why it was never true');
  examples(
    retract,
    'samverkan retract memberships Rm9ydW1NZW1iZXJzaGlwOi… --reason "Listed by mistake"',
  );
  retract.action(async (type: string, id: string, options: { reason: string }) => {
    const retracting = chosen(RETRACTIONS, type, 'retract');
    const api = client();
    await retracting(api, { ...(await versioned(api, type, id)), reason: options.reason });
    write(`retracted ${type.replace(/s$/, '')} ${id}\n`);
  });
}
