import type {
  ActorKind,
  ActorLevel,
  ActorSector,
  ForumKind,
  ForumStatus,
  MembershipRole,
  ResponsibilityRole,
  ResponsibilityStatus,
  StrategyKind,
  StrategyStatus,
} from '../generated/graphql';

/**
 * The values of the schema's enums the import formats read. Each comes from a record keyed by the
 * enum: the compiler fails when the schema gains or loses a value not listed here.
 */
export const valuesOf = <T extends string>(record: Record<T, true>) => Object.keys(record) as T[];

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

export const RESPONSIBILITY_ROLES = valuesOf<ResponsibilityRole>({
  LEADS: true,
  CONVENES: true,
  EXECUTES: true,
  FUNDS: true,
  CONTRIBUTES: true,
  CONSULTED: true,
  INFORMED: true,
});

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
