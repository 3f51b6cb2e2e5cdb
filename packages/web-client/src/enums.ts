import type { ActorSector, ResponsibilityRole, Role } from '@samverkan/schema';

/** The responsibility roles in the order the client shows them: who carries the work first. */
export const RESPONSIBILITY_ROLES: readonly ResponsibilityRole[] = [
  'LEADS',
  'CONVENES',
  'EXECUTES',
  'CONTRIBUTES',
  'FUNDS',
  'CONSULTED',
  'INFORMED',
];

/** The actors' sectors in the order the client shows them. */
export const ACTOR_SECTORS: readonly ActorSector[] = [
  'PUBLIC',
  'BUSINESS',
  'ACADEMIA',
  'CIVIL_SOCIETY',
];

/** What a user or a service account may do, the least first (each includes the ones before). */
export const ROLES: readonly Role[] = ['VIEWER', 'EDITOR', 'ADMIN'];
