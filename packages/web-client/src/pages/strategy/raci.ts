import type { RaciMatrixQuery } from '@samverkan/schema';
import type { Dictionary } from '../../i18n/sv';

export type Matrix = RaciMatrixQuery['raciMatrix'];

/** The RACI letters in their order: responsible, accountable, consulted, informed. */
export const LETTERS = ['RESPONSIBLE', 'ACCOUNTABLE', 'CONSULTED', 'INFORMED'] as const;

/** What the matrix flags: an objective nobody leads (a gap), or one several lead (a conflict). */
export const PROBLEMS = ['gap', 'conflict'] as const;
export type Problem = (typeof PROBLEMS)[number];

/** A problem's words: the flag on a column, and the heading of the list of such objectives. */
export function problemWords(t: Dictionary, problem: Problem): { flag: string; list: string } {
  return problem === 'gap'
    ? { flag: t.gap, list: t.gaps }
    : { flag: t.conflict, list: t.conflicts };
}
