import { actors } from './actors';
import { forums, memberships } from './forums';
import { people, positions } from './people';
import { responsibilities } from './responsibilities';
import { strategies } from './strategies';
import { topics } from './topics';
import type { RecordFormat } from './format';

/**
 * Every record type `import` and `export` know, in the order a whole register is best imported
 * (what a record refers to comes before it).
 */
export const FORMATS: RecordFormat[] = [
  actors,
  people,
  positions,
  topics,
  strategies,
  forums,
  memberships,
  responsibilities,
];

export const formatOf = (type: string) => FORMATS.find((format) => format.type === type);
export type { RecordFormat } from './format';
