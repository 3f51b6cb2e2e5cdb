import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType('AreaFigures', {
  description:
    'How many actors, responsibilities, forums and memberships an area has on a day: what a map of areas shades by.',
})
export class AreaFiguresType {
  /** The area counted; the `area` field loads it. */
  areaId: string;

  @Field(() => Int, {
    description: 'Actors not archived that day whose areas that day include the area.',
  })
  actors: number;

  @Field(() => Int, {
    description: 'Responsibilities for the area valid that day.',
  })
  responsibilities: number;

  @Field(() => Int, { description: 'Forums working for the area that day (status ACTIVE).' })
  forums: number;

  @Field(() => Int, {
    description: 'Memberships valid that day in the forums for the area.',
  })
  memberships: number;
}
