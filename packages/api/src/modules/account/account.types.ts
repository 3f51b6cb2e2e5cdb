import {
  Field,
  GraphQLISODateTime,
  ID,
  InputType,
  Int,
  ObjectType,
  registerEnumType,
} from 'type-graphql';
import { TOKEN_SCOPES, type TokenScope } from '../../core/auth/api-token.entity';
import { ROLES, type Role } from '../../core/auth/roles';
import { enumOf } from '../../core/graphql/enums';
import { MutationPayload } from '../../core/graphql/payload';

export const RoleEnum = enumOf(ROLES);
registerEnumType(RoleEnum, {
  name: 'Role',
  description: 'What a user or API token may do; each role includes the ones before it.',
  valuesConfig: {
    VIEWER: {
      description:
        'Reads what is not public too: who made a change and in which request, token names, personal fields in history, people who object to publication.',
    },
    EDITOR: {
      description:
        'Records and changes the register within their areas: records whose home area is one of them or lies inside one.',
    },
    ADMIN: {
      description:
        'Manages users, tokens and reference data, and changes every record, those with no home area too.',
    },
  },
});

@ObjectType('User', {
  description: 'A person who signs in. Seen by the user themself and by admins.',
})
export class UserType {
  @Field(() => ID, { description: 'The global ID.' })
  id: string;

  @Field({ description: 'The e-mail address the user signs in with.' })
  email: string;

  @Field({ description: 'The name the user is shown by.' })
  displayName: string;

  @Field(() => RoleEnum, { description: 'What the user may do.' })
  role: Role;

  @Field({ description: 'Whether the user is disabled: they cannot sign in.' })
  disabled: boolean;

  /** Where they edit, as an `EDITOR`: resolved as `areas`. */
  areaIds: string[];

  @Field(() => GraphQLISODateTime, { description: 'When the user accepted their invitation.' })
  createdAt: Date;
}

@ObjectType('Session', {
  description: 'A signed-in browser: where the user signed in, and until when it is valid.',
})
export class SessionType {
  @Field(() => ID, { description: 'The global ID, for `sessionEnd`.' })
  id: string;

  @Field(() => GraphQLISODateTime, { description: 'When the user signed in.' })
  createdAt: Date;

  @Field(() => GraphQLISODateTime, { description: 'When it was last used (to the minute).' })
  lastSeenAt: Date;

  @Field(() => GraphQLISODateTime, {
    description: 'When it ends however much it is used; unused for two hours, it ends sooner.',
  })
  expiresAt: Date;

  @Field(() => String, { nullable: true, description: 'The address it signed in from.' })
  ip: string | null;

  @Field(() => String, { nullable: true, description: 'The browser, as it named itself.' })
  userAgent: string | null;

  @Field({ description: 'Whether this is the session of the request asking.' })
  current: boolean;
}

@ObjectType('Invitation', {
  description: 'An invitation to become a user, not yet accepted: a one-time link, valid 7 days.',
})
export class InvitationType {
  @Field(() => ID, { description: 'The global ID, for `invitationWithdraw`.' })
  id: string;

  @Field(() => String, {
    nullable: true,
    description: 'Who is invited; null for the first admin, who gives their address.',
  })
  email: string | null;

  @Field(() => String, { nullable: true, description: 'The name the admin gave.' })
  displayName: string | null;

  @Field(() => RoleEnum, { description: 'The role the new user gets.' })
  role: Role;

  /** The areas the new user will edit: resolved as `areas`. */
  areaIds: string[];

  @Field(() => GraphQLISODateTime, { description: 'When it was made.' })
  createdAt: Date;

  @Field(() => GraphQLISODateTime, { description: 'When its link stops working.' })
  expiresAt: Date;
}

@ObjectType('Viewer', { description: 'Who is asking: a signed-in user, an API token, or no one.' })
export class ViewerType {
  @Field(() => RoleEnum, {
    nullable: true,
    description: 'What the caller may do; null for anonymous callers (public data only).',
  })
  role: Role | null;

  @Field(() => UserType, { nullable: true, description: 'The signed-in user; null otherwise.' })
  user: UserType | null;

  @Field(() => [SessionType], {
    description: "The signed-in user's sessions still valid, most recently used first.",
  })
  sessions: SessionType[];

  @Field(() => [ApiTokenType], {
    description:
      "The caller's API tokens still valid, newest first: the user's own, or a service account's token itself.",
  })
  tokens: ApiTokenType[];

  @Field(() => ApiTokenType, {
    nullable: true,
    description:
      "The API token the request came with (a user's own or a service account's); null for a signed-in session or an anonymous caller.",
  })
  token: ApiTokenType | null;
}

@InputType('SignInInput', { description: 'An e-mail address and password.' })
export class SignInInput {
  @Field({ description: 'The e-mail address of the account (any case).' })
  email: string;

  @Field({ description: 'Its password.' })
  password: string;
}

@InputType('SignOutInput', { description: 'Which sessions to end.' })
export class SignOutInput {
  @Field({
    defaultValue: false,
    description: "True: every session of the user (all browsers); false: this request's only.",
  })
  everywhere: boolean;
}

@InputType('SessionEndInput', { description: 'One of your sessions.' })
export class SessionEndInput {
  @Field(() => ID, { description: 'The session, from `viewer { sessions { id } }`.' })
  id: string;
}

@InputType('PasswordChangeInput', { description: 'Your current password and a new one.' })
export class PasswordChangeInput {
  @Field({ description: 'The password you signed in with.' })
  currentPassword: string;

  @Field({ description: 'The new password: at least 15 characters (a few words make a good one).' })
  newPassword: string;
}

@InputType('UserInviteInput', { description: 'Who to invite, and as what.' })
export class UserInviteInput {
  @Field({ description: 'Their e-mail address: they sign in with it.' })
  email: string;

  @Field({ description: 'The name they are shown by (they may change it on accepting).' })
  displayName: string;

  @Field(() => RoleEnum, { description: 'What they may do.' })
  role: Role;

  @Field(() => [ID], {
    nullable: true,
    description:
      'The areas they will edit, with the areas inside them; an EDITOR needs one at least.',
  })
  areas?: string[] | null;
}

@InputType('InvitationAcceptInput', { description: 'Accepting an invitation: your password.' })
export class InvitationAcceptInput {
  @Field({ description: 'The secret from the link (after "#").' })
  secret: string;

  @Field({ description: 'Your password: at least 15 characters.' })
  password: string;

  @Field(() => String, {
    nullable: true,
    description: 'Your e-mail address; required only when the invitation names none.',
  })
  email?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The name you are shown by, instead of the one the admin gave.',
  })
  displayName?: string | null;
}

@InputType('UserIdInput', { description: 'A user.' })
export class UserIdInput {
  @Field(() => ID, { description: 'The user.' })
  id: string;
}

@InputType('UserRoleSetInput', { description: "A user's new role." })
export class UserRoleSetInput {
  @Field(() => ID, { description: 'The user.' })
  id: string;

  @Field(() => RoleEnum, { description: 'What they may do from now on.' })
  role: Role;

  @Field(() => [ID], {
    nullable: true,
    description:
      'The areas they edit from now on, with the areas inside them (replaces the list; left out: unchanged). An EDITOR needs one at least.',
  })
  areas?: string[] | null;
}

@InputType('InvitationWithdrawInput', { description: 'An open invitation.' })
export class InvitationWithdrawInput {
  @Field(() => ID, { description: 'The invitation.' })
  id: string;
}

@ObjectType({ description: 'The result of a mutation about a user.' })
export class UserPayload extends MutationPayload {
  @Field(() => UserType, {
    nullable: true,
    description: 'The user as they now are; null when refused.',
  })
  user: UserType | null;
}

@ObjectType({ description: 'The result of signing out.' })
export class SignOutPayload extends MutationPayload {
  @Field(() => Int, { nullable: true, description: 'How many sessions ended.' })
  endedSessions: number | null;
}

@ObjectType({ description: 'The result of ending a session.' })
export class SessionEndPayload extends MutationPayload {
  @Field(() => SessionType, {
    nullable: true,
    description: 'The ended session; null when refused.',
  })
  session: SessionType | null;
}

@ObjectType({ description: 'The result of inviting a person.' })
export class UserInvitePayload extends MutationPayload {
  @Field(() => InvitationType, {
    nullable: true,
    description: 'The invitation; null when refused.',
  })
  invitation: InvitationType | null;

  @Field(() => String, {
    nullable: true,
    description:
      'The path of the one-time link on the web client ("/invitation#svi_…"): give it to the person. Shown only in this answer; only its hash is kept.',
  })
  linkPath: string | null;
}

@ObjectType({ description: 'The result of withdrawing an invitation.' })
export class InvitationWithdrawPayload extends MutationPayload {
  @Field(() => InvitationType, {
    nullable: true,
    description: 'The withdrawn invitation; null when refused.',
  })
  invitation: InvitationType | null;
}

export const TokenScopeEnum = enumOf(TOKEN_SCOPES);
registerEnumType(TokenScopeEnum, {
  name: 'TokenScope',
  description: 'What an API token may do, within what its holder may.',
  valuesConfig: {
    READ: { description: 'Read: what its holder may read.' },
    WRITE: { description: 'Write: what its holder may change.' },
  },
});

@ObjectType('ApiToken', {
  description:
    'An API token for scripts: a user’s own (it acts for them) or a service account’s. The secret is shown only when it is made.',
})
export class ApiTokenType {
  @Field(() => ID, { description: 'The global ID, for `apiTokenRevoke`.' })
  id: string;

  @Field({ description: 'What uses it, as its maker named it.' })
  name: string;

  @Field({ description: 'The first characters of the secret, to tell tokens apart: "svk_3fQ9a1".' })
  prefix: string;

  @Field(() => [TokenScopeEnum], { description: 'What it may do.' })
  scopes: TokenScope[];

  @Field(() => RoleEnum, {
    nullable: true,
    description: 'A service account’s role; null for a user’s token, which has its user’s.',
  })
  serviceAccountRole: Role | null;

  /** Its area limits: resolved as `areas`. */
  areaIds: string[];

  @Field(() => UserType, {
    nullable: true,
    description: 'The user it acts for; null for a service account’s.',
  })
  user: UserType | null;

  @Field(() => GraphQLISODateTime, { description: 'When it was made.' })
  createdAt: Date;

  @Field(() => GraphQLISODateTime, { description: 'When it stops working.' })
  expiresAt: Date;

  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: 'When it was last used (to the minute); null if never.',
  })
  lastUsedAt: Date | null;
}

@InputType('ApiTokenCreateInput', { description: 'A new API token.' })
export class ApiTokenCreateInput {
  @Field({ description: 'What will use it, e.g. "nightly import from our register".' })
  name: string;

  @Field(() => [TokenScopeEnum], {
    nullable: true,
    description: 'What it may do (default READ and WRITE).',
  })
  scopes?: TokenScope[] | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Days until it stops working: 1 to 366 (default 90).',
  })
  expiresInDays?: number | null;

  @Field(() => RoleEnum, {
    nullable: true,
    description:
      'Admins only: a service account’s token with this role, acting for no user. Leave out for a token of your own.',
  })
  serviceAccountRole?: Role | null;

  @Field(() => [ID], {
    nullable: true,
    description:
      'Areas to limit it to: it writes only records belonging to them (and the areas inside them). Required of a service account’s EDITOR token; a token of your own may be limited to some of your areas.',
  })
  areas?: string[] | null;
}

@InputType('ApiTokenRevokeInput', { description: 'A token to revoke.' })
export class ApiTokenRevokeInput {
  @Field(() => ID, { description: 'The token.' })
  id: string;
}

@ObjectType({ description: 'The result of making an API token.' })
export class ApiTokenCreatePayload extends MutationPayload {
  @Field(() => ApiTokenType, { nullable: true, description: 'The token; null when refused.' })
  apiToken: ApiTokenType | null;

  @Field(() => String, {
    nullable: true,
    description:
      'The secret, to send as "Authorization: Bearer <secret>". Shown only in this answer; only its hash is kept.',
  })
  secret: string | null;
}

@ObjectType({ description: 'The result of revoking an API token.' })
export class ApiTokenRevokePayload extends MutationPayload {
  @Field(() => ApiTokenType, {
    nullable: true,
    description: 'The revoked token; null when refused.',
  })
  apiToken: ApiTokenType | null;
}
