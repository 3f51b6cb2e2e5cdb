import { Field, ObjectType, registerEnumType, type ClassType } from 'type-graphql';
import { USER_ERROR_CODES, ValidationFailed, type UserErrorCode } from '../errors';
import { enumOf } from './enums';

const UserErrorCodeValues = enumOf(USER_ERROR_CODES);
registerEnumType(UserErrorCodeValues, {
  name: 'UserErrorCode',
  description: 'Why a mutation refused its input.',
  valuesConfig: {
    REQUIRED: { description: 'A required value is missing or blank.' },
    INVALID: { description: 'The value has the wrong form.' },
    TOO_LONG: { description: 'The text is longer than allowed.' },
    TAKEN: { description: 'Another record already uses this value.' },
    NOT_FOUND: { description: 'The referenced record does not exist.' },
    STALE_VERSION: {
      description: 'The record changed since you read it: read it again and retry.',
    },
    ARCHIVED: { description: 'The record is archived and cannot be changed.' },
    CYCLE: { description: 'The change would make a record its own ancestor.' },
    INVALID_PERIOD: { description: 'A period must end after it starts (validTo > validFrom).' },
    OVERLAPPING_PERIOD: {
      description: 'The same relation is already recorded for part of this period.',
    },
    WRONG_KIND: { description: 'The referenced record is of a kind not allowed here.' },
    ENDED: { description: 'The record has ended and cannot be changed.' },
    REFERENCE_DATA: {
      description:
        "Sweden's reference areas (country, NUTS regions, counties, municipalities) are not added or changed through the API.",
    },
    CREDENTIALS: {
      description:
        'The e-mail address and password (or the current password) do not match an account that may sign in.',
    },
    THROTTLED: {
      description: 'Too many failed attempts: wait the time the message says, then try again.',
    },
    EXPIRED: {
      description: 'The link or code was used, withdrawn or is too old: ask for a new one.',
    },
    LAST_ADMIN: {
      description: 'The change would leave no admin who can sign in.',
    },
    FORBIDDEN: {
      description:
        'The caller may not write this record (in a bulk write: this item; the others are told apart).',
    },
    IN_PROGRESS: {
      description:
        'Another request with this idempotency key is still running: wait, then retry with the same key.',
    },
    KEY_REUSED: {
      description: 'The idempotency key was used before with other input: use a new key.',
    },
  },
});

@ObjectType({ description: 'A problem with the input of a mutation; nothing was written.' })
export class UserError {
  @Field(() => [String], {
    description: 'Path to the input field, e.g. ["input", "name"] or ["input", "areas", "1"].',
  })
  field: string[];

  @Field(() => UserErrorCodeValues, { description: 'What kind of problem it is.' })
  code: UserErrorCode;

  @Field({ description: 'What is wrong, for a person to read.' })
  message: string;
}

/** What every payload has; `Payload` adds the changed object. */
@ObjectType()
export abstract class MutationPayload {
  @Field(() => [UserError], { description: 'Why the input was refused; empty on success.' })
  userErrors: UserError[];
}

/**
 * Declares `<Name>Payload` for a node type: `userErrors` and the object as it now is, in a field
 * named after the type (`forum` for `Forum`), the key resolvers give `mutationPayload`.
 * `description` says which mutations return it; `noun` names the object in the field's
 * description ("The <noun> as it now is; null when refused.").
 */
export function Payload<T extends object>(
  nodeType: ClassType<T>,
  name: string,
  wording: {
    description: string;
    noun: string;
    /** The object's field, when not named after `name` (`actor` in `ActorArchivePayload`). */
    field?: string;
    /** Lists beside the object: `ended` of `ActorArchivePayload`. */
    lists?: Record<string, { type: () => abstract new () => object; description: string }>;
  },
) {
  @ObjectType(`${name}Payload`, { description: wording.description })
  class PayloadType extends MutationPayload {}

  // The fields' names depend on the type, so they are decorated by name rather than declared.
  const field = wording.field ?? name.charAt(0).toLowerCase() + name.slice(1);
  Field(() => nodeType, {
    nullable: true,
    description: `The ${wording.noun} as it now is; null when refused.`,
  })(PayloadType.prototype, field);
  for (const [list, { type, description }] of Object.entries(wording.lists ?? {})) {
    Field(() => [type()], { nullable: true, description: `${description} Null when refused.` })(
      PayloadType.prototype,
      list,
    );
  }
  return PayloadType;
}

/**
 * Runs a mutation's service call and shapes the payload: the changed object on success, or the
 * user errors (paths prefixed with the argument name `input`) when the service refused the input.
 */
export async function mutationPayload<K extends string, T>(
  key: K,
  run: () => Promise<T>,
): Promise<{ userErrors: UserError[] } & Record<K, T | null>> {
  return payloadOf(async () => ({ [key]: await run() }) as Record<K, T>);
}

/**
 * `mutationPayload` for a payload of several fields: `run` gives them all on success; when the
 * input is refused they are null and `userErrors` says why.
 */
export async function payloadOf<T extends object>(
  run: () => Promise<T>,
): Promise<{ userErrors: UserError[] } & { [K in keyof T]: T[K] | null }> {
  try {
    return { ...(await run()), userErrors: [] };
  } catch (error) {
    if (!(error instanceof ValidationFailed)) throw error;
    const userErrors = error.errors.map((e) => ({ ...e, field: ['input', ...e.field] }));
    return { userErrors } as { userErrors: UserError[] } & { [K in keyof T]: T[K] | null };
  }
}
