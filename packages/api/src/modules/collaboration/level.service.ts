import type { EntityManager } from 'typeorm';
import { FieldErrors } from '../../core/errors';
import { byIdLoader } from '../../core/db/loaders';
import { RecordService, type UpdateInput, type Validated } from '../../core/db/record-service';
import { optionalDescription, requiredText } from '../../core/validate';
import { CollaborationLevelEntity } from './level.entity';
import { CollaborationScaleEntity } from './scale.entity';

export interface CollaborationLevelFields {
  scaleId: string;
  name: string;
  description?: string | null;
  rank: number;
}
/** A level stays on its scale: updates cannot move it to another. */
export type CollaborationLevelUpdateInput = UpdateInput<Omit<CollaborationLevelFields, 'scaleId'>>;

/** The levels (steps) of a collaboration scale: a name and a rank from 1, once per scale. */
export class CollaborationLevelService extends RecordService<
  CollaborationLevelEntity,
  CollaborationLevelFields
> {
  protected readonly entity = CollaborationLevelEntity;
  protected readonly recordType = 'CollaborationLevel';
  protected readonly label = 'collaboration level';

  protected async validate(
    tx: EntityManager,
    input: CollaborationLevelFields,
    id: string | null,
  ): Promise<Validated<CollaborationLevelEntity>> {
    const errors = new FieldErrors();
    const { scaleId, rank } = input;
    const name = requiredText(errors, 'name', input.name, 'The name', 200);
    const description = optionalDescription(errors, input.description);
    if (rank === null || rank === undefined) {
      errors.add('rank', 'REQUIRED', 'The rank of the level must be given.');
    } else if (!Number.isInteger(rank) || rank < 1) {
      errors.add('rank', 'INVALID', 'The rank is a whole number from 1 (the first step).');
    }
    if (!(await tx.getRepository(CollaborationScaleEntity).existsBy({ id: scaleId }))) {
      errors.add('scale', 'NOT_FOUND', 'No collaboration scale has this id.');
    } else if (!errors.has('rank')) {
      const same = await tx.getRepository(CollaborationLevelEntity).findOneBy({ scaleId, rank });
      if (same && same.id !== id) {
        errors.add(
          'rank',
          'TAKEN',
          `This scale already has a level of rank ${rank}: "${same.name}".`,
        );
      }
    }
    errors.throwIfAny();
    return {
      values: { scaleId, name, description, rank },
      links: undefined,
    };
  }

  loaders() {
    return { collaborationLevelById: () => byIdLoader(this.dataSource, CollaborationLevelEntity) };
  }
}
