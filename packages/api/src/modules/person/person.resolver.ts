import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Access, PUBLIC } from '../../core/graphql/access';
import { PageArgs, toConnection } from '../../core/graphql/connection';
import { mutationPayload } from '../../core/graphql/payload';
import { AsOfArg, KnownAtArg, knownAtOf } from '../../core/graphql/valid-time';
import { argumentId, decodeInputIds } from '../../core/relay/global-id';
import { GraphQLJSONObject } from 'graphql-scalars';
import { today } from '../../core/valid-time';
import type { Context } from '../../context';
import { citationIds, RecordResolver } from '../citation';
import { IdentifierType } from '../identifier';
import type { PersonEntity } from './person.entity';
import {
  PersonConnection,
  PersonCreateInput,
  PersonEraseInput,
  PersonErasePayload,
  PersonOrderInput,
  PersonFilterInput,
  PersonPayload,
  PersonType,
  PersonUpdateInput,
} from './person.types';
import { PositionType } from './position.types';
import { OrderByArg } from '../../core/graphql/order';
import { personCitations } from './person.service';

@Resolver(() => PersonType)
export class PersonResolver extends RecordResolver(PersonType, 'Person', personCitations) {
  @Query(() => PersonType, { nullable: true, description: 'The person with this slug.' })
  @Access(PUBLIC)
  person(
    @Arg('slug', { description: 'The slug, e.g. "maria-kumpula".' }) slug: string,
    @Ctx() { services, viewer }: Context,
  ) {
    return services.person.findBySlug(viewer, slug);
  }

  @Query(() => GraphQLJSONObject, {
    description:
      'Everything the register stores about a person, audit log included, as JSON: for their request to see it (admins only).',
  })
  @Access('ADMIN')
  personDataExport(
    @Arg('person', () => ID, { description: 'The person.' }) person: string,
    @Ctx() { services, viewer }: Context,
  ) {
    return services.personData.export(viewer, argumentId(person, 'Person', 'person'));
  }

  @Query(() => PersonType, {
    nullable: true,
    description:
      'The person Wikidata knows by this item, for matching registers; an unknown scheme is BAD_USER_INPUT.',
  })
  @Access(PUBLIC)
  personByIdentifier(
    @Arg('scheme', { description: 'The register: "wikidata".' }) scheme: string,
    @Arg('value', { description: 'The identifier, e.g. "Q42" or its wikidata.org address.' })
    value: string,
    @Ctx() { services, viewer }: Context,
  ) {
    return services.person.findByIdentifier(viewer, { scheme, value });
  }

  @Query(() => PersonConnection, {
    description: 'People in public roles, filtered and sorted (by name unless told).',
  })
  @Access(PUBLIC)
  async people(
    @Args() page: PageArgs,
    @Arg('filter', () => PersonFilterInput, {
      nullable: true,
      description: 'Which people to list.',
    })
    filter: PersonFilterInput | null,
    @OrderByArg(PersonOrderInput, 'by name') orderBy: PersonOrderInput | null,
    @Ctx() { services, viewer }: Context,
  ) {
    return toConnection(await services.person.list(viewer, filter ?? {}, page, orderBy));
  }

  @Mutation(() => PersonPayload, { description: 'Records a person in a public role.' })
  @Access('EDITOR')
  personCreate(
    @Arg('input', { description: 'The new person.' }) input: PersonCreateInput,
    @Ctx() { services, caller }: Context,
  ) {
    return mutationPayload('person', async () => {
      const sources = decodeInputIds((ids) => citationIds(ids, input.sources));
      return services.person.create(caller, {
        ...input,
        sources,
        identifiers: input.identifiers ?? [],
      });
    });
  }

  @Mutation(() => PersonPayload, { description: 'Changes a person; pass the version you read.' })
  @Access('EDITOR')
  personUpdate(
    @Arg('input', { description: 'The changes.' }) input: PersonUpdateInput,
    @Ctx() { services, caller }: Context,
  ) {
    return mutationPayload('person', async () => {
      const { id, sources } = decodeInputIds((ids) => ({
        id: ids.one(input.id, 'Person', 'id') ?? '',
        sources: citationIds(ids, input.sources),
      }));
      return services.person.update(caller, { ...input, id, sources });
    });
  }

  @Mutation(() => PersonErasePayload, {
    description:
      'Erases a person at their request (GDPR art. 17, admins only): their name becomes a placeholder ("Raderad person …") and their work contact, identifiers and citations go, in the register and in the audit log alike; their positions, memberships and responsibilities stay, as the placeholder\'s. Recorded in the audit log (ERASE, with the reason) and in the erasure ledger, which the API re-applies after a backup is restored. Cannot be undone.',
  })
  @Access('ADMIN')
  personErase(
    @Arg('input', { description: 'The person and the reason.' }) input: PersonEraseInput,
    @Ctx() { services, viewer, caller }: Context,
  ) {
    return mutationPayload('person', async () => {
      const person = decodeInputIds((ids) => ids.one(input.person, 'Person', 'person') ?? '');
      return services.personErasure.erase(viewer, caller, { person, reason: input.reason });
    });
  }

  @FieldResolver(() => [IdentifierType], {
    description: 'Its identifiers in external registers: its Wikidata item, if recorded.',
  })
  identifiers(@Root() person: PersonEntity, @Ctx() { loaders }: Context) {
    return loaders.personIdentifiers.load(person.id);
  }

  @FieldResolver(() => [PositionType], {
    description: 'The positions the person holds on the day.',
  })
  positions(
    @Root() person: PersonEntity,
    @AsOfArg() asOf: string | null,
    @KnownAtArg() knownAt: Date | null,
    @Ctx() { loaders }: Context,
  ) {
    return loaders
      .positionsOfPerson({ asOf: asOf ?? today(), knownAt: knownAtOf(knownAt) })
      .load(person.id);
  }
}
