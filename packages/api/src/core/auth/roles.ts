/** Roles of a user or an API token, each including the ones before it. */
export const ROLES = ['VIEWER', 'EDITOR', 'ADMIN'] as const;
export type Role = (typeof ROLES)[number];

export function hasRole(held: Role, needed: Role): boolean {
  return ROLES.indexOf(held) >= ROLES.indexOf(needed);
}

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

/** Who is calling: the token's identity, written into the audit log with every change. */
export interface Viewer {
  /** The API token it came with; null for a signed-in user and for the system. */
  tokenId: string | null;
  /** The signed-in user (an account); null for a token and for the system. */
  userId: string | null;
  /** The session it came with (its cookie), when it is a signed-in user's. */
  sessionId: string | null;
  name: string;
  role: Role;
  /**
   * Where the viewer may write: a record is within reach when, for every list here, one of its
   * home areas is one of the list's areas or lies inside one (see `core/auth/area-reach.ts`).
   * None: everywhere (an admin, the system). An editor's areas are one list, a token's area
   * limits another, so a token never reaches further than its user.
   */
  areaLimits: readonly (readonly string[])[];
}

/**
 * The area limits of a viewer with `role`: an admin has none of their own; anyone else reaches
 * their `own` areas only (none: nowhere). A token's `token` areas, when it has any, limit it more.
 */
export function areaLimitsOf(
  role: Role,
  own: readonly string[],
  token: readonly string[] = [],
): readonly (readonly string[])[] {
  return [...(role === 'ADMIN' ? [] : [own]), ...(token.length > 0 ? [token] : [])];
}

/** The viewer the seed loader and start-up tasks act as. */
export const SYSTEM_VIEWER: Viewer = {
  tokenId: null,
  userId: null,
  sessionId: null,
  name: 'system',
  role: 'ADMIN',
  areaLimits: [],
};
