import type { DataSource, EntityManager } from 'typeorm';
import { AuditService, type Caller } from '../../core/audit/audit.service';
import { FieldErrors } from '../../core/errors';
import { byIdLoader } from '../../core/db/loaders';
import { lockVersioned, updateVersioned } from '../../core/db/versioned';
import { paginate, type PageRequest } from '../../core/relay/pagination';
import {
  definedOnly,
  optionalDate,
  optionalText,
  optionalUrl,
  requiredText,
} from '../../core/validate';
import { ActorEntity } from '../actor/actor.entity';
import { SourceEntity } from './source.entity';

export interface SourceFields {
  title: string;
  publisherId?: string | null;
  publishedOn?: string | null;
  url?: string | null;
  fileName?: string | null;
}

export interface SourceUpdateInput extends Partial<SourceFields> {
  id: string;
  version: number;
}

/** Rules for source documents: a title, an existing publisher, a real date and address. */
export class SourceService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  list(page: PageRequest) {
    const query = this.dataSource.getRepository(SourceEntity).createQueryBuilder('source');
    return paginate(query, page, [
      { column: 'source.title', property: 'title', direction: 'ASC' },
      { column: 'source.id', property: 'id', direction: 'ASC' },
    ]);
  }

  findByTitle(title: string): Promise<SourceEntity | null> {
    return this.dataSource.getRepository(SourceEntity).findOneBy({ title });
  }

  create(caller: Caller, input: SourceFields): Promise<SourceEntity> {
    return this.dataSource.transaction(async (tx) => {
      const values = await this.validate(tx, input);
      const repository = tx.getRepository(SourceEntity);
      const source = await repository.save(repository.create(values));
      await this.audit.record(tx, caller, {
        operation: 'CREATE',
        recordType: 'Source',
        recordId: source.id,
        before: null,
        after: source,
      });
      return source;
    });
  }

  update(caller: Caller, input: SourceUpdateInput): Promise<SourceEntity> {
    return this.dataSource.transaction(async (tx) => {
      const before = await lockVersioned(tx, SourceEntity, input.id, input.version, 'source');
      const { id: _id, version: _version, ...changes } = input;
      const values = await this.validate(tx, { ...before, ...definedOnly(changes) });
      const after = await updateVersioned(
        tx,
        SourceEntity,
        input.id,
        input.version,
        values,
        'source',
      );
      await this.audit.record(tx, caller, {
        operation: 'UPDATE',
        recordType: 'Source',
        recordId: after.id,
        before,
        after,
      });
      return after;
    });
  }

  private async validate(tx: EntityManager, input: SourceFields) {
    const errors = new FieldErrors();
    const values = {
      title: requiredText(errors, 'title', input.title, 'The title', 500),
      publisherId: input.publisherId ?? null,
      publishedOn: optionalDate(errors, 'publishedOn', input.publishedOn) ?? null,
      url: optionalUrl(errors, 'url', input.url) ?? null,
      fileName: optionalText(errors, 'fileName', input.fileName, 'The file name') ?? null,
    };
    if (
      values.publisherId &&
      !(await tx.getRepository(ActorEntity).existsBy({ id: values.publisherId }))
    ) {
      errors.add('publisher', 'NOT_FOUND', 'No actor has this id.');
    }
    errors.throwIfAny();
    return values;
  }

  loaders() {
    return { sourceById: byIdLoader(this.dataSource, SourceEntity) };
  }
}
