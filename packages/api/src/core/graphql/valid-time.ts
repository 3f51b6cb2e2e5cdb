import { Arg, Field, GraphQLISODateTime, ID, InputType, Int, ObjectType } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';
import { RecordNode } from './node';
import { timedValue, type TimedField, type TimelineLoaders } from '../db/timeline';

/** The `asOf` argument of every list of time-bound records. */
export const AsOfArg = () =>
  Arg('asOf', () => LocalDateResolver, {
    nullable: true,
    description: 'The day to look at (YYYY-MM-DD); records valid that day. Default: today.',
  });

/** The `knownAt` argument beside `asOf`: the list as the register said it at a moment. */
export const KnownAtArg = () =>
  Arg('knownAt', () => GraphQLISODateTime, {
    nullable: true,
    description:
      'What the register said at this moment, rebuilt from the audit log: records entered (or retracted) later are as they were then, later changes not yet seen. Default: what it says now.',
  });

/** A `knownAt` argument as the loaders take it: an ISO instant, or null for now. */
export const knownAtOf = (knownAt: Date | null | undefined) => knownAt?.toISOString() ?? null;

/** The `from` argument of a time series: only `what` ("values") on or after the day. */
export const FromArg = (what: string) =>
  Arg('from', () => LocalDateResolver, {
    nullable: true,
    description: `Only ${what} on or after this day.`,
  });

/** The `to` argument of a time series: only `what` on or before the day. */
export const ToArg = (what: string) =>
  Arg('to', () => LocalDateResolver, {
    nullable: true,
    description: `Only ${what} on or before this day.`,
  });

/**
 * A record that holds for a period [validFrom, validTo): on validFrom it holds, on validTo it
 * no longer does. Null validFrom: since before anyone recorded; null validTo: until further notice.
 */
@ObjectType()
export abstract class ValidTimeNode extends RecordNode {
  @Field(() => LocalDateResolver, { nullable: true, description: 'The first day it holds.' })
  validFrom: string | null;

  @Field(() => LocalDateResolver, {
    nullable: true,
    description: 'The first day it no longer holds (exclusive); null while it lasts.',
  })
  validTo: string | null;
}

/** `validTo` as the create and update inputs of time-bound records take it. */
@InputType()
abstract class ValidToInput {
  @Field(() => LocalDateResolver, {
    nullable: true,
    description: 'The first day it no longer holds.',
  })
  validTo?: string | null;
}

/** The period of a new time-bound record: its `<Type>CreateInput` extends this. */
@InputType()
export abstract class ValidTimeCreateInput extends ValidToInput {
  @Field(() => LocalDateResolver, {
    nullable: true,
    description: 'The first day it holds (unknown: leave out).',
  })
  validFrom?: string | null;
}

/** A change of a time-bound record's period: its `<Type>UpdateInput` extends this. */
@InputType()
export abstract class ValidTimeUpdateInput extends ValidToInput {
  @Field(() => LocalDateResolver, { nullable: true, description: 'The first day it holds.' })
  validFrom?: string | null;
}

/**
 * An input naming one record to change by its `id` and the `version` read, and maybe a day
 * (`day.field`): `<Type>EndInput`, `ActorArchiveInput`, `ActorRestoreInput`.
 */
export function VersionedInput(
  name: string,
  description: string,
  fields: { id: string; day?: { field: string; description: string } },
) {
  @InputType(name, { description })
  class Versioned {
    @Field(() => ID, { description: fields.id })
    id: string;

    @Field(() => Int, { description: 'The version you read; a stale one changes nothing.' })
    version: number;
  }
  if (fields.day) {
    Field(() => LocalDateResolver, { nullable: true, description: fields.day.description })(
      Versioned.prototype,
      fields.day.field,
    );
  }
  return Versioned;
}

/** `<Type>EndInput`: ends a time-bound record by setting its validTo. */
export function EndInput(typeName: string) {
  return VersionedInput(`${typeName}EndInput`, `Ends a ${typeName}: it stops holding on validTo.`, {
    id: `The ${typeName} to end.`,
    day: {
      field: 'validTo',
      description:
        'The first day it no longer holds. Default: today. Brings forward an end already recorded; never puts it off.',
    },
  }) as new () => { id: string; version: number; validTo?: string | null };
}

/**
 * `changesFrom` in the update input of a record whose `fields` hold for periods (a forum's chair,
 * an actor's areas: see core/db/timeline.ts).
 */
export const ChangesFromField = (fields: string): PropertyDecorator =>
  Field(() => LocalDateResolver, {
    nullable: true,
    description: `The day the changed ${fields} hold from (default today); what was recorded before that day stays as it was. Give such a field again, unchanged, with this day to correct the day its value began.`,
  });

/** How a type's resolvers name a record's timed field for `valueAsOf`: `timedFieldOf('Forum')`. */
export const timedFieldOf =
  (recordType: string) =>
  (record: { id: string }, attribute: string): TimedField => ({
    recordType,
    id: record.id,
    attribute,
  });

/** The `asOf` argument of a field whose value holds for periods. */
export const ValueAsOfArg = () =>
  Arg('asOf', () => LocalDateResolver, {
    nullable: true,
    description:
      'The day to look at (YYYY-MM-DD): the value that held that day. Default: the value recorded last (today’s, unless a change from a later day is recorded).',
  });

/**
 * A timed field's value on `asOf` as the register said it at `knownAt` (null when the record was
 * not known then); with neither, the value recorded last, which the record itself holds
 * (`recorded`: the value, or how to load it when it stands beside the record, like a list).
 */
export async function valueAsOf<T>(
  loaders: TimelineLoaders,
  field: TimedField,
  recorded: T | (() => Promise<T>),
  { asOf, knownAt }: { asOf: string | null; knownAt: Date | null },
): Promise<T | null> {
  if (!asOf && !knownAt)
    return typeof recorded === 'function' ? (recorded as () => Promise<T>)() : recorded;
  return (await timedValue(loaders, field, { asOf, knownAt: knownAtOf(knownAt) })) as T | null;
}
