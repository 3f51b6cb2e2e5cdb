import { ObjectiveType } from '../strategy/objective.types';
import { ResponsibilitiesField } from './responsibilities.field';

export const ObjectiveResponsibilitiesResolver = ResponsibilitiesField(
  () => ObjectiveType,
  'responsibilitiesForObjective',
  'Who does what for this objective on the day.',
);
