import { Arg, Ctx, FieldResolver, Resolver, Root, type ClassType } from 'type-graphql';
import { AsOfArg, KnownAtArg, knownAtOf } from '../../core/graphql/valid-time';
import { today } from '../../core/valid-time';
import type { Context } from '../../context';
import type { ResponsibilityRole } from './responsibility.entity';
import type { ResponsibilityService } from './responsibility.service';
import { ResponsibilityRoleEnum, ResponsibilityType } from './responsibility.types';

/** The loaders that list the responsibilities for one kind of record. */
type ListLoaderName = Extract<
  keyof ReturnType<ResponsibilityService['loaders']>,
  `responsibilities${string}`
>;

/**
 * `responsibilities(role, asOf)` on a type that responsibilities point at; each such type has its
 * own `<type>.fields.ts` here. `type` is a thunk: the type's module may not be loaded yet.
 */
export function ResponsibilitiesField(
  type: () => ClassType,
  list: ListLoaderName,
  description: string,
) {
  @Resolver(type)
  class ResponsibilitiesFieldResolver {
    @FieldResolver(() => [ResponsibilityType], { description })
    responsibilities(
      @Root() record: { id: string },
      @Arg('role', () => ResponsibilityRoleEnum, { nullable: true, description: 'Only this role.' })
      role: ResponsibilityRole | null,
      @AsOfArg() asOf: string | null,
      @KnownAtArg() knownAt: Date | null,
      @Ctx() { loaders }: Context,
    ) {
      return loaders[list]({ asOf: asOf ?? today(), knownAt: knownAtOf(knownAt), role }).load(
        record.id,
      );
    }
  }
  return ResponsibilitiesFieldResolver;
}
