import type { ClassType } from 'type-graphql';
import { Node } from '../../core/graphql/node';
import { VersionedInput } from '../../core/graphql/valid-time';
import { Payload } from '../../core/graphql/payload';
import { ActorType } from '../actor';
import { ForumType } from '../forum';

type OnADay<F extends string> = new () => { id: string; version: number } & {
  [K in F]?: string | null;
};

export const ActorArchiveInput = VersionedInput(
  'ActorArchiveInput',
  'Which actor to archive, and from which day.',
  {
    id: 'The actor to archive.',
    day: {
      field: 'archivedOn',
      description:
        'The first day it no longer acts: its memberships, positions and responsibilities end on it. Default: today.',
    },
  },
) as OnADay<'archivedOn'>;

export const ForumDissolveInput = VersionedInput(
  'ForumDissolveInput',
  'Which forum to dissolve, and from which day.',
  {
    id: 'The forum to dissolve.',
    day: {
      field: 'dissolvedOn',
      description:
        'The first day it no longer exists: its memberships (both ways) and the responsibilities for it end on it. Default: today.',
    },
  },
) as OnADay<'dissolvedOn'>;

export const ActorRestoreInput = VersionedInput(
  'ActorRestoreInput',
  'Which archived actor to restore.',
  {
    id: 'The archived actor.',
  },
);
export const ForumRestoreInput = VersionedInput(
  'ForumRestoreInput',
  'Which dissolved forum to restore.',
  {
    id: 'The dissolved forum.',
  },
);

/** The payload of a change that ends or restores what depends on the record: lists them. */
function CascadePayload<T extends object>(
  nodeType: ClassType<T>,
  [name, noun]: [string, string],
  what: string,
  list: 'ended' | 'restored',
) {
  return Payload(nodeType, name, {
    description: `The result of ${what}.`,
    noun,
    field: noun,
    lists: {
      [list]: {
        type: () => Node,
        description:
          list === 'ended'
            ? 'The memberships, positions and responsibilities it ended on the day, as they now are.'
            : 'The records the undone change had ended that hold again (those changed since stay as they are).',
      },
    },
  });
}

export const ActorArchivePayload = CascadePayload(
  ActorType,
  ['ActorArchive', 'actor'],
  'archiving an actor',
  'ended',
);
export const ActorRestorePayload = CascadePayload(
  ActorType,
  ['ActorRestore', 'actor'],
  'undoing the archive of an actor',
  'restored',
);
export const ForumDissolvePayload = CascadePayload(
  ForumType,
  ['ForumDissolve', 'forum'],
  'dissolving a forum',
  'ended',
);
export const ForumRestorePayload = CascadePayload(
  ForumType,
  ['ForumRestore', 'forum'],
  'undoing the dissolution of a forum',
  'restored',
);
