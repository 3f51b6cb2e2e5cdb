import { ChangesFromField } from '../../core/graphql/valid-time';
import { LocalDateResolver } from 'graphql-scalars';
import {
  Field,
  GraphQLISODateTime,
  ID,
  InputType,
  Int,
  ObjectType,
  registerEnumType,
} from 'type-graphql';
import { enumOf } from '../../core/graphql/enums';
import { OrderInput, RECORD_ORDER } from '../../core/graphql/order';
import { Node, RecordNode } from '../../core/graphql/node';
import { Connection } from '../../core/graphql/connection';
import { Payload } from '../../core/graphql/payload';
import { CitationInput } from '../citation';
import { IdentifierInput } from '../identifier';
import {
  ACTOR_LEVELS,
  ACTOR_SECTORS,
  ACTOR_TYPES,
  type ActorLevel,
  type ActorSector,
  type ActorKind,
} from './actor.entity';

export const ActorSectorEnum = enumOf(ACTOR_SECTORS);
registerEnumType(ActorSectorEnum, {
  name: 'ActorSector',
  description: 'The sector of the quadruple helix an actor belongs to.',
  valuesConfig: {
    PUBLIC: { description: 'Public sector: state, region, municipalities, agencies.' },
    BUSINESS: { description: 'Business and business organisations.' },
    ACADEMIA: { description: 'Universities and research.' },
    CIVIL_SOCIETY: { description: 'Associations, federations, cooperatives.' },
  },
});

export const ActorLevelEnum = enumOf(ACTOR_LEVELS);
registerEnumType(ActorLevelEnum, {
  name: 'ActorLevel',
  description: 'The geographic level an actor works at.',
  valuesConfig: {
    LOCAL: { description: 'One municipality or place.' },
    REGIONAL: { description: 'A county or region.' },
    NATIONAL: { description: 'The whole country.' },
    EU: { description: 'The European Union.' },
  },
});

export const ActorKindEnum = enumOf(ACTOR_TYPES);
registerEnumType(ActorKindEnum, {
  name: 'ActorKind',
  description: 'What kind of organisation an actor is.',
  valuesConfig: {
    REGION: { description: 'A region (regional council), e.g. Region Jämtland Härjedalen.' },
    MUNICIPALITY: { description: 'A municipality (kommun).' },
    MUNICIPAL_ASSOCIATION: { description: 'An association of municipalities (kommunförbund).' },
    COUNTY_ADMINISTRATIVE_BOARD: { description: 'A county administrative board (länsstyrelse).' },
    GOVERNMENT_AGENCY: { description: 'A government agency (myndighet).' },
    INDIGENOUS_PARLIAMENT: { description: 'An indigenous parliament (Sametinget).' },
    UNIVERSITY: { description: 'A university or college.' },
    BUSINESS_ORGANISATION: { description: 'An organisation of businesses.' },
    BUSINESS_SUPPORT: { description: 'A business development or financing body.' },
    COOPERATIVE_DEVELOPMENT: { description: 'A cooperative development agency.' },
    SPORTS_FEDERATION: { description: 'A sports federation.' },
    TOURISM_ORGANISATION: { description: 'A tourism organisation.' },
    CHAMBER_OF_COMMERCE: { description: 'A chamber of commerce.' },
    EU_PROGRAMME_BODY: { description: 'A body of an EU programme (e.g. a Leader area).' },
    CONSULTANCY: { description: 'A consultancy.' },
    POLITICAL_BODY: { description: 'A political body of an organisation, e.g. a committee.' },
    COMPANY: { description: 'A company.' },
    OTHER: { description: 'Anything else.' },
  },
});

export const ActorOrderInput = OrderInput('Actor', 'actors', RECORD_ORDER);
export type ActorOrderInput = InstanceType<typeof ActorOrderInput>;

@ObjectType('Actor', {
  implements: Node,
  description: 'An organisation taking part in regional development.',
})
export class ActorType extends RecordNode {
  @Field({ description: 'The full name, e.g. "Region Jämtland Härjedalen".' })
  name: string;

  @Field(() => String, { nullable: true, description: 'A short name or acronym, e.g. "MIUN".' })
  shortName: string | null;

  @Field({ description: 'A stable, readable identifier for URLs and scripts.' })
  slug: string;

  @Field(() => ActorSectorEnum, { description: 'The quadruple-helix sector.' })
  sector: ActorSector;

  @Field(() => ActorLevelEnum, { description: 'The level it works at.' })
  level: ActorLevel;

  @Field(() => ActorKindEnum, { description: 'What kind of organisation it is.' })
  type: ActorKind;

  @Field(() => String, { nullable: true, description: 'Its web site.' })
  website: string | null;

  @Field(() => String, { nullable: true, description: 'What it does, in a few sentences.' })
  description: string | null;

  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: 'When it was archived; null while active.',
  })
  archivedAt: Date | null;

  @Field(() => LocalDateResolver, {
    nullable: true,
    description: 'The first day it no longer acts, as archiving it said; null while active.',
  })
  archivedOn: string | null;
}

@ObjectType('ActorSnapshot', {
  description:
    "An actor's own fields as the register said them at a moment (`Actor.asKnownAt`), rebuilt from the audit log.",
})
export class ActorSnapshotType {
  @Field({ description: 'The full name then.' })
  name: string;

  @Field(() => String, { nullable: true, description: 'The short name or acronym then.' })
  shortName: string | null;

  @Field(() => ActorSectorEnum, { description: 'The quadruple-helix sector then.' })
  sector: ActorSector;

  @Field(() => ActorLevelEnum, { description: 'The level it worked at then.' })
  level: ActorLevel;

  @Field(() => ActorKindEnum, { description: 'What kind of organisation it was then.' })
  type: ActorKind;

  @Field(() => String, { nullable: true, description: 'What it did, as described then.' })
  description: string | null;

  @Field(() => String, { nullable: true, description: 'Its web site then.' })
  website: string | null;

  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: 'When it was archived, if it was by then; null while active.',
  })
  archivedAt: Date | null;
}

export const ActorConnection = Connection(ActorType, 'Actor');

@InputType('ActorFilter', { description: 'Narrows a list of actors; all given conditions apply.' })
export class ActorFilterInput {
  @Field(() => ActorSectorEnum, { nullable: true, description: 'Only this sector.' })
  sector?: ActorSector | null;

  @Field(() => ActorLevelEnum, { nullable: true, description: 'Only this level.' })
  level?: ActorLevel | null;

  @Field(() => ID, {
    nullable: true,
    description: 'Only actors working in this area or within it.',
  })
  area?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Words to look for in names, short names and descriptions (Swedish stemming, prefixes match).',
  })
  search?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Include archived actors (default false).' })
  includeArchived?: boolean | null;
}

@InputType('ActorCreateInput', { description: 'A new actor.' })
export class ActorCreateInput {
  @Field({ description: 'The full name.' })
  name: string;

  @Field(() => String, { nullable: true, description: 'A short name or acronym.' })
  shortName?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The slug; made from the name when left out.',
  })
  slug?: string | null;

  @Field(() => ActorSectorEnum, { description: 'The quadruple-helix sector.' })
  sector: ActorSector;

  @Field(() => ActorLevelEnum, { description: 'The level it works at.' })
  level: ActorLevel;

  @Field(() => ActorKindEnum, { description: 'What kind of organisation it is.' })
  type: ActorKind;

  @Field(() => [ID], { nullable: true, description: 'The areas it works in.' })
  areas?: string[] | null;

  @Field(() => ID, { nullable: true, description: 'The organisation it is part of.' })
  parent?: string | null;

  @Field(() => String, { nullable: true, description: 'Its web site (https://…).' })
  website?: string | null;

  @Field(() => String, { nullable: true, description: 'What it does.' })
  description?: string | null;

  @Field(() => [CitationInput], { nullable: true, description: 'Where these facts come from.' })
  sources?: CitationInput[] | null;

  @Field(() => [IdentifierInput], {
    nullable: true,
    description: 'Its identifiers in external registers (organisation number, Wikidata…).',
  })
  identifiers?: IdentifierInput[] | null;
}

@InputType('ActorUpdateInput', {
  description: 'Changes to an actor; omitted fields stay as they are.',
})
export class ActorUpdateInput {
  @Field(() => ID, { description: 'The actor to change.' })
  id: string;

  @Field(() => Int, { description: 'The version you read; a stale one changes nothing.' })
  version: number;

  @Field(() => String, { nullable: true, description: 'The full name.' })
  name?: string | null;

  @Field(() => String, { nullable: true, description: 'A short name or acronym (null clears it).' })
  shortName?: string | null;

  @Field(() => String, { nullable: true, description: 'The slug.' })
  slug?: string | null;

  @Field(() => ActorSectorEnum, { nullable: true, description: 'The quadruple-helix sector.' })
  sector?: ActorSector | null;

  @Field(() => ActorLevelEnum, { nullable: true, description: 'The level it works at.' })
  level?: ActorLevel | null;

  @Field(() => ActorKindEnum, { nullable: true, description: 'What kind of organisation it is.' })
  type?: ActorKind | null;

  @Field(() => [ID], { nullable: true, description: 'The areas it works in (replaces the list).' })
  areas?: string[] | null;

  @Field(() => ID, {
    nullable: true,
    description: 'The organisation it is part of (null clears it).',
  })
  parent?: string | null;

  @ChangesFromField('areas and parent')
  changesFrom?: string | null;

  @Field(() => String, { nullable: true, description: 'Its web site (null clears it).' })
  website?: string | null;

  @Field(() => String, { nullable: true, description: 'What it does (null clears it).' })
  description?: string | null;

  @Field(() => [CitationInput], {
    nullable: true,
    description: 'Where these facts come from (replaces the list).',
  })
  sources?: CitationInput[] | null;

  @Field(() => [IdentifierInput], {
    nullable: true,
    description: 'Its identifiers in external registers (replaces the list).',
  })
  identifiers?: IdentifierInput[] | null;
}

export const ActorPayload = Payload(ActorType, 'Actor', {
  description: 'The result of creating or changing an actor.',
  noun: 'actor',
});
