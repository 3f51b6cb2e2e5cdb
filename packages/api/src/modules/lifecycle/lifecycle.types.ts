import { LocalDateResolver } from 'graphql-scalars';
import { Field, ID, InputType, Int } from 'type-graphql';
import { Node } from '../../core/graphql/node';
import { Payload } from '../../core/graphql/payload';
import { ActorType } from '../actor';
import { ForumType } from '../forum';

/** `<Kind>RestoreInput`: which archived or dissolved record to restore. */
function RestoreInput(kind: string, what: string) {
  @InputType(`${kind}RestoreInput`, { description: `Which ${what} to restore.` })
  class Restore {
    @Field(() => ID, { description: `The ${what}.` })
    id: string;

    @Field(() => Int, { description: 'The version you read; a stale one changes nothing.' })
    version: number;
  }
  return Restore;
}

@InputType('ActorArchiveInput', { description: 'Which actor to archive, and from which day.' })
export class ActorArchiveInput {
  @Field(() => ID, { description: 'The actor to archive.' })
  id: string;

  @Field(() => Int, { description: 'The version you read; a stale one changes nothing.' })
  version: number;

  @Field(() => LocalDateResolver, {
    nullable: true,
    description:
      'The first day it no longer acts: its memberships, positions and responsibilities end on it. Default: today.',
  })
  archivedOn?: string | null;
}

@InputType('ForumDissolveInput', { description: 'Which forum to dissolve, and from which day.' })
export class ForumDissolveInput {
  @Field(() => ID, { description: 'The forum to dissolve.' })
  id: string;

  @Field(() => Int, { description: 'The version you read; a stale one changes nothing.' })
  version: number;

  @Field(() => LocalDateResolver, {
    nullable: true,
    description:
      'The first day it no longer exists: its memberships (both ways) and the responsibilities for it end on it. Default: today.',
  })
  dissolvedOn?: string | null;
}

export const ActorRestoreInput = RestoreInput('Actor', 'archived actor');
export const ForumRestoreInput = RestoreInput('Forum', 'dissolved forum');

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
