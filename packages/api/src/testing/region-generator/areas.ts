import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AreaKind } from '../../modules/area';
import type { Plan } from './records';
import type { RegionShape } from './shape';
import { PERIOD_START } from './time';

/** The rows of a TSV file in `data/` (header first), as objects keyed by its column names. */
function readData(file: string): Record<string, string>[] {
  const [header, ...lines] = readFileSync(join(__dirname, 'data', file), 'utf8')
    .trim()
    .split('\n');
  const columns = header.split('\t');
  return lines.map((line) => {
    const values = line.split('\t');
    return Object.fromEntries(columns.map((column, index) => [column, values[index]]));
  });
}

/** An area of the data set, whether written now or already in the database. */
export interface PlacedArea {
  id: string;
  code: string;
  name: string;
  recordedAt: number;
}

export interface Municipality extends PlacedArea {
  county: County;
}

export interface County extends PlacedArea {
  municipalities: Municipality[];
}

export interface RegionAreas {
  country: PlacedArea;
  counties: County[];
  /** By code. */
  municipalities: Municipality[];
}

const COUNTRY = { code: 'SE', name: 'Sverige' };

/** The real counties and municipalities the shape asks for: the first counties by code, and
 * their municipalities taken from each county in turn (by code), so every county gets some. */
function chosenAreas(shape: RegionShape) {
  const counties = readData('counties.tsv');
  const municipalities = readData('municipalities.tsv');
  if (shape.counties < 1 || shape.counties > counties.length) {
    throw new Error(`counties must be 1–${counties.length}, got ${shape.counties}`);
  }
  const chosen = counties.slice(0, shape.counties);
  const byCounty = chosen.map((county) =>
    municipalities.filter((m) => m.county_code === county.county_code),
  );
  const available = byCounty.reduce((sum, list) => sum + list.length, 0);
  if (shape.municipalities < 0 || shape.municipalities > available) {
    throw new Error(`municipalities must be 0–${available} for ${shape.counties} counties`);
  }
  const taken: Record<string, string>[] = [];
  for (let round = 0; taken.length < shape.municipalities; round++) {
    for (const list of byCounty) {
      if (round < list.length && taken.length < shape.municipalities) taken.push(list[round]);
    }
  }
  return { counties: chosen, municipalities: taken.sort((a, b) => a.code.localeCompare(b.code)) };
}

/**
 * Plans the country, the NUTS-2 regions, counties and municipalities as the seed data set has
 * them (COUNTRY → NUTS2 → COUNTY → MUNICIPALITY, with their `nuts` and `scb` identifiers). An
 * area whose code the database already has (`existing`: code → id) is reused as it is.
 */
export function planAreas(
  plan: Plan,
  shape: RegionShape,
  existing: ReadonlyMap<string, string>,
): RegionAreas {
  let recordedAt = PERIOD_START;
  const area = (
    code: string,
    name: string,
    kind: AreaKind,
    parent: PlacedArea | null,
    identifiers: Record<string, string>,
  ): PlacedArea => {
    const known = existing.get(code);
    if (known) return { id: known, code, name, recordedAt: PERIOD_START };
    const record = plan.add(
      'Area',
      { code, name, kind, parentId: parent?.id ?? null },
      ++recordedAt,
      {
        // Sorted by scheme, as the identifier store lists them.
        identifiers: Object.entries(identifiers)
          .sort(([a], [b]) => a.localeCompare(b))
          .map(([scheme, value]) => ({ scheme, value })),
      },
    );
    return { id: record.id, code, name, recordedAt: record.recordedAt };
  };

  const chosen = chosenAreas(shape);
  const country = area(COUNTRY.code, COUNTRY.name, 'COUNTRY', null, { nuts: COUNTRY.code });
  const regions = new Map<string, PlacedArea>();
  const counties = chosen.counties.map((row): County => {
    if (!regions.has(row.nuts2)) {
      regions.set(
        row.nuts2,
        area(row.nuts2, row.nuts2_name, 'NUTS2', country, { nuts: row.nuts2 }),
      );
    }
    const parent = regions.get(row.nuts2)!;
    const identifiers = { scb: row.county_code, nuts: row.nuts3 };
    const county = area(row.county_code, row.county_name, 'COUNTY', parent, identifiers);
    return { ...county, municipalities: [] };
  });
  const countyByCode = new Map(counties.map((county) => [county.code, county]));
  const municipalities = chosen.municipalities.map((row): Municipality => {
    const county = countyByCode.get(row.county_code)!;
    const placed = area(row.code, row.name, 'MUNICIPALITY', county, { scb: row.code });
    const municipality = { ...placed, county };
    county.municipalities.push(municipality);
    return municipality;
  });
  return { country, counties, municipalities };
}

/** Every code `planAreas` may use, to look up which the database already has. */
export function codesOf(shape: RegionShape): string[] {
  const chosen = chosenAreas(shape);
  return [
    COUNTRY.code,
    ...chosen.counties.flatMap((row) => [row.nuts2, row.county_code]),
    ...chosen.municipalities.map((row) => row.code),
  ];
}
