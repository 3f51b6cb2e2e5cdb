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

const ENDED = {
  type: () => Node,
  description:
    'The memberships, positions and responsibilities it ended on the day, as they now are.',
};
const RESTORED = {
  type: () => Node,
  description:
    'The records the undone change had ended that hold again (those changed since stay as they are).',
};

export const ActorArchivePayload = Payload(ActorType, 'ActorArchive', {
  description: 'The result of archiving an actor.',
  noun: 'actor',
  field: 'actor',
  lists: { ended: ENDED },
});
export const ActorRestorePayload = Payload(ActorType, 'ActorRestore', {
  description: 'The result of undoing the archive of an actor.',
  noun: 'actor',
  field: 'actor',
  lists: { restored: RESTORED },
});
export const ForumDissolvePayload = Payload(ForumType, 'ForumDissolve', {
  description: 'The result of dissolving a forum.',
  noun: 'forum',
  field: 'forum',
  lists: { ended: ENDED },
});
export const ForumRestorePayload = Payload(ForumType, 'ForumRestore', {
  description: 'The result of undoing the dissolution of a forum.',
  noun: 'forum',
  field: 'forum',
  lists: { restored: RESTORED },
});
