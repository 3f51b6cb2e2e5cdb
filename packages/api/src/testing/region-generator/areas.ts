// The data alone, not the module's index: the benchmark imports the generator first, and the
// index would load the module's resolvers (and through them the others') in the wrong order.
import {
  SWEDISH_COUNTIES,
  SWEDISH_MUNICIPALITIES,
} from '../../modules/area/reference/swedish-areas';
import type { RegionShape } from './shape';
import { PERIOD_START } from './time';

/** An area of the data set: one of Sweden's reference areas, which the database holds. */
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
  if (shape.counties < 1 || shape.counties > SWEDISH_COUNTIES.length) {
    throw new Error(`counties must be 1–${SWEDISH_COUNTIES.length}, got ${shape.counties}`);
  }
  const counties = SWEDISH_COUNTIES.slice(0, shape.counties);
  const byCounty = counties.map((county) =>
    SWEDISH_MUNICIPALITIES.filter((m) => m.countyCode === county.code),
  );
  const available = byCounty.reduce((sum, list) => sum + list.length, 0);
  if (shape.municipalities < 0 || shape.municipalities > available) {
    throw new Error(`municipalities must be 0–${available} for ${shape.counties} counties`);
  }
  const taken: (typeof SWEDISH_MUNICIPALITIES)[number][] = [];
  for (let round = 0; taken.length < shape.municipalities; round++) {
    for (const list of byCounty) {
      if (round < list.length && taken.length < shape.municipalities) taken.push(list[round]);
    }
  }
  return { counties, municipalities: taken.sort((a, b) => a.code.localeCompare(b.code)) };
}

/**
 * The country, counties and municipalities the shape asks for, as the database holds them
 * (`existing`: code → id). Sweden's areas are reference data every database has from its first
 * start (the area module's `loadReferenceAreas`), so the generator writes none.
 */
export function placeAreas(shape: RegionShape, existing: ReadonlyMap<string, string>): RegionAreas {
  const placed = (code: string, name: string): PlacedArea => {
    const id = existing.get(code);
    if (!id) throw new Error(`No area ${code} (${name}): load Sweden's reference areas first.`);
    return { id, code, name, recordedAt: PERIOD_START };
  };
  const chosen = chosenAreas(shape);
  const country = placed(COUNTRY.code, COUNTRY.name);
  const counties = chosen.counties.map((row): County => ({
    ...placed(row.code, row.name),
    municipalities: [],
  }));
  const countyByCode = new Map(counties.map((county) => [county.code, county]));
  const municipalities = chosen.municipalities.map((row): Municipality => {
    const county = countyByCode.get(row.countyCode)!;
    const municipality = { ...placed(row.code, row.name), county };
    county.municipalities.push(municipality);
    return municipality;
  });
  return { country, counties, municipalities };
}

/** Every code `placeAreas` uses, to look their ids up. */
export function codesOf(shape: RegionShape): string[] {
  const chosen = chosenAreas(shape);
  return [
    COUNTRY.code,
    ...chosen.counties.map((row) => row.code),
    ...chosen.municipalities.map((row) => row.code),
  ];
}
