import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * `attribute_period`: the values over time of the fields that change in the world (see
 * core/db/timeline.ts) — a forum's chair, convenor, status and parent, an actor's parent and
 * areas, a strategy's owner and status, a membership's representatives. One row per period,
 * the value as JSON (an id, a list of ids, a status), no two periods of a field overlapping.
 *
 * One table for all of them rather than one per field: the values are ids of records that are
 * never deleted (archived, ended or retracted instead), checked when written, and the record's own
 * column, with its foreign key, keeps the value recorded last.
 *
 * The values of today carry over **open-start** (valid_from NULL: "since before we know"), as the
 * register never recorded when they began; a dissolved forum's status is ACTIVE until the day it
 * was dissolved and DISSOLVED from then on.
 *
 * `attribute_period_known_at(known_at, record_types)`: the periods as the register knew them at
 * `known_at`, from the audit log (a snapshot carries its record's periods as `timeline`). A
 * snapshot from before this migration has none: each of its fields stands for its value then,
 * for as long as the record is known. A record retracted or not yet made by then has none.
 */
export class AttributePeriods1763901800000 implements MigrationInterface {
  name = 'AttributePeriods1763901800000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE attribute_period (
        record_type text NOT NULL,
        record_id uuid NOT NULL,
        attribute text NOT NULL,
        value jsonb NOT NULL,
        valid_from date,
        valid_to date,
        CONSTRAINT attribute_period_order
          CHECK (valid_from IS NULL OR valid_to IS NULL OR valid_from < valid_to),
        CONSTRAINT attribute_period_no_overlap EXCLUDE USING gist
          (record_id WITH =, attribute WITH =, daterange(valid_from, valid_to) WITH &&)
      );
      CREATE INDEX attribute_period_record_idx
        ON attribute_period (record_id, attribute, valid_from);
      CREATE INDEX attribute_period_type_idx ON attribute_period (record_type, attribute);
      -- Who acts for which members: a person's representations (\`value @> '["<id>"]'\`).
      CREATE INDEX attribute_period_representatives_idx ON attribute_period
        USING gin (value jsonb_path_ops) WHERE attribute = 'representativeIds';

      INSERT INTO attribute_period (record_type, record_id, attribute, value, valid_from, valid_to)
      SELECT 'Forum', id, field.attribute, coalesce(field.value, 'null'), NULL::date, NULL::date
        FROM forum CROSS JOIN LATERAL (VALUES
          ('chairId', to_jsonb(chair_id)), ('convenorId', to_jsonb(convenor_id)),
          ('parentId', to_jsonb(parent_id))) AS field(attribute, value)
      UNION ALL
      SELECT 'Forum', id, 'status', to_jsonb(status), NULL, NULL
        FROM forum WHERE dissolved_on IS NULL
      UNION ALL
      SELECT 'Forum', id, 'status', '"ACTIVE"', NULL, dissolved_on
        FROM forum WHERE dissolved_on IS NOT NULL
      UNION ALL
      SELECT 'Forum', id, 'status', '"DISSOLVED"', dissolved_on, NULL
        FROM forum WHERE dissolved_on IS NOT NULL
      UNION ALL
      SELECT 'Actor', id, 'parentId', coalesce(to_jsonb(parent_id), 'null'), NULL, NULL FROM actor
      UNION ALL
      SELECT 'Actor', actor.id, 'areaIds',
             coalesce((SELECT jsonb_agg(link.area_id ORDER BY link.position)
                         FROM actor_area link WHERE link.actor_id = actor.id), '[]'),
             NULL, NULL
        FROM actor
      UNION ALL
      SELECT 'Strategy', id, field.attribute, coalesce(field.value, 'null'), NULL, NULL
        FROM strategy CROSS JOIN LATERAL (VALUES
          ('ownerId', to_jsonb(owner_id)), ('status', to_jsonb(status))) AS field(attribute, value)
      UNION ALL
      SELECT 'ForumMembership', membership.id, 'representativeIds',
             coalesce((SELECT jsonb_agg(link.person_id ORDER BY link.position)
                         FROM forum_membership_representative link
                        WHERE link.membership_id = membership.id), '[]'),
             NULL, NULL
        FROM forum_membership membership;

      CREATE FUNCTION attribute_period_known_at(known_at timestamptz, record_types text[])
      RETURNS SETOF attribute_period
      LANGUAGE sql STABLE AS $$
        WITH latest AS (
          SELECT DISTINCT ON (e.record_type, e.record_id) e.record_type, e.record_id, e.after
            FROM audit_event e
           WHERE e.occurred_at <= known_at AND e.record_type = ANY (record_types)
           ORDER BY e.record_type, e.record_id, e.id DESC
        )
        SELECT l.record_type, l.record_id, field.attribute, period -> 'value',
               (period ->> 'validFrom')::date, (period ->> 'validTo')::date
          FROM latest l
          CROSS JOIN LATERAL jsonb_each(l.after -> 'timeline') AS field(attribute, periods)
          CROSS JOIN LATERAL jsonb_array_elements(field.periods) AS period
        UNION ALL
        SELECT l.record_type, l.record_id, field.attribute, field.value, NULL::date, NULL::date
          FROM latest l
          CROSS JOIN LATERAL jsonb_each(l.after) AS field(attribute, value)
         WHERE NOT l.after ? 'timeline'
      $$;
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      DROP FUNCTION attribute_period_known_at(timestamptz, text[]);
      DROP TABLE attribute_period;
    `);
  }
}
