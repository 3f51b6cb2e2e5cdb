import { Field, Int, ObjectType } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';
import { type ActorLevel, ActorLevelEnum, type ActorSector, ActorSectorEnum } from '../actor';
import { type ForumMembershipEntity, ForumMembershipType } from '../forum';
import type { MemberReference } from './composition.service';

@ObjectType('SectorCount', { description: 'How many member actors belong to a sector.' })
export class SectorCountType {
  @Field(() => ActorSectorEnum, { description: 'The sector of the quadruple helix.' })
  sector: ActorSector;

  @Field(() => Int, { description: 'The member actors of that sector; zero when none.' })
  count: number;
}

@ObjectType('LevelCount', { description: 'How many member actors work at a level.' })
export class LevelCountType {
  @Field(() => ActorLevelEnum, { description: 'The level.' })
  level: ActorLevel;

  @Field(() => Int, { description: 'The member actors at that level; zero when none.' })
  count: number;
}

@ObjectType('AreaCount', { description: 'How many member actors work in an area.' })
export class AreaCountType {
  areaId: string;

  @Field(() => Int, { description: 'The member actors that work in the area.' })
  count: number;
}

@ObjectType('MunicipalityCoverage', {
  description:
    "The municipalities within a forum's area (at any depth), split by whether some member actor works there.",
})
export class MunicipalityCoverageType {
  representedIds: string[];
  missingIds: string[];
}

@ObjectType('MemberRepresentativeCount', {
  description: 'How many people act for a member of a forum.',
})
export class MemberRepresentativeCountType {
  member: MemberReference;

  @Field(() => Int, {
    description: 'The distinct people acting for the member, over all its memberships on the day.',
  })
  count: number;
}

@ObjectType('ForumComposition', {
  description:
    'Who sits in a forum on a day: its members counted by sector (the quadruple helix), level and area, the municipalities they cover, their representatives and the memberships ending soon.',
})
export class ForumCompositionType {
  @Field(() => LocalDateResolver, { description: 'The day described.' })
  asOf: string;

  @Field(() => Int, { description: 'The actors that are members, each once whatever its roles.' })
  actorMembers: number;

  @Field(() => Int, {
    description: 'The forums that are members; counted apart from actors and in no other count.',
  })
  forumMembers: number;

  @Field(() => [SectorCountType], {
    description:
      'Member actors per sector: all four sectors, always in the order PUBLIC, BUSINESS, ACADEMIA, CIVIL_SOCIETY.',
  })
  bySector: SectorCountType[];

  @Field(() => [LevelCountType], {
    description:
      'Member actors per level: every level, always in the order LOCAL, REGIONAL, NATIONAL, EU.',
  })
  byLevel: LevelCountType[];

  @Field(() => [AreaCountType], {
    description:
      'Member actors per area they work in (an actor in two areas counts in both), most first, then by code.',
  })
  byArea: AreaCountType[];

  @Field(() => MunicipalityCoverageType, {
    description:
      "The municipalities within the forum's area and whether a member actor works there; empty when the forum has no area.",
  })
  municipalities: MunicipalityCoverageType;

  @Field(() => [MemberRepresentativeCountType], {
    description: 'The number of people acting for each member (actors and forums), by name.',
  })
  representativesPerMember: MemberRepresentativeCountType[];

  @Field(() => [ForumMembershipType], {
    description:
      'The memberships valid on the day that end within 90 days after it (validTo at most asOf + 90), soonest first.',
  })
  endingSoon: ForumMembershipEntity[];
}
