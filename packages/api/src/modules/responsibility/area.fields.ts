import { AreaType } from '../area/area.types';
import { ResponsibilitiesField } from './responsibilities.field';

export const AreaResponsibilitiesResolver = ResponsibilitiesField(
  () => AreaType,
  'responsibilitiesForArea',
  'Who does what for this area on the day.',
);
