import { TopicType } from '../topic';
import { ResponsibilitiesField } from './responsibilities.field';

export const TopicResponsibilitiesResolver = ResponsibilitiesField(
  () => TopicType,
  'responsibilitiesForTopic',
  'Who does what on this topic on the day.',
);
