import { StrategyType } from '../strategy';
import { ResponsibilitiesField } from './responsibilities.field';

export const StrategyResponsibilitiesResolver = ResponsibilitiesField(
  () => StrategyType,
  'responsibilitiesForStrategy',
  'Who does what for this strategy on the day.',
);
