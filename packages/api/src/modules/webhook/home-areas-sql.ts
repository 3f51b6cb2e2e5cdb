import { createHash } from 'node:crypto';
import { HOME_AREAS } from '../area';

/** The record type a key of `HOME_AREAS` stands for: `forumMembership` → `ForumMembership`. */
const recordTypeOf = (key: string) => `${key[0].toUpperCase()}${key.slice(1)}`;

/**
 * `webhook_home_areas(record_id, record_type)`: the ids of a record's home areas, as `HOME_AREAS`
 * (modules/area/home-areas.ts) says for its type; an area is its own home; a type with none (a
 * topic, reference data) has none. The trigger that queues deliveries asks it for webhooks limited
 * to an area, in the transaction of the change, so a record retracted in that transaction still
 * has its areas.
 *
 * Made from `HOME_AREAS` when a migration runs: a change there needs a migration that runs this
 * again (`webhook.test.ts` fails until one does, by `HOME_AREAS_FUNCTION_HASH`).
 */
export function homeAreasFunction(): string {
  const branches = Object.entries(HOME_AREAS).map(
    ([key, { sql }]) =>
      `WHEN '${recordTypeOf(key)}' THEN
          RETURN QUERY SELECT h.id FROM (${sql}) h(id) WHERE h.id IS NOT NULL;`,
  );
  return `CREATE OR REPLACE FUNCTION webhook_home_areas(uuid, text) RETURNS SETOF uuid
      LANGUAGE plpgsql STABLE AS $home$
    BEGIN
      CASE $2
        WHEN 'Area' THEN RETURN QUERY SELECT $1;
        ${branches.join('\n        ')}
        ELSE RETURN;
      END CASE;
    END $home$`;
}

/** A short hash of the function `homeAreasFunction` makes now, for the migrations to name. */
export function homeAreasFunctionHash(): string {
  return createHash('sha1').update(homeAreasFunction()).digest('hex').slice(0, 12);
}
