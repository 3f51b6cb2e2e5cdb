import { defineModule } from '../../core/module';
import { AccountResolver } from './account.resolver';
import { ApiTokenResolver } from './api-token.resolver';
import { ApiTokenService } from './api-token.service';
import { InvitationEntity } from './invitation.entity';
import { Accounts1763902800000 } from './migrations/1763902800000-Accounts';
import { PersonalTokens1763903000000 } from './migrations/1763903000000-PersonalTokens';
import { AreaLimits1763903050000 } from './migrations/1763903050000-AreaLimits';
import { UserSessionEntity } from './session.entity';
import { SessionService } from './session.service';
import { UserEntity } from './user.entity';
import { UserService } from './user.service';

/**
 * Accounts: users who sign in with an e-mail address and password, their sessions (a browser's
 * cookie), invitations (no self-registration), the throttling of signing in, and the API tokens
 * users and service accounts use in scripts.
 */
export const accountModule = defineModule({
  name: 'account',
  entities: [UserEntity, UserSessionEntity, InvitationEntity],
  migrations: [Accounts1763902800000, PersonalTokens1763903000000, AreaLimits1763903050000],
  actsAsApi: true,
  services: ({ dataSource, token }) => {
    const session = new SessionService(dataSource);
    return {
      session,
      user: new UserService(dataSource, session),
      apiToken: new ApiTokenService(dataSource, token),
    };
  },
  resolvers: [AccountResolver, ApiTokenResolver],
});

// What other modules use of this one.
export { requireAdmin } from './user.service';
export { ApiTokenType, InvitationType, UserType } from './account.types';
