import { PersonType } from '../person';
import { ResponsibilitiesField } from './responsibilities.field';

export const PersonResponsibilitiesResolver = ResponsibilitiesField(
  () => PersonType,
  'responsibilitiesOfPerson',
  'Responsibilities this person acts in on the day.',
);
