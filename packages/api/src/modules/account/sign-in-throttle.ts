import { createHash } from 'node:crypto';
import { RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';
import type { DataSource } from 'typeorm';

/** Failed sign-ins allowed per account, and how long they count and it is then refused. */
export const ACCOUNT_LIMIT = { failures: 5, minutes: 15 } as const;
/** Failed sign-ins allowed from one address (many accounts tried from one place), per hour. */
export const ADDRESS_LIMIT = { failures: 30, minutes: 60 } as const;

/**
 * Slows down guessing passwords: too many failed sign-ins for one e-mail address, or from one IP
 * address, and signing in there is refused for a while, even with the right password. Counted in
 * PostgreSQL (`sign_in_throttle`), so every API process sees the same counts.
 */
export class SignInThrottle {
  private readonly limiters;

  constructor(dataSource: DataSource) {
    const limiter = (keyPrefix: string, limit: { failures: number; minutes: number }) =>
      new RateLimiterPostgres({
        storeClient: dataSource,
        storeType: 'typeorm',
        tableName: 'sign_in_throttle',
        tableCreated: true,
        keyPrefix,
        points: limit.failures,
        duration: limit.minutes * 60,
        blockDuration: limit.minutes * 60,
      });
    this.limiters = {
      account: limiter('account', ACCOUNT_LIMIT),
      address: limiter('address', ADDRESS_LIMIT),
    };
  }

  /** Milliseconds until `email` may be tried again from `ip`; 0 when it may be now. */
  async wait(email: string, ip: string | null): Promise<number> {
    const counts = await Promise.all([
      this.limiters.account.get(accountKey(email)),
      ip ? this.limiters.address.get(ip) : null,
    ]);
    const limits = [ACCOUNT_LIMIT, ADDRESS_LIMIT];
    return Math.max(
      0,
      ...counts.map((count, index) =>
        count && count.consumedPoints >= limits[index].failures ? count.msBeforeNext : 0,
      ),
    );
  }

  /** Counts a failed sign-in against the account and the address. */
  async failed(email: string, ip: string | null): Promise<void> {
    await Promise.all([
      consumed(this.limiters.account.consume(accountKey(email))),
      ip ? consumed(this.limiters.address.consume(ip)) : null,
    ]);
  }

  /** Forgets the account's failures: its owner got in. */
  async succeeded(email: string): Promise<void> {
    await this.limiters.account.delete(accountKey(email));
  }
}

/** The counter of an e-mail address: its hash, so the table holds no addresses (any length). */
const accountKey = (email: string) =>
  createHash('sha256').update(email.trim().toLowerCase()).digest('hex');

/** A consumed point; going over the limit rejects with the counts, which is no failure here. */
async function consumed(consumption: Promise<RateLimiterRes>): Promise<void> {
  try {
    await consumption;
  } catch (error) {
    if (!(error instanceof RateLimiterRes)) throw error;
  }
}
