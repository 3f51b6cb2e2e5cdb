import { IsNull, type DataSource } from 'typeorm';
import { ApiTokenEntity } from './api-token.entity';
import type { Role, Viewer } from './roles';
import { hashOfSecret, newSecret } from './secret';

/**
 * Tokens look like `svk_<43 url-safe characters>`: the fixed prefix lets secret scanners spot a
 * leaked token. The database keeps only the SHA-256 hash; a token is unrecoverable once shown.
 */
export const TOKEN_PREFIX = 'svk_';

export interface IssuedToken {
  token: ApiTokenEntity;
  secret: string;
}

export class TokenService {
  constructor(private readonly dataSource: DataSource) {}

  async issue(name: string, role: Role): Promise<IssuedToken> {
    const secret = newSecret(TOKEN_PREFIX);
    const token = await this.dataSource.getRepository(ApiTokenEntity).save({
      name,
      role,
      tokenHash: hashOfSecret(secret),
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
      .findOneBy({ tokenHash: hashOfSecret(secret), revokedAt: IsNull() });
    return token
      ? { tokenId: token.id, userId: null, sessionId: null, name: token.name, role: token.role }
      : null;
  }

  async hasAdminToken(): Promise<boolean> {
    return this.dataSource
      .getRepository(ApiTokenEntity)
      .existsBy({ role: 'ADMIN', revokedAt: IsNull() });
  }
}
