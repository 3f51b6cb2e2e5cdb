import { IsNull, MoreThan, type DataSource } from 'typeorm';
import { ApiTokenEntity, TOKEN_SCOPES, type TokenScope } from '../../core/auth/api-token.entity';
import type { Role, Viewer } from '../../core/auth/roles';
import { TOKEN_DAYS, type IssuedToken, type TokenService } from '../../core/auth/token.service';
import { FieldErrors, Unauthenticated } from '../../core/errors';
import { UserEntity } from './user.entity';
import { requireAdmin, signedInUser } from './user.service';
import { areasOutside, checkedAreas } from './areas';

const NAME_MAX = 100;

export interface ApiTokenInput {
  name: string;
  scopes?: TokenScope[] | null;
  /** Days until it expires: 1 to `TOKEN_DAYS.max`, default `TOKEN_DAYS.default`. */
  expiresInDays?: number | null;
  /** A service account's token with this role (admins only); none: the signed-in user's own. */
  serviceAccountRole?: Role | null;
  /** Its area limits (see `Viewer.areaLimits`); required of a service account's EDITOR token. */
  areaIds?: string[] | null;
}

/** A token with the user it acts for (null: a service account's). */
export type ApiTokenWithUser = ApiTokenEntity & { user: UserEntity | null };

/**
 * API tokens for integrators: a signed-in user makes tokens for themself (which act for them,
 * never for more than they may do), an admin for a service account; each with scopes and an
 * expiry. Their holders list and revoke them; admins list and revoke all.
 */
export class ApiTokenService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly tokens: TokenService,
  ) {}

  async create(
    viewer: Viewer | null,
    input: ApiTokenInput,
  ): Promise<IssuedToken & { token: ApiTokenWithUser | ApiTokenEntity }> {
    const errors = new FieldErrors();
    const name = input.name.trim();
    if (!name) errors.add('name', 'REQUIRED', 'Name the token after what uses it.');
    else if (name.length > NAME_MAX)
      errors.add('name', 'TOO_LONG', `At most ${NAME_MAX} characters.`);
    const scopes = [...new Set(input.scopes ?? TOKEN_SCOPES)];
    if (scopes.length === 0) errors.add('scopes', 'REQUIRED', 'Give READ, WRITE or both.');
    const days = input.expiresInDays ?? TOKEN_DAYS.default;
    if (!Number.isInteger(days) || days < 1 || days > TOKEN_DAYS.max) {
      errors.add(
        'expiresInDays',
        'INVALID',
        `A token lives 1 to ${TOKEN_DAYS.max} days; ${days} was asked.`,
      );
    }
    const { manager } = this.dataSource;
    const role = input.serviceAccountRole;
    if (role) {
      requireAdmin(viewer);
      const areaIds = await checkedAreas(manager, errors, 'areas', input.areaIds ?? [], role);
      errors.throwIfAny();
      return this.tokens.issue(name, role, { userId: null, scopes, days, areaIds });
    }
    const userId = signedInUser(viewer);
    const user = await this.dataSource.getRepository(UserEntity).findOneByOrFail({ id: userId });
    const areaIds = await checkedAreas(manager, errors, 'areas', input.areaIds ?? [], null);
    if (user.role !== 'ADMIN' && !errors.has('areas')) {
      const outside = await areasOutside(manager, areaIds, user.areaIds);
      if (outside.length > 0) {
        errors.add('areas', 'INVALID', 'A token of yours may be limited to your areas only.');
      }
    }
    errors.throwIfAny();
    const issued = await this.tokens.issue(name, user.role, { userId, scopes, days, areaIds });
    return { ...issued, token: Object.assign(issued.token, { user }) };
  }

  /**
   * The caller's tokens still valid, newest first: a user's own (signed in or through one of
   * them), or a service account's token itself.
   */
  async listOwn(viewer: Viewer | null): Promise<ApiTokenWithUser[]> {
    if (!viewer?.userId && !viewer?.tokenId) return [];
    return this.valid(viewer.userId ? { userId: viewer.userId } : { id: viewer.tokenId! });
  }

  /** The token the request came with; null for a session or an anonymous caller. */
  async calling(viewer: Viewer | null): Promise<ApiTokenWithUser | null> {
    if (!viewer?.tokenId) return null;
    const [token] = await this.valid({ id: viewer.tokenId });
    return token ?? null;
  }

  /** Every token still valid, newest first (admins only). */
  async listAll(viewer: Viewer | null): Promise<ApiTokenWithUser[]> {
    requireAdmin(viewer);
    return this.valid({});
  }

  /**
   * Revokes a token: any for an admin; else one of the caller's user's, or the calling token
   * itself. NOT_FOUND for any other (whose existence is not told).
   */
  async revoke(viewer: Viewer | null, id: string): Promise<ApiTokenEntity> {
    if (!viewer) throw new Unauthenticated('Sign in or send a token to revoke a token.');
    const token = await this.dataSource
      .getRepository(ApiTokenEntity)
      .findOneBy({ id, revokedAt: IsNull() });
    const mayRevoke =
      token &&
      (viewer.role === 'ADMIN' ||
        (token.userId !== null && token.userId === viewer.userId) ||
        token.id === viewer.tokenId);
    if (!mayRevoke) {
      new FieldErrors()
        .add('id', 'NOT_FOUND', 'None of the tokens you may revoke has this id.')
        .throwIfAny();
    }
    return this.tokens.revoke(id);
  }

  private valid(where: { userId?: string; id?: string }): Promise<ApiTokenWithUser[]> {
    return this.dataSource
      .getRepository(ApiTokenEntity)
      .createQueryBuilder('token')
      .leftJoinAndMapOne('token.user', UserEntity, 'user', 'user.id = token.user_id')
      .where({ ...where, revokedAt: IsNull(), expiresAt: MoreThan(new Date()) })
      .orderBy('token.created_at', 'DESC')
      .addOrderBy('token.id')
      .getMany() as Promise<ApiTokenWithUser[]>;
  }
}
