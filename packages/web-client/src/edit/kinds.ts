import {
  ActorCreateDocument,
  ActorEditDocument,
  ActorUpdateDocument,
  ForumCreateDocument,
  ForumMembershipCreateDocument,
  ForumMembershipEditDocument,
  ForumMembershipUpdateDocument,
  ForumEditDocument,
  ForumUpdateDocument,
  PersonCreateDocument,
  PersonEditDocument,
  PersonUpdateDocument,
  PositionCreateDocument,
  PositionEditDocument,
  PositionUpdateDocument,
  StrategyCreateDocument,
  StrategyEditDocument,
  StrategyUpdateDocument,
  type ActorKind,
  type ActorLevel,
  type ActorSector,
  type ForumKind,
  type ForumStatus,
  type MembershipRole,
  type StrategyKind,
  type StrategyStatus,
} from '@samverkan/schema';
import { valuesOf, type FieldSpec, type Values } from './fields';
import { editKind, type EditKind } from './kind';
import { MEETING_KINDS, type MeetingTypename } from './meeting-kinds';
import { PLAN_KINDS, type PlanTypename } from './plan-kinds';
import { REVIEW_KINDS, type ReviewTypename } from './review-kinds';

export type { EditKind, Loaded, Written } from './kind';

// The API's enum values a form offers, in its order (TypeScript checks each is the API's).
const SECTORS = ['PUBLIC', 'BUSINESS', 'ACADEMIA', 'CIVIL_SOCIETY'] satisfies ActorSector[];
const LEVELS = ['LOCAL', 'REGIONAL', 'NATIONAL', 'EU'] satisfies ActorLevel[];
const ACTOR_KINDS = [
  'MUNICIPALITY',
  'REGION',
  'COUNTY_ADMINISTRATIVE_BOARD',
  'GOVERNMENT_AGENCY',
  'MUNICIPAL_ASSOCIATION',
  'POLITICAL_BODY',
  'UNIVERSITY',
  'COMPANY',
  'BUSINESS_ORGANISATION',
  'BUSINESS_SUPPORT',
  'CHAMBER_OF_COMMERCE',
  'CONSULTANCY',
  'COOPERATIVE_DEVELOPMENT',
  'EU_PROGRAMME_BODY',
  'INDIGENOUS_PARLIAMENT',
  'SPORTS_FEDERATION',
  'TOURISM_ORGANISATION',
  'OTHER',
] satisfies ActorKind[];
const FORUM_KINDS = [
  'PARTNERSHIP',
  'PRESIDIUM',
  'COUNCIL',
  'WORKING_GROUP',
  'NETWORK',
  'WEBINAR_SERIES',
] satisfies ForumKind[];
const FORUM_STATUSES = ['ACTIVE', 'PROPOSED'] satisfies ForumStatus[];
const STRATEGY_KINDS = [
  'REGIONAL_DEVELOPMENT_STRATEGY',
  'PROGRAMME',
  'EU_PROGRAMME',
  'ACTION_PLAN',
] satisfies StrategyKind[];
const MEMBERSHIP_ROLES = [
  'MEMBER',
  'CHAIR',
  'CONVENOR',
  'SECRETARIAT',
  'OBSERVER',
] satisfies MembershipRole[];
const STRATEGY_STATUSES = ['ACTIVE', 'PROPOSED', 'ENDED'] satisfies StrategyStatus[];

const ACTOR_FIELDS: FieldSpec[] = [
  { name: 'name', kind: 'text', required: true },
  { name: 'shortName', kind: 'text' },
  { name: 'sector', kind: 'enum', values: SECTORS, required: true },
  { name: 'level', kind: 'enum', values: LEVELS, required: true },
  { name: 'type', kind: 'enum', values: ACTOR_KINDS, required: true },
  { name: 'areas', kind: 'refs', search: 'AREA' },
  { name: 'parent', kind: 'ref', search: 'ACTOR' },
  { name: 'website', kind: 'text' },
  { name: 'description', kind: 'textarea' },
];

const PERSON_FIELDS: FieldSpec[] = [
  { name: 'name', kind: 'text', required: true },
  { name: 'workContact', kind: 'text' },
  { name: 'objectsToPublication', kind: 'boolean' },
];

const FORUM_FIELDS: FieldSpec[] = [
  { name: 'name', kind: 'text', required: true },
  { name: 'shortName', kind: 'text' },
  { name: 'kind', kind: 'enum', values: FORUM_KINDS, required: true },
  { name: 'status', kind: 'enum', values: FORUM_STATUSES },
  { name: 'area', kind: 'ref', search: 'AREA' },
  { name: 'convenor', kind: 'ref', search: 'ACTOR' },
  { name: 'chair', kind: 'ref', search: 'PERSON' },
  { name: 'parent', kind: 'ref', search: 'FORUM' },
  { name: 'goal', kind: 'textarea' },
  { name: 'purpose', kind: 'lines' },
  { name: 'description', kind: 'textarea' },
];

const STRATEGY_FIELDS: FieldSpec[] = [
  { name: 'name', kind: 'text', required: true },
  { name: 'shortName', kind: 'text' },
  { name: 'kind', kind: 'enum', values: STRATEGY_KINDS, required: true },
  { name: 'status', kind: 'enum', values: STRATEGY_STATUSES, required: true },
  { name: 'owner', kind: 'ref', search: 'ACTOR' },
  { name: 'area', kind: 'ref', search: 'AREA' },
  { name: 'implements', kind: 'ref', search: 'STRATEGY' },
  { name: 'periodFrom', kind: 'date' },
  { name: 'periodTo', kind: 'date' },
  { name: 'description', kind: 'textarea' },
];

const MEMBERSHIP_FIELDS: FieldSpec[] = [
  { name: 'member', kind: 'ref', search: ['ACTOR', 'FORUM'], required: true, createOnly: true },
  { name: 'role', kind: 'enum', values: MEMBERSHIP_ROLES, required: true },
  { name: 'category', kind: 'text' },
  { name: 'representatives', kind: 'refs', search: 'PERSON' },
  { name: 'externalRepresentatives', kind: 'refs', search: 'PERSON' },
  { name: 'validFrom', kind: 'date' },
  { name: 'validTo', kind: 'date' },
];

const POSITION_FIELDS: FieldSpec[] = [
  { name: 'actor', kind: 'ref', search: 'ACTOR', required: true, createOnly: true },
  { name: 'title', label: 'positionTitle', kind: 'text' },
  { name: 'validFrom', kind: 'date' },
  { name: 'validTo', kind: 'date' },
];

/** The kinds of record the client edits from a record page's header, by the API's type name. */
export type EditTypename = 'Actor' | 'Person' | 'Forum' | 'Strategy';

/** The relations and parts of records the client edits where the page lists them. */
export type PartTypename =
  'ForumMembership' | 'Position' | PlanTypename | MeetingTypename | ReviewTypename;

export const EDIT_KINDS: Record<EditTypename | PartTypename, EditKind> = {
  Actor: editKind('Actor', ACTOR_FIELDS, {
    edit: ActorEditDocument,
    create: ActorCreateDocument,
    update: ActorUpdateDocument,
  }),
  Person: editKind('Person', PERSON_FIELDS, {
    edit: PersonEditDocument,
    create: PersonCreateDocument,
    update: PersonUpdateDocument,
  }),
  Forum: editKind('Forum', FORUM_FIELDS, {
    edit: ForumEditDocument,
    create: ForumCreateDocument,
    update: ForumUpdateDocument,
  }),
  Strategy: editKind('Strategy', STRATEGY_FIELDS, {
    edit: StrategyEditDocument,
    create: StrategyCreateDocument,
    update: StrategyUpdateDocument,
  }),
  ForumMembership: {
    ...editKind('ForumMembership', MEMBERSHIP_FIELDS, {
      edit: ForumMembershipEditDocument,
      create: ForumMembershipCreateDocument,
      update: ForumMembershipUpdateDocument,
    }),
    given: [{ name: 'forum', kind: 'ref', search: 'FORUM', required: true, createOnly: true }],
  },
  Position: {
    ...editKind('Position', POSITION_FIELDS, {
      edit: PositionEditDocument,
      create: PositionCreateDocument,
      update: PositionUpdateDocument,
    }),
    given: [{ name: 'person', kind: 'ref', search: 'PERSON', required: true, createOnly: true }],
  },
  ...PLAN_KINDS,
  ...MEETING_KINDS,
  ...REVIEW_KINDS,
};

/** A new record's defaults: the first of each required enum's values, the rest empty. */
export function blankValues(kind: EditKind): Values {
  return valuesOf(
    kind.fields,
    Object.fromEntries(
      kind.fields.flatMap((field) =>
        field.kind === 'enum' && field.required ? [[field.name, field.values[0]]] : [],
      ),
    ),
  );
}
