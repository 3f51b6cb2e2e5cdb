import type { DataSource, EntityManager } from 'typeorm';
import type { Caller } from '../../../core/audit/audit.service';
import { SYSTEM_VIEWER } from '../../../core/auth/roles';
import type { Identifier } from '../../identifier';
import type { ReferenceAreaKind } from '../area.entity';
import type { AreaService } from '../area.service';
import { SWEDISH_COUNTIES, SWEDISH_MUNICIPALITIES } from './swedish-areas';

/** An area of Sweden every database holds, as the reference data says it is. */
export interface ReferenceArea {
  code: string;
  name: string;
  kind: ReferenceAreaKind;
  parentCode: string | null;
  /** Sorted by scheme, as the identifier store lists them. */
  identifiers: Identifier[];
}

const nuts = (value: string): Identifier => ({ scheme: 'nuts', value });
const scb = (value: string): Identifier => ({ scheme: 'scb', value });

/**
 * Sweden's areas, each parent before its children: the country, its NUTS-1 and NUTS-2 regions,
 * the 21 counties (NUTS-3) and the 290 municipalities. NUTS regions go by their NUTS code,
 * counties and municipalities by SCB's.
 */
export function referenceAreas(): ReferenceArea[] {
  const areas: ReferenceArea[] = [
    { code: 'SE', name: 'Sverige', kind: 'COUNTRY', parentCode: null, identifiers: [nuts('SE')] },
  ];
  const region = (code: string, name: string, kind: ReferenceAreaKind, parentCode: string) => {
    if (!areas.some((area) => area.code === code)) {
      areas.push({ code, name, kind, parentCode, identifiers: [nuts(code)] });
    }
  };
  for (const county of SWEDISH_COUNTIES)
    region(county.nuts1.code, county.nuts1.name, 'NUTS1', 'SE');
  for (const county of SWEDISH_COUNTIES) {
    region(county.nuts2.code, county.nuts2.name, 'NUTS2', county.nuts1.code);
  }
  for (const county of SWEDISH_COUNTIES) {
    areas.push({
      code: county.code,
      name: county.name,
      kind: 'COUNTY',
      parentCode: county.nuts2.code,
      identifiers: [nuts(county.nuts3), scb(county.code)],
    });
  }
  for (const municipality of SWEDISH_MUNICIPALITIES) {
    areas.push({
      code: municipality.code,
      name: municipality.name,
      kind: 'MUNICIPALITY',
      parentCode: municipality.countyCode,
      identifiers: [scb(municipality.code)],
    });
  }
  return areas;
}

/** An area as the database holds it, for comparing with the reference data. */
interface StoredArea {
  id: string;
  version: number;
  code: string;
  name: string;
  kind: string;
  parent_id: string | null;
  identifiers: Identifier[];
}

export interface ReferenceLoadReport {
  created: number;
  updated: number;
}

/** Two API processes starting together load the reference data one after the other. */
const LOCK_KEY = 7_438_113;
const CALLER: Caller = { viewer: SYSTEM_VIEWER, requestId: 'reference-areas' };

/**
 * Makes the database hold Sweden's areas as the reference data says (`referenceAreas`): creates
 * the missing ones and corrects names, kinds, parents and the reference identifiers of the others
 * (identifiers in other schemes, added by people, stay). Runs on every start; once the areas are
 * there it reads them in one statement and writes nothing. Writes go through the area service,
 * so they are validated and audited (as "system"), all in one transaction.
 */
export async function loadReferenceAreas(
  dataSource: DataSource,
  areas: AreaService,
): Promise<ReferenceLoadReport> {
  const planned = referenceAreas();
  return dataSource.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [LOCK_KEY]);
    const stored = await storedAreas(
      tx,
      planned.map((area) => area.code),
    );
    const ids = new Map<string, string>();
    const report: ReferenceLoadReport = { created: 0, updated: 0 };
    for (const area of planned) {
      const parentId = area.parentCode ? (ids.get(area.parentCode) ?? null) : null;
      const known = stored.get(area.code);
      if (!known) {
        const record = await areas.create(CALLER, { ...area, parentId }, tx);
        ids.set(area.code, record.id);
        report.created += 1;
        continue;
      }
      ids.set(area.code, known.id);
      const identifiers = withReferenceIdentifiers(known.identifiers, area.identifiers);
      const same =
        known.name === area.name &&
        known.kind === area.kind &&
        known.parent_id === parentId &&
        JSON.stringify(identifiers) === JSON.stringify(known.identifiers);
      if (!same) {
        const { name, kind } = area;
        const change = { id: known.id, version: known.version, name, kind, parentId, identifiers };
        await areas.update(CALLER, change, tx);
        report.updated += 1;
      }
    }
    return report;
  });
}

async function storedAreas(tx: EntityManager, codes: string[]): Promise<Map<string, StoredArea>> {
  const rows: StoredArea[] = await tx.query(
    `SELECT a.id, a.version, a.code, a.name, a.kind, a.parent_id,
            coalesce(json_agg(json_build_object('scheme', i.scheme, 'value', i.identifier)
                       ORDER BY i.scheme) FILTER (WHERE i.scheme IS NOT NULL), '[]') AS identifiers
       FROM area a LEFT JOIN area_identifier i ON i.area_id = a.id
      WHERE a.code = ANY($1::text[])
      GROUP BY a.id`,
    [codes],
  );
  return new Map(rows.map((row) => [row.code, row]));
}

/** An area's identifiers with those of the reference data in their schemes, sorted by scheme. */
function withReferenceIdentifiers(stored: Identifier[], reference: Identifier[]): Identifier[] {
  const schemes = new Set(reference.map((identifier) => identifier.scheme));
  return [...stored.filter((identifier) => !schemes.has(identifier.scheme)), ...reference].sort(
    (a, b) => a.scheme.localeCompare(b.scheme),
  );
}
