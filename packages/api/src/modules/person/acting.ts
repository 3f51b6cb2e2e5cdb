import type { EntityManager } from 'typeorm';
import type { Period } from '../../core/valid-time';

/**
 * Of `personIds`, those who hold a position at `actorId` on the first day of `period` — or, when
 * that day is not known, at some time within the period: the rule for a person acting for an
 * actor (a responsibility's person, a member's representative) unless recorded as acting from
 * outside. One statement.
 */
export async function peopleHoldingPosition(
  tx: EntityManager,
  { personIds, actorId, period }: { personIds: string[]; actorId: string; period: Period },
): Promise<Set<string>> {
  if (personIds.length === 0) return new Set();
  const rows: { person_id: string }[] = await tx.query(
    `SELECT DISTINCT person_id::text FROM position
      WHERE person_id = ANY($1::uuid[]) AND actor_id = $2
        AND CASE WHEN $3::date IS NULL
                 THEN daterange(valid_from, valid_to, '[)') && daterange(NULL, $4::date, '[)')
                 ELSE daterange(valid_from, valid_to, '[)') @> $3::date END`,
    [personIds, actorId, period.validFrom ?? null, period.validTo ?? null],
  );
  return new Set(rows.map((row) => row.person_id));
}

/** Where a person acting without a position is refused: "on 2025-01-01", "during this period". */
export const actingDay = (period: Period) =>
  period.validFrom ? `on ${period.validFrom}` : 'during this period';
