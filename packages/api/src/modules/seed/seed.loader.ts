import type { Caller } from '../../core/audit/audit.service';
import { SYSTEM_VIEWER } from '../../core/auth/roles';
import type { Services } from '../../services';
import {
  SEED_ACTORS,
  SEED_AREAS,
  SEED_SOURCES,
  type SeedCitation,
  type SourceKey,
} from './seed-data';

export interface SeedReport {
  created: number;
  unchanged: number;
}

/**
 * Loads the seed data set through the same services as the API (validated and audited).
 * Idempotent: a record whose natural key (area code, source title, actor slug) exists is left as
 * it is, so running it twice changes nothing.
 */
export async function loadSeed(
  services: Services,
  log: (message: string) => void = () => undefined,
): Promise<SeedReport> {
  const caller: Caller = { viewer: SYSTEM_VIEWER, requestId: 'seed' };
  const report: SeedReport = { created: 0, unchanged: 0 };
  const count = (created: boolean) => (created ? report.created++ : report.unchanged++);

  const areaIds = new Map<string, string>();
  for (const area of SEED_AREAS) {
    const existing = await services.area.findByCode(area.code);
    const record =
      existing ??
      (await services.area.create(caller, {
        ...area,
        parentId: area.parentCode ? areaIds.get(area.parentCode) : null,
      }));
    count(!existing);
    areaIds.set(area.code, record.id);
  }

  const sourceIds = new Map<SourceKey, string>();
  for (const [key, source] of Object.entries(SEED_SOURCES) as [
    SourceKey,
    (typeof SEED_SOURCES)[SourceKey],
  ][]) {
    const existing = await services.source.findByTitle(source.title);
    const record = existing ?? (await services.source.create(caller, source));
    count(!existing);
    sourceIds.set(key, record.id);
  }
  const citations = (sources: SeedCitation[]) =>
    sources.map((c) => ({
      sourceId: sourceIds.get(c.source) as string,
      quote: c.quote,
      section: c.section,
    }));

  const actorIds = new Map<string, string>();
  for (const actor of SEED_ACTORS) {
    const existing = await services.actor.findBySlug(actor.slug);
    const record =
      existing ??
      (await services.actor.create(caller, {
        ...actor,
        areaIds: actor.areaCodes.map((code) => areaIds.get(code) as string),
        parentId: actor.parentSlug ? actorIds.get(actor.parentSlug) : null,
        sources: citations(actor.sources),
      }));
    count(!existing);
    actorIds.set(actor.slug, record.id);
  }

  // Publishers are actors, and actors cite sources: so sources get their publisher last.
  for (const source of Object.values(SEED_SOURCES)) {
    const record = await services.source.findByTitle(source.title);
    if (record && !record.publisherId) {
      await services.source.update(caller, {
        id: record.id,
        version: record.version,
        publisherId: actorIds.get(source.publisherSlug),
      });
    }
  }
  log(`seed: ${report.created} records created, ${report.unchanged} already present`);
  return report;
}
