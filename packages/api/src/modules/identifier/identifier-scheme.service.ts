import type { EntityManager } from 'typeorm';
import { FieldErrors } from '../../core/errors';
import { byIdLoader } from '../../core/db/loaders';
import { RecordService, type UpdateInput, type Validated } from '../../core/db/record-service';
import { optionalText, requiredText } from '../../core/validate';
import { IdentifierSchemeEntity } from './identifier-scheme.entity';
import {
  builtInScheme,
  IDENTIFIED_KINDS,
  PERSON_SCHEME,
  wholeValue,
  type IdentifiedKind,
} from './schemes';

export interface IdentifierSchemeFields {
  name: string;
  description: string;
  pattern?: string | null;
  appliesTo: IdentifiedKind[];
}
/** A scheme's name never changes: identifiers name it, and integrators look them up by it. */
export type IdentifierSchemeUpdateInput = UpdateInput<Omit<IdentifierSchemeFields, 'name'>>;

const SCHEME_NAME = /^[a-z][a-z0-9-]*$/;

/** Whether a pattern is a regular expression JavaScript can run. */
function compiles(pattern: string): boolean {
  try {
    wholeValue(pattern);
    return true;
  } catch {
    return false;
  }
}

/**
 * The registry of identifier schemes: the built-in ones (whose form their code checks, so their
 * pattern stays) and those admins add, each with the kinds of record it applies to.
 */
export class IdentifierSchemeService extends RecordService<
  IdentifierSchemeEntity,
  IdentifierSchemeFields
> {
  protected readonly entity = IdentifierSchemeEntity;
  protected readonly recordType = 'IdentifierScheme';
  protected readonly label = 'identifier scheme';

  /** Every scheme by name, or those for one kind of record. */
  list(appliesTo: IdentifiedKind | null): Promise<IdentifierSchemeEntity[]> {
    const query = this.dataSource
      .getRepository(IdentifierSchemeEntity)
      .createQueryBuilder('scheme')
      .orderBy('scheme.name');
    if (appliesTo) query.where(':appliesTo = ANY(scheme.applies_to)', { appliesTo });
    return query.getMany();
  }

  protected async validate(
    tx: EntityManager,
    input: IdentifierSchemeFields,
    id: string | null,
  ): Promise<Validated<IdentifierSchemeEntity>> {
    const errors = new FieldErrors();
    const name = requiredText(errors, 'name', input.name, 'The name', 30);
    if (name && !SCHEME_NAME.test(name)) {
      errors.add(
        'name',
        'INVALID',
        'A name is lower-case letters, digits and dashes, beginning with a letter: "kolada".',
      );
    }
    const same = name ? await tx.getRepository(this.entity).findOneBy({ name }) : null;
    if (same && same.id !== id) errors.add('name', 'TAKEN', `The scheme "${name}" exists already.`);
    const values = {
      name,
      description: requiredText(errors, 'description', input.description, 'The description', 1000),
      pattern: optionalText(errors, 'pattern', input.pattern, 'The pattern', 200) ?? null,
      appliesTo: [...new Set(input.appliesTo)].sort(),
    };
    const builtIn = builtInScheme(name);
    if (builtIn && values.pattern !== builtIn.pattern) {
      errors.add(
        'pattern',
        'INVALID',
        `The form of "${name}" is checked in code; its pattern stays ${builtIn.pattern}.`,
      );
    } else if (values.pattern && !compiles(values.pattern)) {
      errors.add('pattern', 'INVALID', 'The pattern is not a regular expression.');
    }
    if (values.appliesTo.length === 0) {
      errors.add('appliesTo', 'REQUIRED', 'Name the kinds of record the scheme is for.');
    } else if (values.appliesTo.some((kind) => !IDENTIFIED_KINDS.includes(kind))) {
      errors.add('appliesTo', 'INVALID', `The kinds of record are ${IDENTIFIED_KINDS.join(', ')}.`);
    } else if (values.appliesTo.includes('PERSON') && name !== PERSON_SCHEME) {
      errors.add(
        'appliesTo',
        'INVALID',
        `People have identifiers in "${PERSON_SCHEME}" only: nothing more personal is kept.`,
      );
    }
    errors.throwIfAny();
    return { values, links: undefined };
  }

  loaders() {
    return {
      identifierSchemeById: () => byIdLoader(this.dataSource, IdentifierSchemeEntity),
    };
  }
}
