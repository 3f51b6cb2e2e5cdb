import { Field, GraphQLISODateTime, ID, ObjectType, registerEnumType } from 'type-graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import { AUDIT_OPERATIONS, type AuditOperation } from '../audit/audit-event.entity';
import { Connection } from './connection';
import { RecordTypeEnum } from './node';
import { enumOf } from './enums';

export const AuditOperationEnum = enumOf(AUDIT_OPERATIONS);
registerEnumType(AuditOperationEnum, {
  name: 'AuditOperation',
  description: 'What a change did to a record.',
  valuesConfig: {
    CREATE: { description: 'The record was created.' },
    UPDATE: { description: 'Some of its values changed.' },
    ARCHIVE: { description: 'It was archived (hidden from lists, never deleted).' },
    END: { description: 'Its period of validity was ended.' },
    RESTORE: {
      description:
        'An archive or dissolution was undone: it got back the values that change had set.',
    },
    RETRACT: {
      description:
        'It was entered by mistake and never true: it left the register (kept here, with the reason).',
    },
    ERASE: {
      description:
        'A person was erased at their request (GDPR art. 17): their name, contact and identifiers were replaced by a placeholder everywhere, this log included; what they did in the register (positions, memberships, responsibilities) stays. The reason is kept, the erased values are not.',
    },
  },
});

@ObjectType('AuditEvent', { description: 'One change to a record, as the audit log recorded it.' })
export class AuditEventType {
  @Field(() => GraphQLISODateTime, { description: 'When the change was made.' })
  occurredAt: Date;

  @Field(() => AuditOperationEnum, { description: 'What the change did.' })
  operation: AuditOperation;

  @Field(() => String, {
    nullable: true,
    description:
      'Who made it: the e-mail address of the user, the name of the API token, or "system" for the seed loader. Null for anonymous callers: who made a change is not public.',
  })
  actorName: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      "The server's id of the request that made it, to find the change in the logs. Null for anonymous callers.",
  })
  requestId: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Why the change was made, where the change says: every retraction does.',
  })
  reason: string | null;

  @Field(() => GraphQLJSONObject, {
    nullable: true,
    description:
      'The record before the change; the records it refers to (`parentId`, `areaIds`…) by their global IDs, named in `references`.',
  })
  before: Record<string, unknown> | null;

  @Field(() => GraphQLJSONObject, {
    nullable: true,
    description:
      'The record after the change; the records it refers to by their global IDs, named in `references`.',
  })
  after: Record<string, unknown> | null;
}

@ObjectType('AuditReference', {
  description: 'A record the snapshots of a change refer to, with its name now.',
})
export class AuditReferenceType {
  @Field(() => ID, { description: 'Its global ID, as it stands in `before` and `after`.' })
  id: string;

  @Field(() => RecordTypeEnum, { description: 'Its type.' })
  recordType: string;

  @Field(() => String, { nullable: true, description: 'Its name (or title); null if it has none.' })
  name: string | null;
}

export const AuditEventConnection = Connection(AuditEventType, 'AuditEvent');
