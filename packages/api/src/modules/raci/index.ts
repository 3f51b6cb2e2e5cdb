import { defineModule } from '../../core/module';
import type { ObjectiveService } from '../strategy';
import { RaciMatrixService } from './raci-matrix.service';
import {
  CheckFindingResolver,
  RaciCellActorResolver,
  RaciConflictResolver,
  RaciMatrixResolver,
  RaciRowActorResolver,
  RaciRowTotalActorResolver,
  ResponsibilityCheckResolver,
} from './raci.resolver';
import { ResponsibilityCheckService } from './responsibility-check.service';

/** The RACI matrix of a strategy, and the check of responsibilities for gaps and conflicts. */
export const raciModule = defineModule({
  name: 'raci',
  services: ({ dataSource }, { objective }: { objective: ObjectiveService }) => ({
    raciMatrix: new RaciMatrixService(dataSource, objective),
    responsibilityCheck: new ResponsibilityCheckService(dataSource, objective),
  }),
  resolvers: [
    RaciMatrixResolver,
    RaciRowActorResolver,
    RaciCellActorResolver,
    RaciRowTotalActorResolver,
    RaciConflictResolver,
    ResponsibilityCheckResolver,
    CheckFindingResolver,
  ],
});
