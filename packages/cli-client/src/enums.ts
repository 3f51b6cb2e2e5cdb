import {
  valuesOf,
  type AreaKind,
  type Language,
  type RecordType,
  type SearchKind,
} from '@samverkan/schema';

/**
 * The values of the schema's enums that options accept (those the import formats read too come
 * from `@samverkan/schema`). The compiler fails when the schema gains or loses a value not listed.
 */

export const AREA_KINDS = valuesOf<AreaKind>({
  COUNTRY: true,
  NUTS1: true,
  NUTS2: true,
  COUNTY: true,
  MUNICIPALITY: true,
  LEADER_AREA: true,
  LABOUR_MARKET_REGION: true,
  PROGRAMME_AREA: true,
  OTHER: true,
});
export const SEARCH_KINDS = valuesOf<SearchKind>({
  ACTOR: true,
  PERSON: true,
  FORUM: true,
  AREA: true,
  STRATEGY: true,
  OBJECTIVE: true,
  TOPIC: true,
  INDICATOR: true,
  MEETING: true,
  AGENDA_ITEM: true,
  DECISION: true,
  ACTION: true,
  REVIEW: true,
  REVIEW_FINDING: true,
  SOURCE: true,
});
export const RECORD_TYPES = valuesOf<RecordType>({
  ACTOR: true,
  AREA: true,
  PERSON: true,
  POSITION: true,
  FORUM: true,
  FORUM_MEMBERSHIP: true,
  STRATEGY: true,
  OBJECTIVE: true,
  INDICATOR: true,
  MEASUREMENT: true,
  TOPIC: true,
  RESPONSIBILITY: true,
  MEETING: true,
  AGENDA_ITEM: true,
  DECISION: true,
  ACTION: true,
  REVIEW: true,
  REVIEW_FINDING: true,
  REVIEW_SHIFT: true,
  OPEN_QUESTION: true,
  SOURCE: true,
  IDENTIFIER_SCHEME: true,
  COLLABORATION_SCALE: true,
  COLLABORATION_LEVEL: true,
  COLLABORATION_FACTOR: true,
  COLLABORATION_ASSESSMENT: true,
});
export const LANGUAGES = valuesOf<Language>({ EN: true, SV: true });

export {
  SECTORS,
  LEVELS,
  FORUM_KINDS,
  FORUM_STATUSES,
  STRATEGY_KINDS,
  STRATEGY_STATUSES,
  RESPONSIBILITY_ROLES,
  ACTOR_KINDS,
  MEMBERSHIP_ROLES,
  RESPONSIBILITY_STATUSES,
} from '@samverkan/schema';
