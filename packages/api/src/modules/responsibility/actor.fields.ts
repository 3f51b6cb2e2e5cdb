import { ActorType } from '../actor';
import { ResponsibilitiesField } from './responsibilities.field';

export const ActorResponsibilitiesResolver = ResponsibilitiesField(
  () => ActorType,
  'responsibilitiesOfActor',
  'What this actor is responsible for on the day.',
);
