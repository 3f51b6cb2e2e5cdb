import type { DataSource } from 'typeorm';
import type { Caller } from '../../core/audit/audit.service';
import { SYSTEM_VIEWER } from '../../core/auth/roles';
import type { Services } from '../../services';
import type { Citation } from '../citation';

/** The two source documents, by the key the seed data uses for them. */
export type SourceKey = 'webinar' | 'report';

/** A passage of a source document: quoted exactly, under its section heading. */
export interface SeedCitation {
  source: SourceKey;
  section: string;
  quote: string;
}

export interface SeedReport {
  created: number;
  unchanged: number;
}

/**
 * What loading the seed data set needs: the services (so every record is validated and
 * audited), the caller it acts as, and the registry of what each seed entry became.
 */
export class SeedContext {
  readonly caller: Caller = { viewer: SYSTEM_VIEWER, requestId: 'seed' };
  readonly report: SeedReport = { created: 0, unchanged: 0 };
  private readonly ids = new Map<string, string>();

  constructor(
    readonly services: Services,
    private readonly dataSource: DataSource,
  ) {}

  /**
   * The record of a seed entry: the one the registry remembers, else one found by its natural
   * key (`find`, for databases seeded before the registry), else a new one from `create`.
   */
  async ensure(
    key: string,
    create: () => Promise<{ id: string }>,
    find?: () => Promise<{ id: string } | null>,
  ): Promise<string> {
    const [known] = await this.dataSource.query(
      'SELECT record_id FROM seed_record WHERE key = $1',
      [key],
    );
    let id: string | undefined = known?.record_id;
    if (!id) {
      const found = find ? await find() : null;
      id = (found ?? (await create())).id;
      if (!found) this.report.created += 1;
      else this.report.unchanged += 1;
      await this.dataSource.query(
        'INSERT INTO seed_record (key, record_type, record_id) VALUES ($1, $2, $3)',
        [key, key.split(':')[0], id],
      );
    } else {
      this.report.unchanged += 1;
    }
    this.ids.set(key, id);
    return id;
  }

  /**
   * Names every area `area:<code>` for the entries that refer to one: Sweden's areas are
   * reference data, there before the seed (see the area module), not part of it.
   */
  async useAreas(): Promise<void> {
    const rows: { code: string; id: string }[] = await this.dataSource.query(
      'SELECT code, id FROM area',
    );
    for (const row of rows) this.ids.set(`area:${row.code}`, row.id);
  }

  /** The id of an entry loaded earlier; a missing one is a mistake in the seed data. */
  id(key: string): string {
    const id = this.ids.get(key);
    if (!id) throw new Error(`Seed data refers to ${key}, which was not loaded before it`);
    return id;
  }

  optionalId(key: string | null | undefined): string | null {
    return key ? this.id(key) : null;
  }

  citations(citations: SeedCitation[]): Citation[] {
    return citations.map((c) => ({
      sourceId: this.id(`source:${c.source}`),
      quote: c.quote,
      section: c.section,
    }));
  }
}
