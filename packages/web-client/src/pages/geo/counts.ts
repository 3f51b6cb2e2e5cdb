import type { GeoCountsQuery } from '@samverkan/schema';

/** The figures the map shades by, per area code. */
export interface Counts {
  actors: Map<string, number>;
  responsibilities: Map<string, number>;
}

/** Actors and responsibilities per area code, as the API counted them (what lies within too). */
export function countsOf(data: GeoCountsQuery): Counts {
  const of = (measure: 'actors' | 'responsibilities') =>
    new Map(data.areaFigures.map((figures) => [figures.area.code, figures[measure]]));
  return { actors: of('actors'), responsibilities: of('responsibilities') };
}
