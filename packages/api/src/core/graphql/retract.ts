import { Arg, Ctx, Field, ID, InputType, Int, Mutation, ObjectType, Resolver } from 'type-graphql';
import type { RecordService } from '../db/record-service';
import { decodeInputIds, toGlobalId } from '../relay/global-id';
import type { Context } from '../context';
import { Access } from './access';
import { mutationPayload, UserError } from './payload';

/** The kinds that also have an `…End` mutation: their retraction says when to end instead. */
const ENDED_INSTEAD = new Set(['ForumMembership', 'Position', 'Responsibility']);

/**
 * `<type>Retract(input: <Type>RetractInput!): <Type>RetractPayload`: takes back a record entered
 * by mistake (`RecordService.retract`). `service` names the type's service among the context's.
 */
export function RetractResolver(type: string, noun: string, service: string) {
  const field = `${type.charAt(0).toLowerCase()}${type.slice(1)}Retract`;
  const aNoun = `${/^[aeiou]/.test(noun) ? 'an' : 'a'} ${noun}`;
  const endInstead = ENDED_INSTEAD.has(type) ? ' To say it ended, end it instead.' : '';

  @InputType(`${type}RetractInput`, { description: `Which ${noun} to retract, and why.` })
  class RetractInput {
    @Field(() => ID, { description: `The ${noun} to retract.` })
    id: string;

    @Field(() => Int, { description: 'The version you read; a stale one changes nothing.' })
    version: number;

    @Field({ description: 'Why it was never true: kept with it in the audit log.' })
    reason: string;
  }

  @ObjectType(`${type}RetractPayload`, { description: `The result of retracting ${aNoun}.` })
  class RetractPayload {
    @Field(() => ID, { nullable: true, description: `The retracted ${noun}; null when refused.` })
    retractedId: string | null;

    @Field(() => [UserError], { description: 'Why the input was refused; empty on success.' })
    userErrors: UserError[];
  }

  @Resolver()
  class Retract {
    @Mutation(() => RetractPayload, {
      name: field,
      description: `Takes back ${aNoun} entered by mistake, never true: it leaves every view of every day, the map, the RACI matrix and search at once; the audit log keeps it with who, when and why, and what the register said before (\`knownAt\`) still shows it. Nothing is deleted for good.${endInstead}`,
    })
    @Access('EDITOR')
    async retract(
      @Arg('input', () => RetractInput, { description: `Which ${noun}, and why.` })
      input: RetractInput,
      @Ctx() { services, caller }: Context,
    ) {
      const payload = await mutationPayload('retracted', async () => {
        const id = decodeInputIds((ids) => ids.one(input.id, type, 'id') ?? '');
        const records = (services as unknown as Record<string, RecordService<never, never>>)[
          service
        ];
        return records.retract(caller, { ...input, id });
      });
      return {
        retractedId: payload.retracted ? toGlobalId(type, payload.retracted.id) : null,
        userErrors: payload.userErrors,
      };
    }
  }
  return Retract;
}
