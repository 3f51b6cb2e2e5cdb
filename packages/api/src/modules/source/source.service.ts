import type { EntityManager } from 'typeorm';
import { RecordService, type UpdateInput, type Validated } from '../../core/db/record-service';
import { FieldErrors } from '../../core/errors';
import { byIdLoader } from '../../core/db/loaders';
import type { PageRequest } from '../../core/relay/pagination';
import { optionalDate, optionalText, optionalUrl, requiredText } from '../../core/validate';
import { ActorEntity } from '../actor';
import { SourceEntity } from './source.entity';
import { paginateTitled, type TitledRecordOrder } from '../../core/relay/order';
import { HOME_AREAS } from '../area';

export interface SourceFields {
  title: string;
  publisherId?: string | null;
  publishedOn?: string | null;
  url?: string | null;
  fileName?: string | null;
  text?: string | null;
}

/** The longest document text a source holds (about 300 pages). */
export const MAX_SOURCE_TEXT_LENGTH = 1_000_000;

export type SourceUpdateInput = UpdateInput<SourceFields>;

/** A document's text as given (its white space is its own), null when blank. */
function sourceText(errors: FieldErrors, text: string | null | undefined): string | null {
  if (!text?.trim()) return null;
  if (text.length > MAX_SOURCE_TEXT_LENGTH) {
    errors.add('text', 'TOO_LONG', `A text may be at most ${MAX_SOURCE_TEXT_LENGTH} characters.`);
  }
  return text;
}

/**
 * Rules for source documents: a title, an existing publisher, a real date and address, and
 * maybe the document's text. Citations already made are not checked again when the text
 * changes; a quotation no longer in it has no passage.
 */
export class SourceService extends RecordService<SourceEntity, SourceFields> {
  protected readonly entity = SourceEntity;
  protected readonly recordType = 'Source';
  protected readonly label = 'source';
  protected override readonly home = HOME_AREAS.source;

  list(page: PageRequest, order: TitledRecordOrder | null = null) {
    const query = this.dataSource.getRepository(SourceEntity).createQueryBuilder('source');
    return paginateTitled(query, page, order);
  }

  findByTitle(title: string): Promise<SourceEntity | null> {
    return this.dataSource.getRepository(SourceEntity).findOneBy({ title });
  }

  protected async validate(
    tx: EntityManager,
    input: SourceFields,
  ): Promise<Validated<SourceEntity>> {
    const errors = new FieldErrors();
    const values = {
      title: requiredText(errors, 'title', input.title, 'The title', 500),
      publisherId: input.publisherId ?? null,
      publishedOn: optionalDate(errors, 'publishedOn', input.publishedOn) ?? null,
      url: optionalUrl(errors, 'url', input.url) ?? null,
      fileName: optionalText(errors, 'fileName', input.fileName, 'The file name') ?? null,
      text: sourceText(errors, input.text),
    };
    if (
      values.publisherId &&
      !(await tx.getRepository(ActorEntity).existsBy({ id: values.publisherId }))
    ) {
      errors.add('publisher', 'NOT_FOUND', 'No actor has this id.');
    }
    errors.throwIfAny();
    return { values, links: undefined };
  }

  loaders() {
    return { sourceById: () => byIdLoader(this.dataSource, SourceEntity) };
  }
}
