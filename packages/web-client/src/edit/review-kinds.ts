import {
  CollaborationAssessmentCreateDocument,
  CollaborationAssessmentEditDocument,
  CollaborationAssessmentUpdateDocument,
  OpenQuestionCreateDocument,
  OpenQuestionEditDocument,
  OpenQuestionUpdateDocument,
  ReviewCreateDocument,
  ReviewEditDocument,
  ReviewFindingCreateDocument,
  ReviewFindingEditDocument,
  ReviewFindingUpdateDocument,
  ReviewShiftCreateDocument,
  ReviewShiftEditDocument,
  ReviewShiftUpdateDocument,
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
  {
    name: 'factors',
    kind: 'list',
    item: 'factor',
    parts: [
      { name: 'factor', kind: 'factor', required: true },
      { name: 'rating', kind: 'rating' },
      { name: 'comment', label: 'factorComment', kind: 'text' },
    ],
  },
  SOURCES,
];

const FINDING_FIELDS: FieldSpec[] = [
  { name: 'title', label: 'heading', kind: 'text', required: true },
  { name: 'category', label: 'findingCategory', kind: 'text' },
  { name: 'text', kind: 'textarea' },
  { name: 'points', kind: 'lines' },
  SOURCES,
];

const SHIFT_FIELDS: FieldSpec[] = [
  { name: 'from', label: 'shiftFrom', kind: 'textarea', required: true },
  { name: 'to', label: 'shiftTo', kind: 'textarea', required: true },
  SOURCES,
];

const QUESTION_FIELDS: FieldSpec[] = [
  { name: 'title', label: 'question', kind: 'text', required: true },
  { name: 'text', kind: 'textarea' },
  { name: 'points', kind: 'lines' },
  SOURCES,
];

/**
 * A forum's reviews, their findings, shifts and open questions, and the forum's collaboration
 * assessments, edited on the forum's and review's pages.
 */
export type ReviewTypename =
  'Review' | 'ReviewFinding' | 'ReviewShift' | 'OpenQuestion' | 'CollaborationAssessment';

export const REVIEW_KINDS: Record<ReviewTypename, EditKind> = {
  Review: editKind('Review', REVIEW_FIELDS, {
    edit: ReviewEditDocument,
    create: ReviewCreateDocument,
    update: ReviewUpdateDocument,
  }),
  ReviewFinding: editKind('ReviewFinding', FINDING_FIELDS, {
    edit: ReviewFindingEditDocument,
    create: ReviewFindingCreateDocument,
    update: ReviewFindingUpdateDocument,
  }),
  ReviewShift: editKind('ReviewShift', SHIFT_FIELDS, {
    edit: ReviewShiftEditDocument,
    create: ReviewShiftCreateDocument,
    update: ReviewShiftUpdateDocument,
  }),
  OpenQuestion: editKind('OpenQuestion', QUESTION_FIELDS, {
    edit: OpenQuestionEditDocument,
    create: OpenQuestionCreateDocument,
    update: OpenQuestionUpdateDocument,
  }),
  CollaborationAssessment: editKind('CollaborationAssessment', ASSESSMENT_FIELDS, {
    edit: CollaborationAssessmentEditDocument,
    create: CollaborationAssessmentCreateDocument,
    update: CollaborationAssessmentUpdateDocument,
  }),
};
