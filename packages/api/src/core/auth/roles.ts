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
  tokenId: string | null;
  name: string;
  role: Role;
}

/** The viewer the seed loader and start-up tasks act as. */
export const SYSTEM_VIEWER: Viewer = { tokenId: null, name: 'system', role: 'ADMIN' };
