/** How large a data set to generate; the same shape (seed included) gives the same set. */
export interface RegionShape {
  seed: number;
  /** The first counties by code, of the 21. */
  counties: number;
  /** Municipalities of those counties, taken from each county in turn (by code), of the 290. */
  municipalities: number;
  actors: number;
  people: number;
  positions: number;
  forums: number;
  memberships: number;
  /** The first forums have exactly `largeForumMembers` members each, none of them ended. */
  largeForums: number;
  largeForumMembers: number;
  strategies: number;
  objectives: number;
  /** How many of the objectives the first strategy has. */
  largeStrategyObjectives: number;
  indicators: number;
  responsibilities: number;
}

/** The national data set: every county and municipality, and benchmark-sized registers in them. */
export const NATIONAL_SHAPE: RegionShape = {
  seed: 1,
  counties: 21,
  municipalities: 290,
  actors: 10_000,
  people: 20_000,
  positions: 20_000,
  forums: 1_000,
  memberships: 30_000,
  largeForums: 5,
  largeForumMembers: 50,
  strategies: 50,
  objectives: 2_000,
  largeStrategyObjectives: 60,
  indicators: 2_000,
  responsibilities: 100_000,
};

/** An area of the data set by its official code. */
export interface CodedId {
  code: string;
  id: string;
}

export interface GeneratedRegion {
  /** Records written, by kind (the areas are reference data, not written). */
  counts: {
    actors: number;
    people: number;
    positions: number;
    forums: number;
    memberships: number;
    representatives: number;
    strategies: number;
    objectives: number;
    indicators: number;
    responsibilities: number;
    /** Positions, memberships and responsibilities that were ended (an END in their history). */
    ended: number;
    auditEvents: number;
  };
  /** Database ids (not global IDs), in the order they were generated. */
  ids: {
    /** The generated source every generated record cites. */
    source: string;
    counties: CodedId[];
    municipalities: CodedId[];
    actors: string[];
    people: string[];
    positions: string[];
    forums: string[];
    memberships: string[];
    strategies: string[];
    objectives: string[];
    indicators: string[];
    responsibilities: string[];
    /** The forums with `largeForumMembers` members (the first forums). */
    largeForums: string[];
    /** The strategy with `largeStrategyObjectives` objectives (the first strategy). */
    largeStrategy: string | null;
  };
}

/** What is being written, and how far it has come: for a progress bar. */
export interface GenerationProgress {
  phase: string;
  done: number;
  total: number;
}

export interface GenerationOptions {
  onProgress?: (progress: GenerationProgress) => void;
}
