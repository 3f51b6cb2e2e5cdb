import type { GeoCountsQuery } from '@samverkan/schema';

/** The figures the map shades by, per area code. */
export interface Counts {
  actors: Map<string, number>;
  responsibilities: Map<string, number>;
}

/** Actors and responsibilities per area code; actors count for their areas and those above. */
export function countsOf(data: GeoCountsQuery): Counts {
  const parentOf = new Map(data.areas.nodes.map((a) => [a.code, a.parent?.code ?? null]));
  const actors = new Map<string, number>();
  for (const actor of data.actors.nodes) {
    const codes = new Set<string>();
    for (const area of actor.areas) {
      let code: string | null = area.code;
      while (code && !codes.has(code)) {
        codes.add(code);
        code = parentOf.get(code) ?? null;
      }
    }
    for (const code of codes) actors.set(code, (actors.get(code) ?? 0) + 1);
  }
  const responsibilities = new Map(
    data.areas.nodes.map((a) => [a.code, a.responsibilities.length]),
  );
  return { actors, responsibilities };
}
