import { GraphQLError } from 'graphql';
import type { Redis } from 'ioredis';
import {
  RateLimiterMemory,
  RateLimiterRedis,
  RateLimiterRes,
  type RateLimiterAbstract,
} from 'rate-limiter-flexible';
import type { Viewer } from '../auth/roles';

/** Points a caller may spend per minute: anonymous ones per IP address, the others per caller. */
export interface RateLimitSettings {
  anonymousPerMinute: number;
  signedInPerMinute: number;
}

export const DEFAULT_RATE_LIMITS: RateLimitSettings = {
  anonymousPerMinute: 600,
  signedInPerMinute: 1_200,
};

/**
 * What a request is charged: a point for every started hundred of its estimated cost
 * (`operationCost`), at least one; a mutation five times as much, since it writes.
 */
export function pointsFor(cost: number, operation: 'query' | 'mutation' | 'subscription'): number {
  const points = Math.max(1, Math.ceil(cost / 100));
  return operation === 'mutation' ? points * 5 : points;
}

/** The state of a caller's budget, as the `RateLimit` headers tell it. */
export interface RateLimitState {
  limit: number;
  remaining: number;
  resetSeconds: number;
}

/** `RateLimit` and `RateLimit-Policy` (IETF draft) for a state. */
export function rateLimitHeaders(state: RateLimitState): [string, string][] {
  return [
    [
      'ratelimit',
      `limit=${state.limit}, remaining=${state.remaining}, reset=${state.resetSeconds}`,
    ],
    ['ratelimit-policy', `${state.limit};w=60`],
  ];
}

/**
 * Each caller's points per minute: in this process, or in Redis (`redis`) so that the limits
 * hold across every API process (and in this process while Redis cannot be reached). Charged
 * per operation, over HTTP and WebSocket alike.
 */
export class RateLimits {
  private readonly anonymous: RateLimiterAbstract;
  private readonly signedIn: RateLimiterAbstract;

  constructor(
    private readonly settings: RateLimitSettings,
    redis: Redis | null = null,
  ) {
    // While Redis is away, each process counts on its own (`insuranceLimiter`) rather than
    // failing every request: the limits then hold per process until Redis is back.
    const limiter = (keyPrefix: string, points: number) => {
      const inProcess = new RateLimiterMemory({ keyPrefix, points, duration: 60 });
      return redis
        ? new RateLimiterRedis({
            storeClient: redis,
            keyPrefix,
            points,
            duration: 60,
            rejectIfRedisNotReady: true,
            insuranceLimiter: inProcess,
          })
        : inProcess;
    };
    this.anonymous = limiter('rate-anonymous', settings.anonymousPerMinute);
    this.signedIn = limiter('rate-caller', settings.signedInPerMinute);
  }

  /**
   * Charges `points` to the caller: a user, a token, or for an anonymous one their address. The
   * state after it, or a RATE_LIMITED error (429, with `Retry-After`) when they are spent.
   */
  async charge(
    viewer: Viewer | null,
    address: string | null,
    points: number,
  ): Promise<RateLimitState> {
    const [limiter, key, limit] = viewer
      ? [
          this.signedIn,
          viewer.tokenId ?? viewer.userId ?? viewer.name,
          this.settings.signedInPerMinute,
        ]
      : [this.anonymous, address ?? 'unknown', this.settings.anonymousPerMinute];
    try {
      const result = await limiter.consume(key, points);
      return { limit, remaining: result.remainingPoints, resetSeconds: seconds(result) };
    } catch (error) {
      if (!(error instanceof RateLimiterRes)) throw error;
      const state = { limit, remaining: 0, resetSeconds: seconds(error) };
      throw new GraphQLError(
        `Too many requests: ${limit} points a minute${viewer ? '' : ' from one address'} (this one costs ${points}). Try again in ${state.resetSeconds} s.`,
        {
          extensions: {
            code: 'RATE_LIMITED',
            retryAfterSeconds: state.resetSeconds,
            http: {
              status: 429,
              headers: new Map([
                ['retry-after', String(state.resetSeconds)],
                ...rateLimitHeaders(state),
              ]),
            },
          },
        },
      );
    }
  }
}

const seconds = (result: RateLimiterRes) => Math.max(1, Math.ceil(result.msBeforeNext / 1000));
