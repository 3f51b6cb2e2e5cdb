import type {
  ActorKind,
  ActorLevel,
  ActorSector,
  AreaKind,
  ForumKind,
  ForumStatus,
  Language,
  MembershipRole,
  RecordType,
  ResponsibilityRole,
  ResponsibilityStatus,
  SearchKind,
  StrategyKind,
  StrategyStatus,
} from '@samverkan/schema';

/**
 * The values of the schema's enums that options accept. Each comes from a record keyed by the
 * enum: the compiler fails when the schema gains or loses a value the CLI does not list.
 */
const valuesOf = <T extends string>(record: Record<T, true>) => Object.keys(record) as T[];

export const SECTORS = valuesOf<ActorSector>({
  PUBLIC: true,
  BUSINESS: true,
  ACADEMIA: true,
  CIVIL_SOCIETY: true,
});
export const LEVELS = valuesOf<ActorLevel>({
  LOCAL: true,
  REGIONAL: true,
  NATIONAL: true,
  EU: true,
});
export const FORUM_KINDS = valuesOf<ForumKind>({
  PARTNERSHIP: true,
  PRESIDIUM: true,
  COUNCIL: true,
  NETWORK: true,
  WORKING_GROUP: true,
  WEBINAR_SERIES: true,
});
export const FORUM_STATUSES = valuesOf<ForumStatus>({
  PROPOSED: true,
  ACTIVE: true,
  DISSOLVED: true,
});
export const STRATEGY_KINDS = valuesOf<StrategyKind>({
  REGIONAL_DEVELOPMENT_STRATEGY: true,
  PROGRAMME: true,
  EU_PROGRAMME: true,
  ACTION_PLAN: true,
});
export const STRATEGY_STATUSES = valuesOf<StrategyStatus>({
  PROPOSED: true,
  ACTIVE: true,
  ENDED: true,
});
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
export const RESPONSIBILITY_ROLES = valuesOf<ResponsibilityRole>({
  LEADS: true,
  CONVENES: true,
  EXECUTES: true,
  FUNDS: true,
  CONTRIBUTES: true,
  CONSULTED: true,
  INFORMED: true,
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

export const ACTOR_KINDS = valuesOf<ActorKind>({
  BUSINESS_ORGANISATION: true,
  BUSINESS_SUPPORT: true,
  CHAMBER_OF_COMMERCE: true,
  COMPANY: true,
  CONSULTANCY: true,
  COOPERATIVE_DEVELOPMENT: true,
  COUNTY_ADMINISTRATIVE_BOARD: true,
  EU_PROGRAMME_BODY: true,
  GOVERNMENT_AGENCY: true,
  INDIGENOUS_PARLIAMENT: true,
  MUNICIPALITY: true,
  MUNICIPAL_ASSOCIATION: true,
  OTHER: true,
  POLITICAL_BODY: true,
  REGION: true,
  SPORTS_FEDERATION: true,
  TOURISM_ORGANISATION: true,
  UNIVERSITY: true,
});

export const MEMBERSHIP_ROLES = valuesOf<MembershipRole>({
  CHAIR: true,
  CONVENOR: true,
  MEMBER: true,
  OBSERVER: true,
  SECRETARIAT: true,
});

export const RESPONSIBILITY_STATUSES = valuesOf<ResponsibilityStatus>({
  ACTIVE: true,
  ENDED: true,
  PROPOSED: true,
});
