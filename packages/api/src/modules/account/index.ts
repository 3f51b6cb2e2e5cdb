import { defineModule } from '../../core/module';
import { AccountResolver } from './account.resolver';
import { InvitationEntity } from './invitation.entity';
import { Accounts1763902800000 } from './migrations/1763902800000-Accounts';
import { UserSessionEntity } from './session.entity';
import { SessionService } from './session.service';
import { UserEntity } from './user.entity';
import { UserService } from './user.service';

/**
 * Accounts: users who sign in with an e-mail address and password, their sessions (a browser's
 * cookie), invitations (no self-registration) and the throttling of signing in.
 */
export const accountModule = defineModule({
  name: 'account',
  entities: [UserEntity, UserSessionEntity, InvitationEntity],
  migrations: [Accounts1763902800000],
  services: ({ dataSource }) => {
    const session = new SessionService(dataSource);
    return { session, user: new UserService(dataSource, session) };
  },
  resolvers: [AccountResolver],
});
