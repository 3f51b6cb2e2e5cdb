import { Arg, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Access, PUBLIC } from '../../core/graphql/access';
import { AuditedResolver } from '../../core/graphql/audited.resolver';
import { mutationPayload } from '../../core/graphql/payload';
import { decodeInputIds } from '../../core/relay/global-id';
import type { Context } from '../../context';
import type { IdentifierSchemeEntity } from './identifier-scheme.entity';
import {
  IdentifiedRecordTypeEnum,
  IdentifierSchemeCreateInput,
  IdentifierSchemePayload,
  IdentifierSchemeType,
  IdentifierSchemeUpdateInput,
} from './identifier-scheme.types';
import { builtInScheme, type IdentifiedKind } from './schemes';

@Resolver(() => IdentifierSchemeType)
export class IdentifierSchemeResolver extends AuditedResolver(
  IdentifierSchemeType,
  'IdentifierScheme',
) {
  @Query(() => [IdentifierSchemeType], {
    description: 'The registry of identifier schemes, by name: what identifiers may be given in.',
  })
  @Access(PUBLIC)
  identifierSchemes(
    @Arg('appliesTo', () => IdentifiedRecordTypeEnum, {
      nullable: true,
      description: 'Only the schemes for this type of record.',
    })
    appliesTo: IdentifiedKind | null,
    @Ctx() { services }: Context,
  ) {
    return services.identifierScheme.list(appliesTo);
  }

  @Mutation(() => IdentifierSchemePayload, {
    description: 'Adds an identifier scheme to the registry (admins only).',
  })
  @Access('ADMIN')
  identifierSchemeCreate(
    @Arg('input', { description: 'The new scheme.' }) input: IdentifierSchemeCreateInput,
    @Ctx() { services, caller }: Context,
  ) {
    return mutationPayload('identifierScheme', () =>
      services.identifierScheme.create(caller, input),
    );
  }

  @Mutation(() => IdentifierSchemePayload, {
    description: 'Changes an identifier scheme; pass the version you read (admins only).',
  })
  @Access('ADMIN')
  identifierSchemeUpdate(
    @Arg('input', { description: 'The changes.' }) input: IdentifierSchemeUpdateInput,
    @Ctx() { services, caller }: Context,
  ) {
    return mutationPayload('identifierScheme', () => {
      const id = decodeInputIds((ids) => ids.one(input.id, 'IdentifierScheme', 'id') ?? '');
      return services.identifierScheme.update(caller, { ...input, id });
    });
  }

  @FieldResolver(() => Boolean, {
    description:
      'Whether the scheme is built in: its values are normalised and checked in code (check digits, personal identity numbers refused), besides its pattern.',
  })
  builtIn(@Root() scheme: IdentifierSchemeEntity): boolean {
    return builtInScheme(scheme.name) !== undefined;
  }
}
