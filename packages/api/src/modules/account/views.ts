import type { ApiTokenEntity } from '../../core/auth/api-token.entity';
import { decodeInputIds, toGlobalId } from '../../core/relay/global-id';
import type { ApiTokenType, UserType } from './account.types';
import type { UserEntity } from './user.entity';

/** A user as the API shows them: with a global ID, and whether they are disabled. */
export const userOf = (user: UserEntity): UserType => ({
  id: toGlobalId('User', user.id),
  email: user.email,
  displayName: user.displayName,
  role: user.role,
  disabled: user.disabledAt !== null,
  areaIds: user.areaIds,
  createdAt: user.createdAt,
});

/** A token as the API shows it: never its hash; its user when it has one (read with it). */
export const tokenOf = (token: ApiTokenEntity & { user?: UserEntity | null }): ApiTokenType => ({
  id: toGlobalId('ApiToken', token.id),
  name: token.name,
  prefix: token.displayPrefix,
  scopes: token.scopes,
  serviceAccountRole: token.userId ? null : token.role,
  areaIds: token.areaIds,
  user: token.user ? userOf(token.user) : null,
  createdAt: token.createdAt,
  expiresAt: token.expiresAt,
  lastUsedAt: token.lastUsedAt,
});

/** The database ids of the areas in `input.areas`; null when left out. */
export const areaIdsOf = (input: { areas?: string[] | null }) =>
  input.areas ? decodeInputIds((ids) => ids.many(input.areas!, 'Area', 'areas')) : null;
