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
  type UserErrorFieldsFragment,
} from '@samverkan/schema';
import { request } from '../graphql';
import { valuesOf, type FieldSpec, type Values } from './fields';

/** What a write answered: its user errors, and the record's address parts when it was made. */
export interface Written {
  errors: UserErrorFieldsFragment[];
  record: { slug?: string } | null;
}

/** A record as a form starts from it: its version and its values. */
export interface Loaded {
  version: number;
  values: Values;
}

/** The kinds of record the client edits, by the API's type name. */
export type EditTypename = 'Actor' | 'Person' | 'Forum' | 'Strategy';

/** The relations the client edits. */
export type RelationTypename = 'ForumMembership' | 'Position';

/**
 * How a kind of record is edited: its form's fields, how the form reads the record afresh, and
 * the create and update mutations (given the API's input).
 */
export interface EditKind {
  typename: EditTypename | RelationTypename;
  fields: readonly FieldSpec[];
  /**
   * What a new one takes from the page it is added on (a membership's forum, a position's
   * person), asked for where it is made from elsewhere: a passage of a source document.
   */
  given?: readonly FieldSpec[];
  load: (id: string) => Promise<Loaded | null>;
  create: (input: Record<string, unknown>) => Promise<Written>;
  update: (input: { id: string; version: number } & Record<string, unknown>) => Promise<Written>;
}

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

/** A record read by `node(id:)` as a form's start, or null when it is gone or another type. */
function loaded(
  fields: readonly FieldSpec[],
  typename: EditKind['typename'],
  node: { __typename: string } | null,
): Loaded | null {
  if (node?.__typename !== typename) return null;
  const record = node as unknown as Record<string, unknown> & { version: number };
  return { version: record.version, values: valuesOf(fields, record) };
}

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
  { name: 'member', kind: 'ref', search: 'ACTOR', required: true, createOnly: true },
  { name: 'role', kind: 'enum', values: MEMBERSHIP_ROLES, required: true },
  { name: 'category', kind: 'text' },
  { name: 'representatives', kind: 'refs', search: 'PERSON' },
  { name: 'externalRepresentatives', kind: 'refs', search: 'PERSON' },
  { name: 'validFrom', kind: 'date' },
  { name: 'validTo', kind: 'date' },
];

const POSITION_FIELDS: FieldSpec[] = [
  { name: 'actor', kind: 'ref', search: 'ACTOR', required: true, createOnly: true },
  { name: 'title', kind: 'text' },
  { name: 'validFrom', kind: 'date' },
  { name: 'validTo', kind: 'date' },
];

type Update = { id: string; version: number } & Record<string, unknown>;

export const EDIT_KINDS: Record<EditTypename | RelationTypename, EditKind> = {
  Actor: {
    typename: 'Actor',
    fields: ACTOR_FIELDS,
    load: async (id) =>
      loaded(ACTOR_FIELDS, 'Actor', (await request(ActorEditDocument, { id })).node),
    create: async (input) => {
      const { actorCreate } = await request(ActorCreateDocument, { input: input as never });
      return { errors: actorCreate.userErrors, record: actorCreate.actor };
    },
    update: async (input: Update) => {
      const { actorUpdate } = await request(ActorUpdateDocument, { input });
      return { errors: actorUpdate.userErrors, record: actorUpdate.actor };
    },
  },
  Person: {
    typename: 'Person',
    fields: PERSON_FIELDS,
    load: async (id) =>
      loaded(PERSON_FIELDS, 'Person', (await request(PersonEditDocument, { id })).node),
    create: async (input) => {
      const { personCreate } = await request(PersonCreateDocument, { input: input as never });
      return { errors: personCreate.userErrors, record: personCreate.person };
    },
    update: async (input: Update) => {
      const { personUpdate } = await request(PersonUpdateDocument, { input });
      return { errors: personUpdate.userErrors, record: personUpdate.person };
    },
  },
  Forum: {
    typename: 'Forum',
    fields: FORUM_FIELDS,
    load: async (id) =>
      loaded(FORUM_FIELDS, 'Forum', (await request(ForumEditDocument, { id })).node),
    create: async (input) => {
      const { forumCreate } = await request(ForumCreateDocument, { input: input as never });
      return { errors: forumCreate.userErrors, record: forumCreate.forum };
    },
    update: async (input: Update) => {
      const { forumUpdate } = await request(ForumUpdateDocument, { input });
      return { errors: forumUpdate.userErrors, record: forumUpdate.forum };
    },
  },
  Strategy: {
    typename: 'Strategy',
    fields: STRATEGY_FIELDS,
    load: async (id) =>
      loaded(STRATEGY_FIELDS, 'Strategy', (await request(StrategyEditDocument, { id })).node),
    create: async (input) => {
      const { strategyCreate } = await request(StrategyCreateDocument, { input: input as never });
      return { errors: strategyCreate.userErrors, record: strategyCreate.strategy };
    },
    update: async (input: Update) => {
      const { strategyUpdate } = await request(StrategyUpdateDocument, { input });
      return { errors: strategyUpdate.userErrors, record: strategyUpdate.strategy };
    },
  },
  ForumMembership: {
    typename: 'ForumMembership',
    fields: MEMBERSHIP_FIELDS,
    given: [{ name: 'forum', kind: 'ref', search: 'FORUM', required: true, createOnly: true }],
    load: async (id) =>
      loaded(
        MEMBERSHIP_FIELDS,
        'ForumMembership',
        (await request(ForumMembershipEditDocument, { id })).node,
      ),
    create: async (input) => {
      const { forumMembershipCreate } = await request(ForumMembershipCreateDocument, {
        input: input as never,
      });
      return { errors: forumMembershipCreate.userErrors, record: null };
    },
    update: async (input: Update) => {
      const { forumMembershipUpdate } = await request(ForumMembershipUpdateDocument, { input });
      return { errors: forumMembershipUpdate.userErrors, record: null };
    },
  },
  Position: {
    typename: 'Position',
    fields: POSITION_FIELDS,
    given: [{ name: 'person', kind: 'ref', search: 'PERSON', required: true, createOnly: true }],
    load: async (id) =>
      loaded(POSITION_FIELDS, 'Position', (await request(PositionEditDocument, { id })).node),
    create: async (input) => {
      const { positionCreate } = await request(PositionCreateDocument, { input: input as never });
      return { errors: positionCreate.userErrors, record: null };
    },
    update: async (input: Update) => {
      const { positionUpdate } = await request(PositionUpdateDocument, { input });
      return { errors: positionUpdate.userErrors, record: null };
    },
  },
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
