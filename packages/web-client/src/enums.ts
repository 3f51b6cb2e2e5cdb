import type {
  ActorSector,
  AuditOperation,
  RecordType,
  ResponsibilityRole,
  Role,
  WebhookDeliveryStatus,
} from '@samverkan/schema';

/** The responsibility roles in the order the client shows them: who carries the work first. */
export const RESPONSIBILITY_ROLES: readonly ResponsibilityRole[] = [
  'LEADS',
  'CONVENES',
  'EXECUTES',
  'CONTRIBUTES',
  'FUNDS',
  'CONSULTED',
  'INFORMED',
];

/** The actors' sectors in the order the client shows them. */
export const ACTOR_SECTORS: readonly ActorSector[] = [
  'PUBLIC',
  'BUSINESS',
  'ACADEMIA',
  'CIVIL_SOCIETY',
];

/** What a user or a service account may do, the least first (each includes the ones before). */
export const ROLES: readonly Role[] = ['VIEWER', 'EDITOR', 'ADMIN'];

/** Every value of `keys` (TypeScript refuses one missing, so a value the API adds shows here). */
const every = <Value extends string>(keys: Record<Value, true>) => Object.keys(keys) as Value[];

/** The types of record the register keeps (what a webhook may be told of), the API's order. */
export const RECORD_TYPES: readonly RecordType[] = every<RecordType>({
  ACTION: true,
  ACTOR: true,
  AGENDA_ITEM: true,
  AREA: true,
  COLLABORATION_ASSESSMENT: true,
  COLLABORATION_FACTOR: true,
  COLLABORATION_LEVEL: true,
  COLLABORATION_SCALE: true,
  DECISION: true,
  FORUM: true,
  FORUM_MEMBERSHIP: true,
  IDENTIFIER_SCHEME: true,
  INDICATOR: true,
  MEASUREMENT: true,
  MEETING: true,
  OBJECTIVE: true,
  OPEN_QUESTION: true,
  PERSON: true,
  POSITION: true,
  RESPONSIBILITY: true,
  REVIEW: true,
  REVIEW_FINDING: true,
  REVIEW_SHIFT: true,
  SOURCE: true,
  STRATEGY: true,
  TOPIC: true,
});

/** The kinds of change the audit log records, in the order a record lives through them. */
export const AUDIT_OPERATIONS: readonly AuditOperation[] = every<AuditOperation>({
  CREATE: true,
  UPDATE: true,
  ARCHIVE: true,
  END: true,
  RESTORE: true,
  RETRACT: true,
  ERASE: true,
});

/** Where a webhook's delivery stands, in the order it goes through them. */
export const DELIVERY_STATUSES: readonly WebhookDeliveryStatus[] = every<WebhookDeliveryStatus>({
  PENDING: true,
  RETRYING: true,
  DELIVERED: true,
});
