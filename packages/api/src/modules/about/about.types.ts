import { Field, GraphQLISODateTime, ObjectType } from 'type-graphql';

@ObjectType('ServiceInfo', {
  description:
    'What the service says about itself, for its about and accessibility pages: how to reach those who run it and when its data last changed.',
})
export class AboutType {
  @Field(() => String, {
    nullable: true,
    description:
      'The address that reaches those who run this service (questions, errors in the data, accessibility problems): the `CONTACT_EMAIL` it was started with; null when none was given.',
  })
  contactEmail: string | null;

  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description:
      'When the register last changed: the time of the latest change in its audit log that the caller may see; null before any.',
  })
  dataChangedAt: Date | null;
}
