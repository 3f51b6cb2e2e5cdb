import type { EntityManager } from 'typeorm';
import { RecordService, type Validated } from '../../core/db/record-service';
import { requiredText } from '../../core/validate';
import { FieldErrors } from '../../core/errors';
import { byIdLoader, groupedLoader } from '../../core/db/loaders';
import type { PageRequest } from '../../core/relay/pagination';
import { type Citation, CitationStore } from '../citation';
import { type Identifier, IdentifierStore } from '../identifier';
import { AREA_KINDS, AreaEntity, type AreaKind } from './area.entity';
import { paginateInOrder, type Order, type OrderColumns } from '../../core/relay/order';
import { batchedMany } from '../../core/db/prepared-select';

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
  sources?: Citation[];
  identifiers?: Identifier[];
}

interface AreaLinks {
  sources: Citation[];
  identifiers: Identifier[];
}

export const areaCitations = new CitationStore('area_citation', 'area_id');
export const areaIdentifiers = new IdentifierStore('area');

/** Rules for areas: codes are unique, a parent must exist. */
export class AreaService extends RecordService<AreaEntity, AreaFields, AreaLinks> {
  protected readonly entity = AreaEntity;
  protected readonly recordType = 'Area';
  protected readonly label = 'area';

  /** True on a fresh database, before the seed data set is loaded. */
  async isEmpty(): Promise<boolean> {
    return !(await this.dataSource.getRepository(AreaEntity).exists());
  }

  /** The area an external register knows by this identifier. */
  async findByIdentifier(identifier: Identifier): Promise<AreaEntity | null> {
    const id = await areaIdentifiers.find(this.dataSource, identifier);
    return id ? this.dataSource.getRepository(AreaEntity).findOneBy({ id }) : null;
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
    if (
      values.parentId &&
      !(await tx.getRepository(AreaEntity).existsBy({ id: values.parentId }))
    ) {
      errors.add('parent', 'NOT_FOUND', 'No area has this id.');
    }
    await areaCitations.validate(tx, input.sources ?? [], errors);
    const identifiers = await areaIdentifiers.validate(tx, input.identifiers ?? [], id, errors);
    errors.throwIfAny();
    return { values, links: { sources: input.sources ?? [], identifiers } };
  }

  protected override async read(tx: EntityManager, area: AreaEntity): Promise<AreaFields> {
    return {
      ...area,
      sources: await areaCitations.snapshot(tx, area.id),
      identifiers: await areaIdentifiers.snapshot(tx, area.id),
    };
  }

  protected override async writeLinks(tx: EntityManager, id: string, links: AreaLinks) {
    await areaCitations.replace(tx, id, links.sources);
    await areaIdentifiers.replace(tx, id, links.identifiers);
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
    };
  }
}
