import type { Viewer } from '../../core/auth/roles';
import type { DataSource } from 'typeorm';
import { AuditEventEntity } from '../../core/audit/audit-event.entity';
import { paginate } from '../../core/relay/pagination';
import { areasWithin } from '../area';

export interface ChangeFilter {
  /** Changes at or after this instant. */
  since: Date;
  /** Only changes to records of these types ("Actor", "Forum" …); every type when null. */
  recordTypes?: readonly string[] | null;
  /** Only changes to records whose area is this one or within it. */
  areaId?: string | null;
}

/**
 * Where a record of each type has its areas, for the `area` filter: `from` joins the tables,
 * `record` is the record's id in them and `area` an area id. Records of types not listed here
 * have no area and are left out when the feed is narrowed to an area. The area is the record's
 * area now, not when it changed.
 */
interface AreaLink {
  from: string;
  record: string;
  area: string;
}

export const RECORD_AREAS: Readonly<Record<string, AreaLink>> = {
  Area: { from: 'area x', record: 'x.id', area: 'x.id' },
  Actor: { from: 'actor_area x', record: 'x.actor_id', area: 'x.area_id' },
  Position: {
    from: 'position x JOIN actor_area y ON y.actor_id = x.actor_id',
    record: 'x.id',
    area: 'y.area_id',
  },
  Forum: { from: 'forum x', record: 'x.id', area: 'x.area_id' },
  ForumMembership: {
    from: 'forum_membership x JOIN forum y ON y.id = x.forum_id',
    record: 'x.id',
    area: 'y.area_id',
  },
  Meeting: {
    from: 'meeting x JOIN forum y ON y.id = x.forum_id',
    record: 'x.id',
    area: 'y.area_id',
  },
  Strategy: { from: 'strategy x', record: 'x.id', area: 'x.area_id' },
  Objective: {
    from: 'objective x JOIN strategy y ON y.id = x.strategy_id',
    record: 'x.id',
    area: 'y.area_id',
  },
};

/**
 * The region-wide feed of changes, read from the audit log: oldest first, paged by the log's
 * own order (its id), for integrators that keep a copy in step.
 */
export class ChangeService {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * The changes `viewer` may see: for anonymous callers nothing about a person who objects to
   * publication (their connection's views already leave out proposals).
   */
  private visibleTo(viewer: Viewer | null) {
    const query = this.dataSource.getRepository(AuditEventEntity).createQueryBuilder('event');
    if (!viewer) {
      query.where(
        `NOT (event.record_type = 'Person'
              AND event.record_id IN (SELECT id FROM person WHERE objects_to_publication))`,
      );
    }
    return query;
  }

  /** One statement per page (and one more for `totalCount`, when asked). */
  list(
    viewer: Viewer | null,
    filter: ChangeFilter,
    page: { first?: number | null; after?: string | null },
  ) {
    const query = this.visibleTo(viewer).andWhere('event.occurred_at >= :since', {
      since: filter.since,
    });
    if (filter.recordTypes) {
      query.andWhere('event.record_type = ANY(:recordTypes)', {
        recordTypes: [...filter.recordTypes],
      });
    }
    if (filter.areaId) {
      const areas = Object.entries(RECORD_AREAS).map(
        ([type, link]) =>
          `SELECT ${link.area} FROM ${link.from}
           WHERE event.record_type = '${type}' AND ${link.record} = event.record_id`,
      );
      query.andWhere(
        `event.record_type IN (:...areaTypes) AND EXISTS (
           SELECT 1 FROM (${areas.join(' UNION ALL ')}) AS record_area(area_id)
           WHERE record_area.area_id IN (${areasWithin(':areaId')}))`,
        { areaTypes: Object.keys(RECORD_AREAS), areaId: filter.areaId },
      );
    }
    return paginate(query, page, [{ column: 'event.id', property: 'id', direction: 'ASC' }]);
  }

  /**
   * When the register last changed that `viewer` may see: the latest change's time, one
   * statement read backwards along the index on `occurred_at`; null before any change.
   */
  async latestAt(viewer: Viewer | null): Promise<Date | null> {
    const latest = await this.visibleTo(viewer)
      .select('event.occurred_at', 'occurredAt')
      .orderBy('event.occurred_at', 'DESC')
      .limit(1)
      .getRawOne<{ occurredAt: Date }>();
    return latest?.occurredAt ?? null;
  }
}
