import { Arg, Ctx, Field, ID, InputType, Int, Mutation, ObjectType, Resolver } from 'type-graphql';
import { RecordService } from '../../core/db/record-service';
import { Access } from '../../core/graphql/access';
import { Node } from '../../core/graphql/node';
import { mutationPayload, UserError } from '../../core/graphql/payload';
import { FieldErrors, reportedOn } from '../../core/errors';
import { fromGlobalId } from '../../core/relay/global-id';
import type { Context } from '../../context';
import type { Citation } from './citation.store';

@InputType('CitationRetractInput', {
  description: 'Which citation of which record to retract, and why.',
})
class CitationRetractInput {
  @Field(() => ID, { description: 'The record that cites it.' })
  record: string;

  @Field(() => Int, { description: 'The version of the record you read.' })
  version: number;

  @Field(() => Int, { description: 'Its place among the record’s sources, from 1.' })
  position: number;

  @Field({ description: 'Why it was never true: kept with it in the audit log.' })
  reason: string;
}

@ObjectType('CitationRetractPayload', { description: 'The result of retracting a citation.' })
class CitationRetractPayload {
  @Field(() => Node, {
    nullable: true,
    description: 'The record as it now is, without the citation; null when refused.',
  })
  record: object | null;

  @Field(() => [UserError], { description: 'Why the input was refused; empty on success.' })
  userErrors: UserError[];
}

@Resolver()
export class CitationRetractResolver {
  @Mutation(() => CitationRetractPayload, {
    description:
      'Takes back a citation that was never right (the source does not say it): the record no longer cites it, and the audit log keeps it with who, when and why (RETRACT on the record).',
  })
  @Access('EDITOR')
  citationRetract(
    @Arg('input', { description: 'Which citation, and why.' }) input: CitationRetractInput,
    @Ctx() { services, caller }: Context,
  ) {
    return mutationPayload('record', async () => {
      const decoded = fromGlobalId(input.record);
      const records =
        decoded &&
        Object.values(services).find(
          (service): service is RecordService<never, { sources?: Citation[] }> =>
            service instanceof RecordService && service.keeps(decoded.type),
        );
      if (!decoded || !records) {
        new FieldErrors().add('record', 'NOT_FOUND', 'No record has this id.').throwIfAny();
      }
      const retracted = records!.retractPart(
        caller,
        { ...input, id: decoded!.id },
        (fields, errors) => {
          const sources = fields.sources ?? [];
          if (
            !Number.isInteger(input.position) ||
            input.position < 1 ||
            input.position > sources.length
          ) {
            errors.add(
              'position',
              'NOT_FOUND',
              `The record cites ${sources.length} sources: give a place from 1 to ${sources.length}.`,
            );
          }
          return { ...fields, sources: sources.filter((_, index) => index !== input.position - 1) };
        },
      );
      return retracted.catch((error: unknown) => {
        throw reportedOn(error, 'id', 'record');
      });
    });
  }
}
