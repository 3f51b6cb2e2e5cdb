import { ForumType } from '../forum';
import { ResponsibilitiesField } from './responsibilities.field';

export const ForumResponsibilitiesResolver = ResponsibilitiesField(
  () => ForumType,
  'responsibilitiesForForum',
  'Who does what for this forum on the day.',
);
