import { RetractResolver } from '../../core/graphql/retract';
import { defineModule } from '../../core/module';
import { ActorPositionsResolver } from './actor.fields';
import { People1763900000000 } from './migrations/1763900000000-People';
import { UntitledPositions1763902000000 } from './migrations/1763902000000-UntitledPositions';
import { ErasureLedger } from './erasure-ledger';
import { PersonErasure1763903100000 } from './migrations/1763903100000-PersonErasure';
import { ObjectionToPublication1763903200000 } from './migrations/1763903200000-ObjectionToPublication';
import { PersonDataService } from './person-data.service';
import { PersonErasureService } from './person-erasure.service';
import { PersonEntity } from './person.entity';
import { PersonResolver } from './person.resolver';
import { PersonBulkResolver } from './person.bulk';
import { PersonService } from './person.service';
import { PositionEntity } from './position.entity';
import { PositionResolver } from './position.resolver';
import { PositionBulkResolver } from './position.bulk';
import { PositionService } from './position.service';
import { RetentionService } from './retention.service';

/** People in public roles, and their positions at actors. */
export const personModule = defineModule({
  name: 'person',
  entities: [PersonEntity, PositionEntity],
  migrations: [
    People1763900000000,
    UntitledPositions1763902000000,
    PersonErasure1763903100000,
    ObjectionToPublication1763903200000,
  ],
  services: ({ dataSource, audit, settings }) => {
    const person = new PersonService(dataSource, audit);
    return {
      person,
      retention: new RetentionService(dataSource, person),
      personData: new PersonDataService(dataSource),
      personErasure: new PersonErasureService(
        dataSource,
        audit,
        settings.erasureLedger ? new ErasureLedger(settings.erasureLedger) : null,
      ),
      position: new PositionService(dataSource, audit),
    };
  },
  loaders: ({ person, position }) => ({ ...person.loaders(), ...position.loaders() }),
  nodeTypes: [
    ['Person', PersonEntity, (loaders) => loaders.personById],
    ['Position', PositionEntity, (loaders) => loaders.positionById],
  ],
  // A person's work contact is theirs: public while they hold it, not in the public audit log.
  personalFields: { Person: ['workContact'] },
  resolvers: [
    RetractResolver('Position', 'position', 'position'),
    PersonResolver,
    PersonBulkResolver,
    PositionResolver,
    PositionBulkResolver,
    ActorPositionsResolver,
  ],
});

// What other modules use of this one.
export { actingDay, peopleHoldingPosition } from './acting';
export { PersonEntity } from './person.entity';
export { shownPerson, visiblePerson, visiblePeople } from './publication';
export { PersonType } from './person.types';
export { scheduleRetention, RETENTION_VIEWER } from './retention.service';
export { positionCitations } from './position.service';
export type { PositionService } from './position.service';
