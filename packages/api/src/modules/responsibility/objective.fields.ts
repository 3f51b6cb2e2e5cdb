import { ObjectiveType } from '../strategy';
import { ResponsibilitiesField } from './responsibilities.field';

export const ObjectiveResponsibilitiesResolver = ResponsibilitiesField(
  () => ObjectiveType,
  'responsibilitiesForObjective',
  'Who does what for this objective on the day.',
);
