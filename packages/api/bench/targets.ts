import type { DataSource } from 'typeorm';

/** The records the benchmark's requests ask for (database ids), picked from the generated set. */
export interface BenchTargets {
  actor: { id: string; slug: string };
  forum: { id: string; slug: string };
  strategy: { id: string; slug: string };
  person: { id: string; slug: string };
  county: { id: string; code: string };
  country: { id: string; code: string } | null;
}

const one = async <T>(dataSource: DataSource, what: string, sql: string): Promise<T> => {
  const [row] = (await dataSource.query(sql)) as T[];
  if (!row) throw new Error(`the benchmark's data set has no ${what}`);
  return row;
};

/**
 * Typical-to-large records: the actor with the most responsibilities, the person representing
 * most memberships, the forum
 * with nearest 50 members, the strategy with nearest 60 objectives, the county with most actors.
 */
export async function pickTargets(dataSource: DataSource): Promise<BenchTargets> {
  return {
    actor: await one(
      dataSource,
      'actor',
      `SELECT a.id, a.slug FROM actor a JOIN responsibility r ON r.actor_id = a.id
        GROUP BY a.id ORDER BY count(*) DESC, a.id LIMIT 1`,
    ),
    person: await one(
      dataSource,
      'person',
      `SELECT p.id, p.slug FROM person p
         LEFT JOIN forum_membership_representative rep ON rep.person_id = p.id
        GROUP BY p.id ORDER BY count(rep.*) DESC, p.id LIMIT 1`,
    ),
    forum: await one(
      dataSource,
      'forum',
      `SELECT f.id, f.slug FROM forum f JOIN forum_membership m ON m.forum_id = f.id
        GROUP BY f.id ORDER BY abs(count(*) - 50), f.id LIMIT 1`,
    ),
    strategy: await one(
      dataSource,
      'strategy',
      `SELECT s.id, s.slug FROM strategy s LEFT JOIN objective o ON o.strategy_id = s.id
        GROUP BY s.id ORDER BY abs(count(o.*) - 60), s.id LIMIT 1`,
    ),
    county: await one(
      dataSource,
      'county',
      `SELECT c.id, c.code FROM area c
         JOIN area m ON m.parent_id = c.id OR m.id = c.id
         JOIN actor_area aa ON aa.area_id = m.id
        WHERE c.kind = 'COUNTY' GROUP BY c.id ORDER BY count(*) DESC, c.code LIMIT 1`,
    ),
    country:
      (
        (await dataSource.query(
          `SELECT id, code FROM area WHERE kind = 'COUNTRY' ORDER BY code LIMIT 1`,
        )) as { id: string; code: string }[]
      )[0] ?? null,
  };
}
