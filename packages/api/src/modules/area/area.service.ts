import type { DataSource, EntityManager } from 'typeorm';
import { AuditService, type Caller } from '../../core/audit/audit.service';
import { FieldErrors } from '../../core/errors';
import { byIdLoader, groupedLoader } from '../../core/db/loaders';
import { paginate, type PageRequest } from '../../core/relay/pagination';
import { CitationStore, type Citation } from '../citation/citation.store';
import { AREA_KINDS, AreaEntity, type AreaKind } from './area.entity';

export interface AreaFilter {
  kind?: AreaKind | null;
  parentId?: string | null;
}

export interface AreaCreateInput {
  code: string;
  name: string;
  kind: AreaKind;
  parentId?: string | null;
  sources?: Citation[];
}

export const areaCitations = new CitationStore('area_citation', 'area_id');

/** Rules for areas: codes are unique, a parent must exist. */
export class AreaService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  /** True on a fresh database, before the seed data set is loaded. */
  async isEmpty(): Promise<boolean> {
    return !(await this.dataSource.getRepository(AreaEntity).exists());
  }

  findByCode(code: string): Promise<AreaEntity | null> {
    return this.dataSource.getRepository(AreaEntity).findOneBy({ code });
  }

  list(filter: AreaFilter, page: PageRequest) {
    const query = this.dataSource.getRepository(AreaEntity).createQueryBuilder('area');
    if (filter.kind) query.andWhere('area.kind = :kind', { kind: filter.kind });
    if (filter.parentId)
      query.andWhere('area.parent_id = :parentId', { parentId: filter.parentId });
    return paginate(query, page, [
      { column: 'area.code', property: 'code', direction: 'ASC' },
      { column: 'area.id', property: 'id', direction: 'ASC' },
    ]);
  }

  async create(
    caller: Caller,
    input: AreaCreateInput,
    manager?: EntityManager,
  ): Promise<AreaEntity> {
    const work = async (tx: EntityManager) => {
      const errors = new FieldErrors();
      const code = input.code.trim();
      const name = input.name.trim();
      if (!code) errors.add('code', 'REQUIRED', 'An area needs a code.');
      if (!name) errors.add('name', 'REQUIRED', 'An area needs a name.');
      if (!AREA_KINDS.includes(input.kind)) errors.add('kind', 'INVALID', 'Unknown kind of area.');
      if (code && (await tx.getRepository(AreaEntity).existsBy({ code }))) {
        errors.add('code', 'TAKEN', `An area with the code ${code} exists already.`);
      }
      if (
        input.parentId &&
        !(await tx.getRepository(AreaEntity).existsBy({ id: input.parentId }))
      ) {
        errors.add('parent', 'NOT_FOUND', 'No area has this id.');
      }
      await areaCitations.validate(tx, input.sources ?? [], errors);
      errors.throwIfAny();
      const area = await tx
        .getRepository(AreaEntity)
        .save(
          tx
            .getRepository(AreaEntity)
            .create({ code, name, kind: input.kind, parentId: input.parentId ?? null }),
        );
      await areaCitations.replace(tx, area.id, input.sources ?? []);
      await this.audit.record(tx, caller, {
        operation: 'CREATE',
        recordType: 'Area',
        recordId: area.id,
        before: null,
        after: { ...area, sources: input.sources ?? [] },
      });
      return area;
    };
    return manager ? work(manager) : this.dataSource.transaction(work);
  }

  loaders() {
    const ds = this.dataSource;
    return {
      areaById: byIdLoader(ds, AreaEntity),
      areaChildren: groupedLoader(async (parentIds) => {
        const rows = await ds
          .getRepository(AreaEntity)
          .createQueryBuilder('area')
          .where('area.parent_id = ANY(:parentIds)', { parentIds })
          .orderBy('area.code')
          .getMany();
        return rows.map((area) => ({ key: area.parentId as string, value: area }));
      }),
      areaCitations: areaCitations.loader(ds),
    };
  }
}
