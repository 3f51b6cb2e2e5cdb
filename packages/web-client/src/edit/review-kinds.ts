import {
  CollaborationAssessmentCreateDocument,
  CollaborationAssessmentEditDocument,
  CollaborationAssessmentUpdateDocument,
  ReviewCreateDocument,
  ReviewEditDocument,
  ReviewUpdateDocument,
} from '@samverkan/schema';
import type { FieldSpec } from './fields';
import { editKind, type EditKind } from './kind';
import { SOURCES } from './plan-kinds';

const REVIEW_FIELDS: FieldSpec[] = [
  { name: 'title', label: 'heading', kind: 'text', required: true },
  { name: 'date', kind: 'date' },
  { name: 'commissionedBy', kind: 'ref', search: 'ACTOR' },
  { name: 'goal', label: 'reviewGoal', kind: 'textarea' },
  { name: 'background', kind: 'textarea' },
  { name: 'method', kind: 'textarea' },
  { name: 'themes', kind: 'lines' },
  {
    name: 'contacts',
    kind: 'list',
    item: 'contact',
    parts: [
      { name: 'person', kind: 'ref', search: 'PERSON', required: true },
      { name: 'role', label: 'contactRole', kind: 'text' },
    ],
  },
  SOURCES,
];

const ASSESSMENT_FIELDS: FieldSpec[] = [
  { name: 'date', kind: 'date', required: true },
  { name: 'level', label: 'collaborationLevel', kind: 'level' },
  { name: 'author', kind: 'ref', search: 'PERSON' },
  { name: 'comment', kind: 'textarea' },
  SOURCES,
];

/** A forum's reviews and its collaboration assessments, edited on the forum's and review's pages. */
export type ReviewTypename = 'Review' | 'CollaborationAssessment';

export const REVIEW_KINDS: Record<ReviewTypename, EditKind> = {
  Review: editKind('Review', REVIEW_FIELDS, {
    edit: ReviewEditDocument,
    create: ReviewCreateDocument,
    update: ReviewUpdateDocument,
  }),
  CollaborationAssessment: editKind('CollaborationAssessment', ASSESSMENT_FIELDS, {
    edit: CollaborationAssessmentEditDocument,
    create: CollaborationAssessmentCreateDocument,
    update: CollaborationAssessmentUpdateDocument,
  }),
};
