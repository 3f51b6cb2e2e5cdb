import { Ctx, FieldResolver, GraphQLISODateTime, Query, Resolver } from 'type-graphql';
import { Access, PUBLIC } from '../../core/graphql/access';
import type { Context } from '../../context';
import { AboutType } from './about.types';

@Resolver(() => AboutType)
export class AboutResolver {
  @Query(() => AboutType, {
    description: 'What the service says about itself: its contact address, when its data changed.',
  })
  @Access(PUBLIC)
  about(@Ctx() { services }: Context): Partial<AboutType> {
    return { contactEmail: services.about.contactEmail };
  }

  @FieldResolver(() => GraphQLISODateTime, { nullable: true })
  dataChangedAt(@Ctx() { services, viewer }: Context) {
    return services.change.latestAt(viewer);
  }
}
