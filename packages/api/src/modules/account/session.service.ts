import { IsNull, type DataSource, type EntityManager } from 'typeorm';
import { areaLimitsOf, type Viewer } from '../../core/auth/roles';
import { hashOfSecret, isWellFormedSecret, newSecret } from '../../core/auth/secret';
import { FieldErrors } from '../../core/errors';
import { passwordMatches } from './passwords';
import { UserSessionEntity } from './session.entity';
import { SignInThrottle } from './sign-in-throttle';
import { UserEntity } from './user.entity';

/** A session's secret begins so: what it is, for people and secret scanners. */
export const SESSION_PREFIX = 'svs_';

/** A session unused for this long has expired. */
export const SESSION_IDLE_MINUTES = 120;
/** A session expires this long after signing in, however much it is used: sign in again. */
export const SESSION_MAX_HOURS = 12;
/** `lastSeenAt` is written at most this often: not on every request. */
const SEEN_PRECISION_MS = 60_000;

/** Where a sign-in comes from: kept with the session so its user can tell sessions apart. */
export interface Client {
  ip: string | null;
  userAgent: string | null;
}

/** A new session and the secret its cookie carries (shown once, kept hashed). */
export interface StartedSession {
  session: UserSessionEntity;
  secret: string;
}

/**
 * Signing in and out, and the sessions behind browsers' cookies: each valid until idle for
 * `SESSION_IDLE_MINUTES` or `SESSION_MAX_HOURS` after it began, whichever comes first, or until
 * ended (signing out, a password change, the user disabled).
 */
export class SessionService {
  private readonly throttle: SignInThrottle;

  constructor(private readonly dataSource: DataSource) {
    this.throttle = new SignInThrottle(dataSource);
  }

  /**
   * Signs in with an e-mail address and password: a new session, or CREDENTIALS (the same for an
   * unknown address, a wrong password and a disabled user, so the answer tells an attacker
   * nothing), or THROTTLED after too many failures.
   */
  async signIn(
    input: { email: string; password: string },
    client: Client,
  ): Promise<StartedSession & { user: UserEntity }> {
    const wait = await this.throttle.wait(input.email, client.ip);
    if (wait > 0) {
      const minutes = Math.ceil(wait / 60_000);
      new FieldErrors()
        .add(
          'email',
          'THROTTLED',
          `Too many failed attempts: try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`,
        )
        .throwIfAny();
    }
    const user = await this.dataSource
      .getRepository(UserEntity)
      .createQueryBuilder('user')
      .addSelect('user.passwordHash')
      .where('lower(user.email) = lower(:email)', { email: input.email.trim() })
      .getOne();
    const matches = await passwordMatches(user?.passwordHash ?? null, input.password);
    if (!user || !matches || user.disabledAt) {
      await this.throttle.failed(input.email, client.ip);
      new FieldErrors()
        .add(
          'password',
          'CREDENTIALS',
          'The e-mail address and password do not match an account that may sign in.',
        )
        .throwIfAny();
    }
    await this.throttle.succeeded(input.email);
    return { user: user!, ...(await this.start(this.dataSource.manager, user!.id, client)) };
  }

  /** Starts a session for a user (signing in, accepting an invitation), in `manager`'s transaction. */
  async start(manager: EntityManager, userId: string, client: Client): Promise<StartedSession> {
    const secret = newSecret(SESSION_PREFIX);
    const now = Date.now();
    const session = await manager.getRepository(UserSessionEntity).save({
      userId,
      secretHash: hashOfSecret(secret),
      lastSeenAt: new Date(now),
      expiresAt: new Date(now + SESSION_MAX_HOURS * 3_600_000),
      endedAt: null,
      ip: client.ip,
      userAgent: client.userAgent,
    });
    return { session, secret };
  }

  /**
   * The viewer a session's secret stands for; null when it is unknown, ended, expired (idle or
   * too old) or its user is disabled. Marks the session used.
   */
  async viewerFor(secret: string): Promise<Viewer | null> {
    if (!isWellFormedSecret(secret, SESSION_PREFIX)) return null;
    const [found] = await this.dataSource.query<
      {
        id: string;
        user_id: string;
        email: string;
        role: Viewer['role'];
        area_ids: string[];
        stale: boolean;
      }[]
    >(
      `SELECT s.id, s.user_id, u.email, u.role, u.area_ids,
              s.last_seen_at < now() - make_interval(secs => $3::int / 1000.0) AS stale
         FROM user_session s JOIN app_user u ON u.id = s.user_id
        WHERE s.secret_hash = $1 AND s.ended_at IS NULL AND s.expires_at > now()
          AND s.last_seen_at > now() - make_interval(mins => $2) AND u.disabled_at IS NULL`,
      [hashOfSecret(secret), SESSION_IDLE_MINUTES, SEEN_PRECISION_MS],
    );
    if (!found) return null;
    if (found.stale) {
      await this.dataSource.query('UPDATE user_session SET last_seen_at = now() WHERE id = $1', [
        found.id,
      ]);
    }
    return {
      tokenId: null,
      userId: found.user_id,
      sessionId: found.id,
      name: found.email,
      role: found.role,
      areaLimits: areaLimitsOf(found.role, found.area_ids),
    };
  }

  /** The user's sessions still valid, the most recently used first. */
  async openSessionsOf(userId: string): Promise<UserSessionEntity[]> {
    return this.dataSource
      .getRepository(UserSessionEntity)
      .createQueryBuilder('session')
      .where('session.user_id = :userId AND session.ended_at IS NULL', { userId })
      .andWhere('session.expires_at > now()')
      .andWhere('session.last_seen_at > now() - make_interval(mins => :idle)', {
        idle: SESSION_IDLE_MINUTES,
      })
      .orderBy('session.last_seen_at', 'DESC')
      .addOrderBy('session.id')
      .getMany();
  }

  /** Ends one of the user's open sessions; NOT_FOUND when none of theirs has this id. */
  async endOwn(userId: string, sessionId: string): Promise<UserSessionEntity> {
    const session = (await this.openSessionsOf(userId)).find(({ id }) => id === sessionId);
    if (!session) {
      new FieldErrors()
        .add('id', 'NOT_FOUND', 'None of your open sessions has this id.')
        .throwIfAny();
    }
    await this.end(userId, { sessionId });
    return { ...session!, endedAt: new Date() };
  }

  /**
   * Ends sessions of `userId`: the one `sessionId`, or all of them (but `except`, when given);
   * how many were open. In `manager`'s transaction when given.
   */
  async end(
    userId: string,
    which: { sessionId: string } | { all: true; except?: string | null },
    manager: EntityManager = this.dataSource.manager,
  ): Promise<number> {
    const query = manager
      .createQueryBuilder()
      .update(UserSessionEntity)
      .set({ endedAt: () => 'now()' })
      .where({ userId, endedAt: IsNull() });
    if ('sessionId' in which) query.andWhere('id = :sessionId', { sessionId: which.sessionId });
    else if (which.except) query.andWhere('id <> :except', { except: which.except });
    const result = await query.execute();
    return result.affected ?? 0;
  }
}
