import { IsNull, type DataSource, type EntityManager } from 'typeorm';
import { hasRole, type Role, type Viewer } from '../../core/auth/roles';
import { hashOfSecret, isWellFormedSecret, newSecret } from '../../core/auth/secret';
import { FieldErrors, Forbidden, Unauthenticated } from '../../core/errors';
import { InvitationEntity } from './invitation.entity';
import { checkNewPassword, hashPassword, passwordMatches } from './passwords';
import type { Client, SessionService, StartedSession } from './session.service';
import { UserEntity } from './user.entity';
import { checkedAreas } from './areas';

/** An invitation's secret begins so: what it is, for people and secret scanners. */
export const INVITATION_PREFIX = 'svi_';
/** How long an invitation link stays valid. */
export const INVITATION_DAYS = 7;

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
/** RFC 5321's limit on an address's length. */
const EMAIL_MAX = 254;
const NAME_MAX = 200;

/** A new invitation and the secret of its one-time link (shown once, kept hashed). */
export interface IssuedInvitation {
  invitation: InvitationEntity;
  secret: string;
}

export interface InvitationInput {
  email: string;
  displayName: string;
  role: Role;
  /** The areas they will edit (an `EDITOR` needs one at least). */
  areaIds?: string[] | null;
}

/** A user's new role, and the areas they edit (left out: unchanged). */
export interface AccessInput {
  role: Role;
  areaIds?: string[] | null;
}

export interface InvitationAcceptInput {
  /** The secret from the link. */
  secret: string;
  password: string;
  /** Required when the invitation names no one (the first admin's). */
  email?: string | null;
  /** Instead of the name the admin gave. */
  displayName?: string | null;
}

/**
 * The signed-in user `viewer` is; refused for anonymous callers and API tokens (a token acts for
 * its user in the register, but never manages their account: their password, sessions, tokens).
 */
export function signedInUser(viewer: Viewer | null): string {
  if (!viewer?.userId || !viewer.sessionId) {
    throw new Unauthenticated('Sign in first: this is about your own account.');
  }
  return viewer.userId;
}

/** Refuses anyone but an admin (UNAUTHENTICATED, FORBIDDEN). */
export function requireAdmin(viewer: Viewer | null): void {
  if (!viewer) throw new Unauthenticated('Sign in as an admin.');
  if (!hasRole(viewer.role, 'ADMIN')) {
    throw new Forbidden(`This needs the role ADMIN; you have the role ${viewer.role}.`);
  }
}

/**
 * Users and invitations. There is no self-registration: an admin invites (a one-time link, valid
 * `INVITATION_DAYS`), sets roles, disables and enables users; on first start the product invites
 * the first admin. A user changes their own password.
 */
export class UserService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly sessions: SessionService,
  ) {}

  /** Every user, by e-mail address (admins only). */
  async list(viewer: Viewer | null): Promise<UserEntity[]> {
    requireAdmin(viewer);
    return this.dataSource
      .getRepository(UserEntity)
      .createQueryBuilder('user')
      .orderBy('lower(user.email)')
      .getMany();
  }

  /** A user by id: the viewer themself, or anyone for an admin; null when not found. */
  async byId(viewer: Viewer | null, id: string): Promise<UserEntity | null> {
    if (viewer?.userId !== id) requireAdmin(viewer);
    return this.dataSource.getRepository(UserEntity).findOneBy({ id });
  }

  /** The invitations not yet accepted, withdrawn or expired, newest first (admins only). */
  async openInvitations(viewer: Viewer | null): Promise<InvitationEntity[]> {
    requireAdmin(viewer);
    return this.openInvitationQuery(this.dataSource.manager)
      .orderBy('invitation.created_at', 'DESC')
      .getMany();
  }

  /**
   * Invites a person by e-mail address with a role (admins only). An open invitation of the same
   * address is withdrawn: the newest link is the one that works.
   */
  async invite(viewer: Viewer | null, input: InvitationInput): Promise<IssuedInvitation> {
    requireAdmin(viewer);
    const errors = new FieldErrors();
    const email = checkedEmail(errors, 'email', input.email);
    const displayName = checkedName(errors, 'displayName', input.displayName);
    return this.dataSource.transaction(async (manager) => {
      const areaIds = await checkedAreas(manager, errors, 'areas', input.areaIds ?? [], input.role);
      errors.throwIfAny();
      await this.refuseTakenEmail(manager, 'email', email!);
      await this.openInvitationQuery(manager)
        .update()
        .set({ withdrawnAt: () => 'now()' })
        .where('lower(email) = lower(:email)', { email })
        .andWhere('accepted_at IS NULL AND withdrawn_at IS NULL')
        .execute();
      return this.issue(manager, {
        email,
        displayName,
        role: input.role,
        areaIds,
        invitedBy: viewer!.userId,
      });
    });
  }

  /**
   * The first admin's invitation, when no admin user may sign in yet: a new link on every start
   * until one is accepted (the older ones withdrawn), since only the server's console shows it.
   * Null once there is an admin user.
   */
  async firstAdminInvitation(): Promise<IssuedInvitation | null> {
    return this.dataSource.transaction(async (manager) => {
      const admin = await manager
        .getRepository(UserEntity)
        .existsBy({ role: 'ADMIN', disabledAt: IsNull() });
      if (admin) return null;
      await manager
        .getRepository(InvitationEntity)
        .update(
          { invitedBy: IsNull(), email: IsNull(), acceptedAt: IsNull(), withdrawnAt: IsNull() },
          { withdrawnAt: () => 'now()' },
        );
      return this.issue(manager, {
        email: null,
        displayName: null,
        role: 'ADMIN',
        areaIds: [],
        invitedBy: null,
      });
    });
  }

  /** Withdraws an open invitation (admins only); its link stops working. */
  async withdraw(viewer: Viewer | null, id: string): Promise<InvitationEntity> {
    requireAdmin(viewer);
    const invitation = await this.openInvitationQuery(this.dataSource.manager)
      .andWhere('invitation.id = :id', { id })
      .getOne();
    if (!invitation) {
      new FieldErrors()
        .add('id', 'NOT_FOUND', 'No open invitation has this id: used, withdrawn or expired.')
        .throwIfAny();
    }
    invitation!.withdrawnAt = new Date();
    return this.dataSource.getRepository(InvitationEntity).save(invitation!);
  }

  /**
   * Accepts an invitation: the new user, signed in. Refused with EXPIRED when the link was used,
   * withdrawn or is too old.
   */
  async accept(
    input: InvitationAcceptInput,
    client: Client,
  ): Promise<StartedSession & { user: UserEntity }> {
    const invitation = isWellFormedSecret(input.secret, INVITATION_PREFIX)
      ? await this.openInvitationQuery(this.dataSource.manager)
          .andWhere('invitation.secret_hash = :hash', { hash: hashOfSecret(input.secret) })
          .getOne()
      : null;
    const errors = new FieldErrors();
    if (!invitation) {
      errors.add(
        'secret',
        'EXPIRED',
        `This invitation link is no longer valid: it was used or withdrawn, or is over ${INVITATION_DAYS} days old. Ask an admin for a new one.`,
      );
      errors.throwIfAny();
    }
    const email = invitation!.email ?? checkedEmail(errors, 'email', input.email ?? '');
    const displayName = checkedName(
      errors,
      'displayName',
      input.displayName ?? invitation!.displayName ?? '',
    );
    checkNewPassword(errors, 'password', input.password, email);
    errors.throwIfAny();
    const passwordHash = await hashPassword(input.password);
    return this.dataSource.transaction(async (manager) => {
      await this.refuseTakenEmail(manager, 'email', email!);
      const user = await manager.getRepository(UserEntity).save({
        email: email!,
        displayName: displayName!,
        role: invitation!.role,
        areaIds: invitation!.areaIds,
        passwordHash,
        disabledAt: null,
      });
      await manager
        .getRepository(InvitationEntity)
        .update(invitation!.id, { acceptedAt: () => 'now()', userId: user.id });
      return { user, ...(await this.sessions.start(manager, user.id, client)) };
    });
  }

  /**
   * Sets a user's role and the areas they edit (admins only); refused when it would leave no
   * admin who may sign in, or an editor without areas. Takes effect at their next request.
   */
  async setRole(viewer: Viewer | null, id: string, input: AccessInput): Promise<UserEntity> {
    requireAdmin(viewer);
    const { role } = input;
    return this.changeUser(id, async (manager, user) => {
      const errors = new FieldErrors();
      const given = input.areaIds ?? user.areaIds;
      user.areaIds = await checkedAreas(manager, errors, 'areas', given, role);
      errors.throwIfAny();
      if (user.role === 'ADMIN' && role !== 'ADMIN') await this.keepAnAdmin(manager, user, 'role');
      user.role = role;
    });
  }

  /**
   * Disables a user (admins only): they cannot sign in, their sessions end, and their open
   * WebSockets close at their next operation. Refused for the last admin who may sign in.
   */
  async disable(viewer: Viewer | null, id: string): Promise<UserEntity> {
    requireAdmin(viewer);
    return this.changeUser(id, async (manager, user) => {
      if (user.disabledAt) return;
      if (user.role === 'ADMIN') await this.keepAnAdmin(manager, user, 'id');
      user.disabledAt = new Date();
      await this.sessions.end(user.id, { all: true }, manager);
    });
  }

  /** Lets a disabled user sign in again (admins only). */
  async enable(viewer: Viewer | null, id: string): Promise<UserEntity> {
    requireAdmin(viewer);
    return this.changeUser(id, async (_manager, user) => {
      user.disabledAt = null;
    });
  }

  /**
   * Changes the viewer's own password, given the current one; their other sessions end (whoever
   * knew the old password is signed out), the one they use stays.
   */
  async changePassword(
    viewer: Viewer | null,
    input: { currentPassword: string; newPassword: string },
  ): Promise<UserEntity> {
    const userId = signedInUser(viewer);
    const user = await this.dataSource
      .getRepository(UserEntity)
      .createQueryBuilder('user')
      .addSelect('user.passwordHash')
      .where('user.id = :userId', { userId })
      .getOneOrFail();
    const errors = new FieldErrors();
    if (!(await passwordMatches(user.passwordHash, input.currentPassword))) {
      errors.add('currentPassword', 'CREDENTIALS', 'This is not your current password.');
    }
    checkNewPassword(errors, 'newPassword', input.newPassword, user.email);
    errors.throwIfAny();
    const passwordHash = await hashPassword(input.newPassword);
    return this.dataSource.transaction(async (manager) => {
      await manager.getRepository(UserEntity).update(userId, { passwordHash });
      await this.sessions.end(userId, { all: true, except: viewer!.sessionId }, manager);
      return manager.getRepository(UserEntity).findOneByOrFail({ id: userId });
    });
  }

  private openInvitationQuery(manager: EntityManager) {
    return manager
      .getRepository(InvitationEntity)
      .createQueryBuilder('invitation')
      .where('invitation.accepted_at IS NULL AND invitation.withdrawn_at IS NULL')
      .andWhere('invitation.expires_at > now()');
  }

  private async issue(
    manager: EntityManager,
    values: Pick<InvitationEntity, 'email' | 'displayName' | 'role' | 'areaIds' | 'invitedBy'>,
  ): Promise<IssuedInvitation> {
    const secret = newSecret(INVITATION_PREFIX);
    const invitation = await manager.getRepository(InvitationEntity).save({
      ...values,
      secretHash: hashOfSecret(secret),
      expiresAt: new Date(Date.now() + INVITATION_DAYS * 86_400_000),
      acceptedAt: null,
      userId: null,
      withdrawnAt: null,
    });
    return { invitation, secret };
  }

  private async refuseTakenEmail(manager: EntityManager, field: string, email: string) {
    const taken = await manager
      .getRepository(UserEntity)
      .createQueryBuilder('user')
      .where('lower(user.email) = lower(:email)', { email })
      .getExists();
    if (taken) {
      new FieldErrors()
        .add(field, 'TAKEN', `A user with the address ${email} exists.`)
        .throwIfAny();
    }
  }

  /** Refuses (under `field`) to take away the last enabled admin user, `user`. */
  private async keepAnAdmin(manager: EntityManager, user: UserEntity, field: string) {
    const others = await manager
      .getRepository(UserEntity)
      .createQueryBuilder('user')
      .where("user.role = 'ADMIN' AND user.disabled_at IS NULL AND user.id <> :id", { id: user.id })
      .getExists();
    if (!others) {
      new FieldErrors()
        .add(
          field,
          'LAST_ADMIN',
          `${user.email} is the last admin who can sign in: make another admin first.`,
        )
        .throwIfAny();
    }
  }

  /** Loads a user, lets `change` change it, and saves it, in one transaction (a row lock). */
  private async changeUser(
    id: string,
    change: (manager: EntityManager, user: UserEntity) => Promise<void>,
  ): Promise<UserEntity> {
    return this.dataSource.transaction(async (manager) => {
      // Admins counted under a lock: two admins disabling each other at once cannot both win.
      await manager.query(`SELECT id FROM app_user WHERE role = 'ADMIN' FOR UPDATE`);
      const user = await manager.getRepository(UserEntity).findOneBy({ id });
      if (!user) {
        new FieldErrors().add('id', 'NOT_FOUND', 'No user has this id.').throwIfAny();
      }
      await change(manager, user!);
      return manager.getRepository(UserEntity).save(user!);
    });
  }
}

/** A trimmed e-mail address, or null after adding to `errors` why it is not one. */
function checkedEmail(errors: FieldErrors, field: string, value: string): string | null {
  const email = value.trim();
  if (!email) errors.add(field, 'REQUIRED', 'Give an e-mail address.');
  else if (email.length > EMAIL_MAX)
    errors.add(field, 'TOO_LONG', `At most ${EMAIL_MAX} characters.`);
  else if (!EMAIL.test(email)) errors.add(field, 'INVALID', `"${email}" is not an e-mail address.`);
  else return email;
  return null;
}

/** A trimmed display name, or null after adding to `errors` why it cannot be one. */
function checkedName(errors: FieldErrors, field: string, value: string): string | null {
  const name = value.trim();
  if (!name) errors.add(field, 'REQUIRED', 'Give the name the user is shown by.');
  else if (name.length > NAME_MAX) errors.add(field, 'TOO_LONG', `At most ${NAME_MAX} characters.`);
  else return name;
  return null;
}
