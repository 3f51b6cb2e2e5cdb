/** Roles of an API token, each including the ones before it. */
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
}

/** The viewer the seed loader and start-up tasks act as. */
export const SYSTEM_VIEWER: Viewer = {
  tokenId: null,
  userId: null,
  sessionId: null,
  name: 'system',
  role: 'ADMIN',
};
