import type { ResponsibilityRole } from './responsibility.entity';

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
