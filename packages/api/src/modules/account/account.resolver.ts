import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { InvalidArgument } from '../../core/errors';
import { Access, PUBLIC } from '../../core/graphql/access';
import { payloadOf } from '../../core/graphql/payload';
import { decodeInputIds, toGlobalId } from '../../core/relay/global-id';
import type { Context } from '../../context';
import {
  InvitationAcceptInput,
  InvitationType,
  InvitationWithdrawInput,
  InvitationWithdrawPayload,
  PasswordChangeInput,
  SessionEndInput,
  SessionEndPayload,
  SignInInput,
  SignOutInput,
  SignOutPayload,
  UserIdInput,
  UserInviteInput,
  UserInvitePayload,
  UserPayload,
  UserRoleSetInput,
  UserType,
  ViewerType,
} from './account.types';
import type { InvitationEntity } from './invitation.entity';
import type { UserSessionEntity } from './session.entity';
import type { StartedSession } from './session.service';
import type { UserEntity } from './user.entity';
import { signedInUser } from './user.service';
import { areaIdsOf, tokenOf, userOf } from './views';

const invitationOf = (invitation: InvitationEntity): InvitationType => ({
  ...invitation,
  id: toGlobalId('Invitation', invitation.id),
});

const sessionOf = (session: UserSessionEntity, { viewer }: Context) => ({
  ...session,
  id: toGlobalId('Session', session.id),
  current: session.id === viewer?.sessionId,
});

/** The session cookie of an HTTP request; signing in over a WebSocket cannot set one. */
function cookieOf({ session }: Context) {
  if (!session) {
    throw new InvalidArgument('input', 'Sign in over HTTP: a WebSocket cannot set the cookie.');
  }
  return session;
}

/** Sends a new session's cookie and gives its user. */
function signedIn(
  context: Context,
  { user, session, secret }: StartedSession & { user: UserEntity },
) {
  context.session!.set(secret, session.expiresAt);
  return { user: userOf(user) };
}

/** The database id of a global ID of `type` in `input.id`. */
const idOf = (input: { id: string }, type: string) =>
  decodeInputIds((ids) => ids.one(input.id, type, 'id') ?? '');

@Resolver()
export class AccountResolver {
  @Query(() => ViewerType, {
    description:
      "Who is asking: the signed-in user and their sessions, an API token (a user's or a service account's), or no one.",
  })
  @Access(PUBLIC)
  async viewer(@Ctx() context: Context): Promise<ViewerType> {
    const { viewer, services } = context;
    const user = viewer?.userId ? await services.user.byId(viewer, viewer.userId) : null;
    const sessions =
      viewer?.userId && viewer.sessionId
        ? await services.session.openSessionsOf(viewer.userId)
        : [];
    const token = await services.apiToken.calling(viewer);
    return {
      role: viewer?.role ?? null,
      user: user && userOf(user),
      sessions: sessions.map((session) => sessionOf(session, context)),
      tokens: (await services.apiToken.listOwn(viewer)).map(tokenOf),
      token: token && tokenOf(token),
    };
  }

  @Query(() => [UserType], { description: 'Every user, by e-mail address (admins only).' })
  @Access('ADMIN')
  async users(@Ctx() { services, viewer }: Context): Promise<UserType[]> {
    return (await services.user.list(viewer)).map(userOf);
  }

  @Query(() => [InvitationType], {
    description:
      'The invitations not yet accepted, withdrawn or expired, newest first (admins only).',
  })
  @Access('ADMIN')
  async invitations(@Ctx() { services, viewer }: Context): Promise<InvitationType[]> {
    return (await services.user.openInvitations(viewer)).map(invitationOf);
  }

  @Mutation(() => UserPayload, {
    description:
      'Signs in with an e-mail address and password: the answer sets the session cookie (HTTP only, not over WebSocket). Refused with CREDENTIALS, or THROTTLED after too many failures.',
  })
  @Access(PUBLIC)
  signIn(
    @Arg('input', { description: 'The account.' }) input: SignInInput,
    @Ctx() context: Context,
  ) {
    const cookie = cookieOf(context);
    return payloadOf(async () =>
      signedIn(context, await context.services.session.signIn(input, cookie.client)),
    );
  }

  @Mutation(() => SignOutPayload, {
    description:
      "Signs out: ends this request's session (or every session of its user) and clears the cookie.",
  })
  @Access(PUBLIC)
  signOut(
    @Arg('input', { description: 'Which sessions.' }) input: SignOutInput,
    @Ctx() { services, viewer, session }: Context,
  ) {
    return payloadOf(async () => {
      session?.clear();
      if (!viewer?.userId || !viewer.sessionId) return { endedSessions: 0 };
      const which = input.everywhere ? { all: true as const } : { sessionId: viewer.sessionId };
      return { endedSessions: await services.session.end(viewer.userId, which) };
    });
  }

  @Mutation(() => SessionEndPayload, {
    description: 'Ends one of your sessions (a browser you signed in on elsewhere).',
  })
  @Access('VIEWER')
  sessionEnd(
    @Arg('input', { description: 'The session.' }) input: SessionEndInput,
    @Ctx() context: Context,
  ) {
    return payloadOf(async () => {
      const userId = signedInUser(context.viewer);
      const session = await context.services.session.endOwn(userId, idOf(input, 'Session'));
      return { session: sessionOf(session, context) };
    });
  }

  @Mutation(() => UserPayload, {
    description: 'Changes your password; your other sessions end, this one stays.',
  })
  @Access('VIEWER')
  passwordChange(
    @Arg('input', { description: 'The current and the new password.' }) input: PasswordChangeInput,
    @Ctx() { services, viewer }: Context,
  ) {
    return payloadOf(async () => ({
      user: userOf(await services.user.changePassword(viewer, input)),
    }));
  }

  @Mutation(() => UserInvitePayload, {
    description:
      'Invites a person to become a user with a role (admins only): a one-time link, valid 7 days, shown only in this answer. There is no mail server: give them the link.',
  })
  @Access('ADMIN')
  userInvite(
    @Arg('input', { description: 'Who, and as what.' }) input: UserInviteInput,
    @Ctx() { services, viewer }: Context,
  ) {
    return payloadOf(async () => {
      const { invitation, secret } = await services.user.invite(viewer, {
        ...input,
        areaIds: areaIdsOf(input),
      });
      return { invitation: invitationOf(invitation), linkPath: `/invitation#${secret}` };
    });
  }

  @Mutation(() => InvitationWithdrawPayload, {
    description: 'Withdraws an open invitation (admins only): its link stops working.',
  })
  @Access('ADMIN')
  invitationWithdraw(
    @Arg('input', { description: 'The invitation.' }) input: InvitationWithdrawInput,
    @Ctx() { services, viewer }: Context,
  ) {
    return payloadOf(async () => ({
      invitation: invitationOf(await services.user.withdraw(viewer, idOf(input, 'Invitation'))),
    }));
  }

  @Mutation(() => UserPayload, {
    description:
      'Accepts an invitation: makes the user and signs them in (the answer sets the session cookie). Refused with EXPIRED when the link was used, withdrawn or is over 7 days old.',
  })
  @Access(PUBLIC)
  invitationAccept(
    @Arg('input', { description: 'The secret from the link, and your password.' })
    input: InvitationAcceptInput,
    @Ctx() context: Context,
  ) {
    const cookie = cookieOf(context);
    return payloadOf(async () =>
      signedIn(context, await context.services.user.accept(input, cookie.client)),
    );
  }

  @Mutation(() => UserPayload, {
    description: "Sets a user's role (admins only); the last admin who can sign in stays one.",
  })
  @Access('ADMIN')
  userRoleSet(
    @Arg('input', { description: 'The user and role.' }) input: UserRoleSetInput,
    @Ctx() { services, viewer }: Context,
  ) {
    return payloadOf(async () => ({
      user: userOf(
        await services.user.setRole(viewer, idOf(input, 'User'), {
          role: input.role,
          areaIds: areaIdsOf(input),
        }),
      ),
    }));
  }

  @Mutation(() => UserPayload, {
    description:
      'Disables a user (admins only): they cannot sign in, their sessions end and their open WebSockets close at their next operation.',
  })
  @Access('ADMIN')
  userDisable(
    @Arg('input', { description: 'The user.' }) input: UserIdInput,
    @Ctx() { services, viewer }: Context,
  ) {
    return payloadOf(async () => ({
      user: userOf(await services.user.disable(viewer, idOf(input, 'User'))),
    }));
  }

  @Mutation(() => UserPayload, { description: 'Lets a disabled user sign in again (admins only).' })
  @Access('ADMIN')
  userEnable(
    @Arg('input', { description: 'The user.' }) input: UserIdInput,
    @Ctx() { services, viewer }: Context,
  ) {
    return payloadOf(async () => ({
      user: userOf(await services.user.enable(viewer, idOf(input, 'User'))),
    }));
  }
}
