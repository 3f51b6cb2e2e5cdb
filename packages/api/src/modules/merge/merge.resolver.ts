import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { Access } from '../../core/graphql/access';
import { loadNode } from '../../core/graphql/node';
import { payloadOf } from '../../core/graphql/payload';
import { decodeInputIds } from '../../core/relay/global-id';
import type { Context } from '../../context';
import type { MergedKind } from './merge.service';
import {
  ActorMergeInput,
  ActorMergePayload,
  PersonMergeInput,
  PersonMergePayload,
} from './merge.types';

/** A merge of two records of `kind`, shaped as its payload (the survivor under `field`). */
function merged(
  context: Context,
  kind: MergedKind,
  field: 'actor' | 'person',
  input: { survivor: string; duplicate: string },
) {
  return payloadOf(async () => {
    const { survivorId, duplicateId } = decodeInputIds((ids) => ({
      survivorId: ids.one(input.survivor, kind, 'survivor') ?? '',
      duplicateId: ids.one(input.duplicate, kind, 'duplicate') ?? '',
    }));
    const outcome = await context.services.merge.merge(context.caller, kind, {
      survivorId,
      duplicateId,
    });
    const moved = await Promise.all(
      outcome.moved.map((record) => loadNode(context, record.type, record.id)),
    );
    return {
      [field]: outcome.survivor,
      moved: moved.filter((record) => record !== null),
      retractedDuplicates: outcome.retracted.length,
    };
  });
}

@Resolver()
export class MergeResolver {
  @Mutation(() => ActorMergePayload, {
    description:
      'Merges a duplicate actor into another: every membership, responsibility, position, citation and identifier moves to the survivor, each change audited; the duplicate is retracted and its id and slug lead to the survivor.',
  })
  @Access('EDITOR')
  actorMerge(
    @Arg('input', { description: 'The survivor and the duplicate.' }) input: ActorMergeInput,
    @Ctx() context: Context,
  ) {
    return merged(context, 'Actor', 'actor', input);
  }

  @Mutation(() => PersonMergePayload, {
    description:
      'Merges a duplicate person into another: every position, representation, responsibility, citation and identifier moves to the survivor, each change audited; the duplicate is retracted and its id and slug lead to the survivor.',
  })
  @Access('EDITOR')
  personMerge(
    @Arg('input', { description: 'The survivor and the duplicate.' }) input: PersonMergeInput,
    @Ctx() context: Context,
  ) {
    return merged(context, 'Person', 'person', input);
  }
}
