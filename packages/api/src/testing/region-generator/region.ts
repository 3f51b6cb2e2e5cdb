import type { ActorLevel, ActorSector } from '../../modules/actor';
import type { County, Municipality, RegionAreas } from './areas';
import type { PlannedRecord } from './records';
import type { Random } from './random';

export interface PlannedActor {
  record: PlannedRecord;
  level: ActorLevel;
  sector: ActorSector;
  /** Its county; null for a national actor. */
  county: County | null;
  /** Its municipality, for a local actor. */
  municipality: Municipality | null;
  /** The people with a position there: who may represent it or act for it. */
  people: PlannedRecord[];
}

/** What a county holds, for the records that stay within one county. */
export interface CountyRegisters {
  county: County;
  actors: PlannedActor[];
  regionalActors: PlannedActor[];
  strategies: PlannedRecord[];
  objectives: PlannedRecord[];
  forums: PlannedRecord[];
}

/**
 * The data set as it grows, county by county: most relations stay within a county (its actors
 * sit in its forums and take on its strategies), as they do in regional development.
 */
export class Region {
  readonly actors: PlannedActor[] = [];
  readonly people: PlannedRecord[] = [];
  private readonly registers: Map<County, CountyRegisters>;

  constructor(readonly areas: RegionAreas) {
    this.registers = new Map(
      areas.counties.map((county) => [
        county,
        { county, actors: [], regionalActors: [], strategies: [], objectives: [], forums: [] },
      ]),
    );
  }

  of(county: County): CountyRegisters {
    return this.registers.get(county)!;
  }

  /** An actor's county; a national actor's is any county, drawn each time. */
  countyOf(actor: PlannedActor, random: Random): CountyRegisters {
    return this.of(actor.county ?? random.pick(this.areas.counties));
  }
}
