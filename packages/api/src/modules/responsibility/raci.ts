import { RESPONSIBILITY_ROLES, type ResponsibilityRole } from './responsibility.entity';

export const RACI_ROLES = ['RESPONSIBLE', 'ACCOUNTABLE', 'CONSULTED', 'INFORMED'] as const;
export type RaciRole = (typeof RACI_ROLES)[number];

/**
 * The plain RACI projection of the richer roles:
 * - LEADS ("ansvarar") → ACCOUNTABLE: answers for the outcome;
 * - CONVENES ("sammankallar och leder"), EXECUTES ("genomför") and CONTRIBUTES ("deltar/bidrar")
 *   → RESPONSIBLE: they do the work (RASCI's "supports" folds into R);
 * - FUNDS and CONSULTED → CONSULTED: their say is sought, not their labour;
 * - INFORMED → INFORMED.
 */
export const RACI_OF: Record<ResponsibilityRole, RaciRole> = {
  LEADS: 'ACCOUNTABLE',
  CONVENES: 'RESPONSIBLE',
  EXECUTES: 'RESPONSIBLE',
  CONTRIBUTES: 'RESPONSIBLE',
  FUNDS: 'CONSULTED',
  CONSULTED: 'CONSULTED',
  INFORMED: 'INFORMED',
};

/** Roles each once, in the order of `RESPONSIBILITY_ROLES` (LEADS first). */
export function distinctRoles(roles: Iterable<ResponsibilityRole>): ResponsibilityRole[] {
  const held = new Set(roles);
  return RESPONSIBILITY_ROLES.filter((role) => held.has(role));
}

/** The plain RACI letters of some roles, each once, in the order R, A, C, I. */
export function raciLetters(roles: Iterable<ResponsibilityRole>): RaciRole[] {
  const letters = new Set([...roles].map((role) => RACI_OF[role]));
  return RACI_ROLES.filter((letter) => letters.has(letter));
}
