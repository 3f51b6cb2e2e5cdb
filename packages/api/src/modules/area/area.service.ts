import type { EntityManager } from 'typeorm';
import { RecordService, type Validated } from '../../core/db/record-service';
import { requiredText } from '../../core/validate';
import { FieldErrors } from '../../core/errors';
import { byIdLoader, groupedLoader } from '../../core/db/loaders';
import type { PageRequest } from '../../core/relay/pagination';
import { type Citation, CitationStore } from '../citation';
import { type Identifier, IdentifierStore } from '../identifier';
import {
  AREA_KINDS,
  CUSTOM_AREA_KINDS,
  AreaEntity,
  type AreaKind,
  isReferenceKind,
} from './area.entity';
import { LinkTable } from '../../core/db/link-table';
import { checkChainReference } from '../../core/db/chain';
import type { Caller } from '../../core/audit/audit.service';
import type { UpdateInput } from '../../core/db/record-service';
import { paginateInOrder, type Order, type OrderColumns } from '../../core/relay/order';
import { batchedMany } from '../../core/db/prepared-select';
import { areasWithin } from '../../core/db/areas-within';

export type AreaOrderField = 'CODE' | 'NAME';
const AREA_ORDER_COLUMNS: OrderColumns<AreaEntity, AreaOrderField> = {
  CODE: { column: 'area.code', property: 'code' },
  NAME: { column: 'area.name', property: 'name' },
};
const BY_CODE: Order<AreaOrderField> = { field: 'CODE', direction: 'ASC' };

export interface AreaFilter {
  kind?: AreaKind | null;
  parentId?: string | null;
}

export interface AreaFields {
  code: string;
  name: string;
  kind: AreaKind;
  parentId?: string | null;
  /** The municipalities an area drawn across them covers; reference areas cover none. */
  municipalityIds?: string[];
  sources?: Citation[];
  identifiers?: Identifier[];
}

interface AreaLinks {
  municipalityIds: string[];
  sources: Citation[];
  identifiers: Identifier[];
}

function refuseReferenceKind(kind: AreaKind) {
  if (!isReferenceKind(kind)) return;
  new FieldErrors()
    .add(
      'kind',
      'REFERENCE_DATA',
      `Every database has Sweden's areas of kind ${kind} already; add areas of the kinds ${CUSTOM_AREA_KINDS.join(', ')}.`,
    )
    .throwIfAny();
}

export const areaCitations = new CitationStore('area_citation', 'area_id');
export const areaIdentifiers = new IdentifierStore('area');
/** The municipalities an area drawn across them covers, in order. */
const coveredMunicipalities = new LinkTable({
  table: 'area_municipality',
  ownerColumn: 'area_id',
  targetColumn: 'municipality_id',
  targetTable: 'area',
  label: 'area',
});

/**
 * Rules for areas: codes are unique, a parent must exist. Sweden's reference areas (country, NUTS
 * regions, counties, municipalities) are written only by the reference load (`reference/`);
 * through the API, admins add and change the other kinds, which may cover municipalities.
 */
export class AreaService extends RecordService<AreaEntity, AreaFields, AreaLinks> {
  protected readonly entity = AreaEntity;
  protected readonly recordType = 'Area';
  protected readonly label = 'area';

  /** Records an area drawn across municipalities; the reference kinds are refused. */
  createCustom(caller: Caller, input: AreaFields): Promise<AreaEntity> {
    refuseReferenceKind(input.kind);
    return this.create(caller, input);
  }

  /** Changes an area an admin added; reference areas stay as the reference data says. */
  updateCustom(caller: Caller, input: UpdateInput<AreaFields>): Promise<AreaEntity> {
    if (input.kind) refuseReferenceKind(input.kind);
    return this.inTransaction(undefined, async (tx) => {
      const area = await tx.getRepository(AreaEntity).findOneBy({ id: input.id });
      if (area && isReferenceKind(area.kind)) {
        new FieldErrors()
          .add(
            'id',
            'REFERENCE_DATA',
            `${area.name} is one of Sweden's reference areas, which follow SCB's and Eurostat's classifications and are not changed here.`,
          )
          .throwIfAny();
      }
      return this.update(caller, input, tx);
    });
  }

  /** The area an external register knows by this identifier. */
  async findByIdentifier(identifier: Identifier): Promise<AreaEntity | null> {
    const id = await areaIdentifiers.find(this.dataSource, identifier);
    return id ? this.dataSource.getRepository(AreaEntity).findOneBy({ id }) : null;
  }

  /** Every area of a kind, by code; only those within `withinId` (at any depth) when given. */
  ofKind(kind: AreaKind, withinId: string | null): Promise<AreaEntity[]> {
    const query = this.dataSource
      .getRepository(AreaEntity)
      .createQueryBuilder('area')
      .where('area.kind = :kind', { kind })
      .orderBy('area.code');
    if (withinId) query.andWhere(`area.id IN (${areasWithin(':withinId')})`, { withinId });
    return query.getMany();
  }

  findByCode(code: string): Promise<AreaEntity | null> {
    return this.dataSource.getRepository(AreaEntity).findOneBy({ code });
  }

  list(filter: AreaFilter, page: PageRequest, order: Order<AreaOrderField> | null = null) {
    const query = this.dataSource.getRepository(AreaEntity).createQueryBuilder('area');
    if (filter.kind) query.andWhere('area.kind = :kind', { kind: filter.kind });
    if (filter.parentId)
      query.andWhere('area.parent_id = :parentId', { parentId: filter.parentId });
    return paginateInOrder(query, page, order ?? BY_CODE, AREA_ORDER_COLUMNS);
  }

  protected async validate(
    tx: EntityManager,
    input: AreaFields,
    id: string | null,
  ): Promise<Validated<AreaEntity, AreaLinks>> {
    const errors = new FieldErrors();
    const code = requiredText(errors, 'code', input.code, 'The code', 20);
    const values = {
      code,
      name: requiredText(errors, 'name', input.name, 'The name', 200),
      kind: input.kind,
      parentId: input.parentId ?? null,
    };
    if (!AREA_KINDS.includes(values.kind)) errors.add('kind', 'INVALID', 'Unknown kind of area.');
    const sameCode = code ? await tx.getRepository(AreaEntity).findOneBy({ code }) : null;
    if (sameCode && sameCode.id !== id) {
      errors.add('code', 'TAKEN', `An area with the code ${code} exists already.`);
    }
    if (values.parentId) {
      await checkChainReference(tx, errors, {
        table: 'area',
        column: 'parent_id',
        field: 'parent',
        targetId: values.parentId,
        id,
        label: 'area',
        cycle: 'An area cannot lie within itself or an area within it.',
      });
    }
    const municipalityIds = await coveredMunicipalities.validate(
      tx,
      errors,
      'municipalities',
      input.municipalityIds ?? [],
    );
    if (municipalityIds.length > 0) {
      if (isReferenceKind(values.kind)) {
        errors.add(
          'municipalities',
          'INVALID',
          'Only areas drawn across municipalities cover them; a county has its municipalities within it.',
        );
      }
      const municipalities = await this.municipalitiesAmong(tx, municipalityIds);
      (input.municipalityIds ?? []).forEach((areaId, index) => {
        if (!errors.has('municipalities') && !municipalities.has(areaId)) {
          errors.add(
            ['municipalities', String(index)],
            'WRONG_KIND',
            'This area is not a municipality.',
          );
        }
      });
    }
    await areaCitations.validate(tx, input.sources ?? [], errors);
    const identifiers = await areaIdentifiers.validate(tx, input.identifiers ?? [], id, errors);
    errors.throwIfAny();
    return { values, links: { municipalityIds, sources: input.sources ?? [], identifiers } };
  }

  protected override async read(tx: EntityManager, area: AreaEntity): Promise<AreaFields> {
    return {
      ...area,
      municipalityIds: await coveredMunicipalities.snapshot(tx, area.id),
      sources: await areaCitations.snapshot(tx, area.id),
      identifiers: await areaIdentifiers.snapshot(tx, area.id),
    };
  }

  protected override async writeLinks(tx: EntityManager, id: string, links: AreaLinks) {
    await coveredMunicipalities.replace(tx, id, links.municipalityIds);
    await areaCitations.replace(tx, id, links.sources);
    await areaIdentifiers.replace(tx, id, links.identifiers);
  }

  /** The ids of the municipalities among `ids`, for checking what an area covers. */
  private async municipalitiesAmong(tx: EntityManager, ids: string[]): Promise<Set<string>> {
    const rows: { id: string }[] = await tx.query(
      `SELECT id FROM area WHERE id = ANY($1::uuid[]) AND kind = 'MUNICIPALITY'`,
      [ids],
    );
    return new Set(rows.map((row) => row.id));
  }

  loaders() {
    const ds = this.dataSource;
    return {
      areaById: () => byIdLoader(ds, AreaEntity),
      areaChildren: () =>
        groupedLoader(async (parentIds) => {
          const rows = await batchedMany(
            ds
              .getRepository(AreaEntity)
              .createQueryBuilder('area')
              .where('area.parent_id = ANY(:parentIds)', { parentIds })
              .orderBy('area.code'),
          );
          return rows.map((area) => ({ key: area.parentId as string, value: area }));
        }),
      areaIdentifiers: () => areaIdentifiers.loader(ds),
      areaMunicipalityIds: () => coveredMunicipalities.loader(ds),
    };
  }
}
