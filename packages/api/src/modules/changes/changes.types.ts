import { ArgsType, Field, GraphQLISODateTime, ID, Int, ObjectType } from 'type-graphql';
import { AuditEventType } from '../../core/graphql/audit-event.type';
import { Connection } from '../../core/graphql/connection';
import { Node, RecordTypeEnum } from '../../core/graphql/node';

@ObjectType('Change', {
  description:
    'One change to one record, as the audit log recorded it, with the record it changed: an entry of the feed `changes`.',
})
export class ChangeType extends AuditEventType {
  @Field(() => RecordTypeEnum, { description: 'The type of the record changed.' })
  recordType: string;

  @Field(() => Node, {
    nullable: true,
    description: 'The record changed, as it is now; null if it cannot be loaded.',
  })
  record: object | null;
}

export const ChangeConnection = Connection(ChangeType, 'Change');

@ArgsType()
export class ChangesArgs {
  @Field(() => GraphQLISODateTime, {
    description:
      'Changes made at or after this instant (e.g. when you last synchronised; overlap is safe, as a change keeps its cursor).',
  })
  since: Date;

  @Field(() => [RecordTypeEnum], {
    nullable: true,
    description: 'Only changes to records of these types, e.g. [ACTOR, FORUM] (default: all).',
  })
  types?: string[] | null;

  @Field(() => ID, {
    nullable: true,
    description:
      "Only changes to records whose area is this area or lies within it, as the records are now: areas, actors (their areas), positions (their actor's), forums, memberships and meetings (their forum's), strategies and objectives (their strategy's). Other records have no area and are left out.",
  })
  area?: string | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Return the first n changes (1 to 100, default 20).',
  })
  first?: number | null;

  @Field(() => String, {
    nullable: true,
    description: 'Return changes after this cursor (the `endCursor` of the previous page).',
  })
  after?: string | null;
}
