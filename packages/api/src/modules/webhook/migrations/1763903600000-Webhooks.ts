import type { MigrationInterface, QueryRunner } from 'typeorm';
import { areasWithin } from '../../area';
import { RECORD_COLUMNS } from '../../../core/db/migration-sql';
import { homeAreasFunction } from '../home-areas-sql';

/**
 * The hash of the `webhook_home_areas` this migration made (`homeAreasFunctionHash`): when
 * `HOME_AREAS` changes, a test fails until a new migration makes the function again and names
 * the new hash.
 */
export const HOME_AREAS_FUNCTION_HASH = '2ead1fa9ac08';

/**
 * Webhooks: the receivers admins register, and a delivery of each change to each of them, queued
 * in the database by a trigger on the audit log, in the transaction of the change: a committed
 * change has its deliveries, a rolled-back one none, and they wait out restarts. Private: no view
 * in `published` (see `PRIVATE_TABLES`).
 */
export class Webhooks1763903600000 implements MigrationInterface {
  name = 'Webhooks1763903600000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE webhook (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        url text NOT NULL CHECK (url ~ '^https?://'),
        description text,
        record_types text[] NOT NULL DEFAULT '{}',
        operations text[] NOT NULL DEFAULT '{}',
        area_id uuid REFERENCES area (id),
        -- What signs its deliveries: kept as it is (an HMAC needs it), never shown again.
        secret text NOT NULL,
        active boolean NOT NULL DEFAULT true,
        paused_at timestamptz(3),
        paused_reason text,
        consecutive_failures integer NOT NULL DEFAULT 0,
        ${RECORD_COLUMNS},
        -- Paused (not active) with when and why; active with neither.
        CHECK (active = (paused_at IS NULL) AND active = (paused_reason IS NULL))
      );
      CREATE INDEX webhook_area_idx ON webhook (area_id);

      -- One change (an audit event) for one webhook. No foreign key to the audit log, which is
      -- append-only: its rows stay.
      CREATE TABLE webhook_delivery (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        webhook_id uuid NOT NULL REFERENCES webhook (id) ON DELETE CASCADE,
        event_id bigint NOT NULL,
        status text NOT NULL DEFAULT 'PENDING'
          CHECK (status IN ('PENDING', 'RETRYING', 'DELIVERED')),
        attempts integer NOT NULL DEFAULT 0,
        -- When it is due; while an attempt runs, when its claim lapses. Null once delivered.
        next_attempt_at timestamptz(3) DEFAULT now(),
        -- The attempt under way: whose answer is recorded.
        claim uuid,
        last_attempt_at timestamptz(3),
        last_response_status integer,
        last_error text,
        delivered_at timestamptz(3),
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        UNIQUE (webhook_id, event_id),
        CHECK ((status = 'DELIVERED') = (delivered_at IS NOT NULL)),
        CHECK ((status = 'DELIVERED') = (next_attempt_at IS NULL))
      );
      CREATE INDEX webhook_delivery_due_idx ON webhook_delivery (next_attempt_at)
        WHERE status <> 'DELIVERED';
      CREATE INDEX webhook_delivery_list_idx ON webhook_delivery (webhook_id, event_id DESC, id);
    `);
    await db.query(homeAreasFunction());
    await db.query(`
      CREATE FUNCTION webhook_deliveries_queue() RETURNS trigger LANGUAGE plpgsql AS $queue$
      BEGIN
        INSERT INTO webhook_delivery (webhook_id, event_id)
        SELECT w.id, e.id
          FROM audit_event_inserted e
          JOIN webhook w
            ON (w.record_types = '{}' OR e.record_type = ANY (w.record_types))
           AND (w.operations = '{}' OR e.operation = ANY (w.operations))
         WHERE w.area_id IS NULL
            OR EXISTS (SELECT FROM webhook_home_areas(e.record_id, e.record_type) home(id)
                        WHERE home.id IN (${areasWithin('w.area_id')}))
         ORDER BY e.id, w.id;
        RETURN NULL;
      END $queue$;
      CREATE TRIGGER audit_event_webhook_deliveries AFTER INSERT ON audit_event
        REFERENCING NEW TABLE AS audit_event_inserted
        FOR EACH STATEMENT EXECUTE FUNCTION webhook_deliveries_queue();
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      DROP TRIGGER audit_event_webhook_deliveries ON audit_event;
      DROP FUNCTION webhook_deliveries_queue();
      DROP FUNCTION webhook_home_areas(uuid, text);
      DROP TABLE webhook_delivery;
      DROP TABLE webhook;
    `);
  }
}
