import type { DataSource } from 'typeorm';
import { ApiTokenEntity, type TokenScope } from './api-token.entity';
import { areaLimitsOf, type Role, type Viewer } from './roles';
import { hashOfSecret, isWellFormedSecret, newSecret } from './secret';

/**
 * Tokens look like `svk_<43 characters><6 characters of checksum>` (see `newSecret`): the fixed
 * prefix and the checksum let secret scanners spot a leaked token. The database keeps only the
 * SHA-256 hash; a token is unrecoverable once shown.
 */
export const TOKEN_PREFIX = 'svk_';
/** Tokens made before they had a checksum: `svk_` and 43 URL-safe characters. */
const UNCHECKED_TOKEN = /^svk_[\w-]{43}$/;

/** How long a token lives: 90 days unless its maker says otherwise, a year and a day at most. */
export const TOKEN_DAYS = { default: 90, max: 366 } as const;
/** `lastUsedAt` is written at most this often: not on every request. */
const USED_PRECISION_SECONDS = 60;

export interface IssuedToken {
  token: ApiTokenEntity;
  secret: string;
}

export interface TokenOptions {
  /** The user it acts for; none: a service account's, with `role`. */
  userId?: string | null;
  scopes?: TokenScope[];
  /** Days until it expires (default `TOKEN_DAYS.default`). */
  days?: number;
  /** Its area limits: a service account's areas; a user's token's, narrower than the user's. */
  areaIds?: string[];
}

export class TokenService {
  constructor(private readonly dataSource: DataSource) {}

  async issue(name: string, role: Role, options: TokenOptions = {}): Promise<IssuedToken> {
    const secret = newSecret(TOKEN_PREFIX);
    const days = options.days ?? TOKEN_DAYS.default;
    const token = await this.dataSource.getRepository(ApiTokenEntity).save({
      name,
      role,
      tokenHash: hashOfSecret(secret),
      displayPrefix: secret.slice(0, TOKEN_PREFIX.length + 6),
      userId: options.userId ?? null,
      scopes: options.scopes ?? ['READ', 'WRITE'],
      areaIds: options.areaIds ?? [],
      expiresAt: new Date(Date.now() + days * 86_400_000),
      revokedAt: null,
    });
    return { token, secret };
  }

  /**
   * The viewer a bearer token stands for, or null when it is malformed, unknown, revoked or
   * expired, or its user is disabled. A user's token acts for its user, with the user's role as
   * it is now (never more), or only reads (`VIEWER`) without the WRITE scope. Marks it used.
   */
  async viewerFor(secret: string): Promise<Viewer | null> {
    if (!isWellFormedSecret(secret, TOKEN_PREFIX) && !UNCHECKED_TOKEN.test(secret)) return null;
    // app_user: the accounts module's table, whose users own tokens.
    const [found] = await this.dataSource.query<
      {
        id: string;
        name: string;
        role: Role;
        scopes: TokenScope[];
        area_ids: string[];
        user_id: string | null;
        user_area_ids: string[] | null;
        email: string | null;
        user_role: Role | null;
        stale: boolean;
      }[]
    >(
      `SELECT t.id, t.name, t.role, t.scopes, t.area_ids, t.user_id, u.email, u.role AS user_role,
              u.area_ids AS user_area_ids,
              coalesce(t.last_used_at < now() - make_interval(secs => $2), true) AS stale
         FROM api_token t LEFT JOIN app_user u ON u.id = t.user_id
        WHERE t.token_hash = $1 AND t.revoked_at IS NULL AND t.expires_at > now()
          AND (t.user_id IS NULL OR u.disabled_at IS NULL)`,
      [hashOfSecret(secret), USED_PRECISION_SECONDS],
    );
    if (!found) return null;
    if (found.stale) {
      await this.dataSource.query('UPDATE api_token SET last_used_at = now() WHERE id = $1', [
        found.id,
      ]);
    }
    const role = found.scopes.includes('WRITE') ? (found.user_role ?? found.role) : 'VIEWER';
    // A service account's areas are its own; a user's token narrows its user's.
    const areaLimits = found.user_area_ids
      ? areaLimitsOf(role, found.user_area_ids, found.area_ids)
      : areaLimitsOf(role, found.area_ids);
    return {
      tokenId: found.id,
      userId: found.user_id,
      sessionId: null,
      name: found.email ? `${found.email} (token "${found.name}")` : found.name,
      role,
      areaLimits,
    };
  }

  /** Revokes a token: it stops working at once, on open WebSockets at their next operation. */
  async revoke(id: string): Promise<ApiTokenEntity> {
    const repository = this.dataSource.getRepository(ApiTokenEntity);
    await repository.update({ id }, { revokedAt: () => 'now()' });
    return repository.findOneByOrFail({ id });
  }

  async hasAdminToken(): Promise<boolean> {
    const [{ exists }] = await this.dataSource.query<{ exists: boolean }[]>(
      `SELECT EXISTS (SELECT FROM api_token WHERE role = 'ADMIN' AND user_id IS NULL
          AND revoked_at IS NULL AND expires_at > now()) AS exists`,
    );
    return exists;
  }
}
