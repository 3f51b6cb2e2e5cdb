import {
  createUnionType,
  Field,
  ID,
  InputType,
  Int,
  ObjectType,
  registerEnumType,
} from 'type-graphql';
import { Node, nodeTypeOf } from '../../core/graphql/node';
import { Payload } from '../../core/graphql/payload';
import {
  EndInput,
  ValidTimeCreateInput,
  ValidTimeNode,
  ValidTimeUpdateInput,
} from '../../core/graphql/valid-time';
import { enumOf } from '../../core/graphql/enums';
import { AreaType } from '../area';
import { CitationInput } from '../citation';
import { ForumType } from '../forum';
import { ObjectiveType, StrategyType } from '../strategy';
import { TopicType } from '../topic';
import { RACI_ROLES, type RaciRole } from './raci';
import {
  RESPONSIBILITY_ROLES,
  RESPONSIBILITY_STATUSES,
  type ResponsibilityRole,
  type ResponsibilityStatus,
} from './responsibility.entity';

export const ResponsibilityRoleEnum = enumOf(RESPONSIBILITY_ROLES);
registerEnumType(ResponsibilityRoleEnum, {
  name: 'ResponsibilityRole',
  description:
    'What an actor does for a subject: a superset of RACI (see `raci` for the plain letter).',
  valuesConfig: {
    LEADS: { description: 'Answers for the outcome ("ansvarar"). RACI: Accountable.' },
    CONVENES: {
      description: 'Calls and leads the work ("sammankallar och leder"). RACI: Responsible.',
    },
    EXECUTES: { description: 'Carries out the work ("genomför"). RACI: Responsible.' },
    FUNDS: { description: 'Pays for it. RACI: Consulted.' },
    CONTRIBUTES: {
      description: 'Takes part and contributes ("deltar/bidrar"). RACI: Responsible.',
    },
    CONSULTED: { description: 'Is asked before decisions. RACI: Consulted.' },
    INFORMED: { description: 'Is kept informed. RACI: Informed.' },
  },
});

export const RaciRoleEnum = enumOf(RACI_ROLES);
registerEnumType(RaciRoleEnum, {
  name: 'RaciRole',
  description: 'The plain RACI letter of a responsibility.',
  valuesConfig: {
    RESPONSIBLE: { description: 'R: does the work (CONVENES, EXECUTES, CONTRIBUTES).' },
    ACCOUNTABLE: { description: 'A: answers for the outcome (LEADS).' },
    CONSULTED: { description: 'C: is consulted (CONSULTED, FUNDS).' },
    INFORMED: { description: 'I: is informed (INFORMED).' },
  },
});

export const ResponsibilityStatusEnum = enumOf(RESPONSIBILITY_STATUSES);
registerEnumType(ResponsibilityStatusEnum, {
  name: 'ResponsibilityStatus',
  description: 'Where a responsibility stands.',
  valuesConfig: {
    PROPOSED: { description: 'Proposed, not yet decided.' },
    ACTIVE: { description: 'Decided and held.' },
    ENDED: { description: 'No longer held.' },
  },
});

export const ResponsibilitySubject = createUnionType({
  name: 'ResponsibilitySubject',
  description: 'What a responsibility is for.',
  types: () => [StrategyType, ObjectiveType, ForumType, AreaType, TopicType] as const,
  resolveType: (value) => nodeTypeOf(value),
});

@ObjectType('Mandate', { description: 'What gives an actor its responsibility.' })
export class MandateType {
  @Field({ description: 'The mandate in words, e.g. "regionalt utvecklingsansvarig aktör (RUA)".' })
  text: string;

  @Field(() => String, {
    nullable: true,
    description:
      'The law or document it rests on, e.g. "Lag (2010:630) om regionalt utvecklingsansvar i vissa län".',
  })
  reference: string | null;
}

@ObjectType('Responsibility', {
  implements: Node,
  description: "Who does what: an actor's role for one subject, under a mandate, for a period.",
})
export class ResponsibilityType extends ValidTimeNode {
  @Field(() => ResponsibilityRoleEnum, { description: 'What the actor does for the subject.' })
  role: ResponsibilityRole;

  @Field(() => ResponsibilityStatusEnum, { description: 'Proposed, active or ended.' })
  status: ResponsibilityStatus;

  @Field({
    description:
      'Whether its person acts for the actor from outside (an external representative), holding no position there.',
  })
  personIsExternal: boolean;
}

@InputType('MandateInput', { description: 'What gives an actor its responsibility.' })
export class MandateInput {
  @Field({ description: 'The mandate in words.' })
  text: string;

  @Field(() => String, { nullable: true, description: 'The law or document it rests on.' })
  reference?: string | null;
}

@InputType('ResponsibilityCreateInput', { description: 'A new responsibility.' })
export class ResponsibilityCreateInput extends ValidTimeCreateInput {
  @Field(() => ID, { description: 'The actor that holds it.' })
  actor: string;

  @Field(() => ID, { nullable: true, description: 'The person acting for the actor, if any.' })
  person?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description:
      'The person acts for the actor from outside, holding no position there (an external representative). Otherwise they must hold a position at the actor when it begins. Default: false.',
  })
  personIsExternal?: boolean | null;

  @Field(() => ResponsibilityRoleEnum, { description: 'What the actor does.' })
  role: ResponsibilityRole;

  @Field(() => ID, { description: 'What it is for: a Strategy, Objective, Forum, Area or Topic.' })
  subject: string;

  @Field(() => MandateInput, {
    nullable: true,
    description: 'What gives the actor this responsibility.',
  })
  mandate?: MandateInput | null;

  @Field(() => ResponsibilityStatusEnum, {
    nullable: true,
    description: 'Default ACTIVE (ENDED when validTo is given).',
  })
  status?: ResponsibilityStatus | null;

  @Field(() => [CitationInput], { nullable: true, description: 'Where these facts come from.' })
  sources?: CitationInput[] | null;
}

@InputType('ResponsibilityUpdateInput', {
  description: 'Changes to a responsibility; actor and subject stay (end it and record a new one).',
})
export class ResponsibilityUpdateInput extends ValidTimeUpdateInput {
  @Field(() => ID, { description: 'The responsibility to change.' })
  id: string;

  @Field(() => Int, { description: 'The version you read; a stale one changes nothing.' })
  version: number;

  @Field(() => ID, {
    nullable: true,
    description: 'The person acting for the actor (null clears it).',
  })
  person?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description:
      'The person acts for the actor from outside, holding no position there (an external representative). Otherwise they must hold a position at the actor when it begins. Default: false.',
  })
  personIsExternal?: boolean | null;

  @Field(() => ResponsibilityRoleEnum, { nullable: true, description: 'What the actor does.' })
  role?: ResponsibilityRole | null;

  @Field(() => MandateInput, { nullable: true, description: 'The mandate (null clears it).' })
  mandate?: MandateInput | null;

  @Field(() => ResponsibilityStatusEnum, {
    nullable: true,
    description: 'Proposed, active or ended.',
  })
  status?: ResponsibilityStatus | null;

  @Field(() => [CitationInput], {
    nullable: true,
    description: 'Where these facts come from (replaces the list).',
  })
  sources?: CitationInput[] | null;
}

export const ResponsibilityEndInput = EndInput('Responsibility');

export const ResponsibilityPayload = Payload(ResponsibilityType, 'Responsibility', {
  description: 'The result of creating, changing or ending a responsibility.',
  noun: 'responsibility',
});

export type { RaciRole };
