import { createHash, randomBytes } from 'node:crypto';
import { IsNull, type DataSource } from 'typeorm';
import { ApiTokenEntity } from './api-token.entity';
import type { Role, Viewer } from './roles';

/**
 * Tokens look like `svk_<43 url-safe characters>`: the fixed prefix lets secret scanners spot a
 * leaked token. The database keeps only the SHA-256 hash; a token is unrecoverable once shown.
 */
export const TOKEN_PREFIX = 'svk_';

function hashToken(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}

export interface IssuedToken {
  token: ApiTokenEntity;
  secret: string;
}

export class TokenService {
  constructor(private readonly dataSource: DataSource) {}

  async issue(name: string, role: Role): Promise<IssuedToken> {
    const secret = `${TOKEN_PREFIX}${randomBytes(32).toString('base64url')}`;
    const token = await this.dataSource.getRepository(ApiTokenEntity).save({
      name,
      role,
      tokenHash: hashToken(secret),
      displayPrefix: secret.slice(0, TOKEN_PREFIX.length + 6),
      revokedAt: null,
    });
    return { token, secret };
  }

  /** The viewer a bearer token stands for, or null when it is unknown or revoked. */
  async viewerFor(secret: string): Promise<Viewer | null> {
    if (!secret.startsWith(TOKEN_PREFIX)) return null;
    const token = await this.dataSource
      .getRepository(ApiTokenEntity)
      .findOneBy({ tokenHash: hashToken(secret), revokedAt: IsNull() });
    return token ? { tokenId: token.id, name: token.name, role: token.role } : null;
  }

  async hasAdminToken(): Promise<boolean> {
    return this.dataSource
      .getRepository(ApiTokenEntity)
      .existsBy({ role: 'ADMIN', revokedAt: IsNull() });
  }
}
