import { ActorType } from '../actor/actor.types';
import { ResponsibilitiesField } from './responsibilities.field';

export const ActorResponsibilitiesResolver = ResponsibilitiesField(
  () => ActorType,
  'responsibilitiesOfActor',
  'What this actor is responsible for on the day.',
);
