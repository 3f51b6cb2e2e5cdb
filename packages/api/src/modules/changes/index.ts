import { defineModule } from '../../core/module';
import { ChangeResolver } from './changes.resolver';
import { ChangeService } from './changes.service';

/** The feed of changes, from the audit log, for integrators that keep a copy in step. */
export const changesModule = defineModule({
  name: 'changes',
  services: ({ dataSource }) => ({ change: new ChangeService(dataSource) }),
  resolvers: [ChangeResolver],
});

// What other modules use of this one.
export { ChangeType } from './changes.types';
