import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { Access } from '../../core/graphql/access';
import { payloadOf } from '../../core/graphql/payload';
import { decodeInputIds } from '../../core/relay/global-id';
import type { Context } from '../../context';
import {
  ActorArchiveInput,
  ActorArchivePayload,
  ActorRestoreInput,
  ActorRestorePayload,
  ForumDissolveInput,
  ForumDissolvePayload,
  ForumRestoreInput,
  ForumRestorePayload,
} from './lifecycle.types';

/** `input` with its `id` decoded as a record of `kind`. */
function decoded<T extends { id: string }>(input: T, kind: string): T {
  return { ...input, id: decodeInputIds((ids) => ids.one(input.id, kind, 'id') ?? '') };
}

@Resolver()
export class LifecycleResolver {
  @Mutation(() => ActorArchivePayload, {
    description:
      'Archives an actor from a day: hidden from lists, never deleted; its memberships, positions and responsibilities still open end on that day, in one change. Undo with actorRestore.',
  })
  @Access('EDITOR')
  actorArchive(
    @Arg('input', () => ActorArchiveInput, { description: 'Which actor, from which day.' })
    input: InstanceType<typeof ActorArchiveInput>,
    @Ctx() { services, caller }: Context,
  ) {
    return payloadOf(() => services.lifecycle.archiveActor(caller, decoded(input, 'Actor')));
  }

  @Mutation(() => ActorRestorePayload, {
    description:
      'Undoes the archive of an actor: it acts again, and what the archive ended holds again.',
  })
  @Access('EDITOR')
  actorRestore(
    @Arg('input', () => ActorRestoreInput, { description: 'Which actor.' })
    input: InstanceType<typeof ActorRestoreInput>,
    @Ctx() { services, caller }: Context,
  ) {
    return payloadOf(() => services.lifecycle.restoreActor(caller, decoded(input, 'Actor')));
  }

  @Mutation(() => ForumDissolvePayload, {
    description:
      'Dissolves a forum from a day: its memberships (as host and as member) and the responsibilities for it still open end on that day, in one change; meetings from that day are refused. Undo with forumRestore.',
  })
  @Access('EDITOR')
  forumDissolve(
    @Arg('input', () => ForumDissolveInput, { description: 'Which forum, from which day.' })
    input: InstanceType<typeof ForumDissolveInput>,
    @Ctx() { services, caller }: Context,
  ) {
    return payloadOf(() => services.lifecycle.dissolveForum(caller, decoded(input, 'Forum')));
  }

  @Mutation(() => ForumRestorePayload, {
    description:
      'Undoes the dissolution of a forum: it exists again, and what dissolving it ended holds again.',
  })
  @Access('EDITOR')
  forumRestore(
    @Arg('input', () => ForumRestoreInput, { description: 'Which forum.' })
    input: InstanceType<typeof ForumRestoreInput>,
    @Ctx() { services, caller }: Context,
  ) {
    return payloadOf(() => services.lifecycle.restoreForum(caller, decoded(input, 'Forum')));
  }
}
