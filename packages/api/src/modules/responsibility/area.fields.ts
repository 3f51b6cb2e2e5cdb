import { AreaType } from '../area';
import { ResponsibilitiesField } from './responsibilities.field';

export const AreaResponsibilitiesResolver = ResponsibilitiesField(
  () => AreaType,
  'responsibilitiesForArea',
  'Who does what for this area on the day.',
);
