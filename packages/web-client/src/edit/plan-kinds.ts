import {
  IndicatorCreateDocument,
  IndicatorEditDocument,
  IndicatorUpdateDocument,
  MeasurementCreateDocument,
  MeasurementEditDocument,
  MeasurementUpdateDocument,
  ObjectiveCreateDocument,
  ObjectiveEditDocument,
  ObjectiveUpdateDocument,
  ResponsibilityCreateDocument,
  ResponsibilityEditDocument,
  ResponsibilityUpdateDocument,
  type IndicatorDirection,
  type ResponsibilityStatus,
} from '@samverkan/schema';
import { RESPONSIBILITY_ROLES } from '../enums';
import type { FieldSpec } from './fields';
import { editKind, type EditKind } from './kind';

/** A record's sources: each a document, the section and the exact words. */
export const SOURCES: FieldSpec = {
  name: 'sources',
  kind: 'list',
  item: 'citation',
  parts: [
    { name: 'source', kind: 'ref', search: 'SOURCE', required: true },
    { name: 'section', kind: 'text' },
    { name: 'quote', kind: 'textarea' },
  ],
};

const RESPONSIBILITY_STATUSES = ['ACTIVE', 'PROPOSED'] satisfies ResponsibilityStatus[];
const DIRECTIONS = ['INCREASE', 'DECREASE', 'MAINTAIN'] satisfies IndicatorDirection[];

const RESPONSIBILITY_FIELDS: FieldSpec[] = [
  { name: 'actor', kind: 'ref', search: 'ACTOR', required: true, createOnly: true },
  {
    name: 'subject',
    kind: 'ref',
    search: ['STRATEGY', 'OBJECTIVE', 'FORUM', 'AREA', 'TOPIC'],
    required: true,
    createOnly: true,
  },
  { name: 'role', kind: 'enum', values: RESPONSIBILITY_ROLES, required: true },
  { name: 'status', kind: 'enum', values: RESPONSIBILITY_STATUSES, required: true },
  { name: 'person', kind: 'ref', search: 'PERSON' },
  { name: 'personIsExternal', kind: 'boolean' },
  {
    name: 'mandate',
    kind: 'group',
    parts: [
      { name: 'text', label: 'mandateText', kind: 'textarea', required: true },
      { name: 'reference', label: 'mandateReference', kind: 'text' },
    ],
  },
  { name: 'validFrom', kind: 'date' },
  { name: 'validTo', kind: 'date' },
  SOURCES,
];

const OBJECTIVE_FIELDS: FieldSpec[] = [
  { name: 'code', kind: 'text', required: true },
  { name: 'title', label: 'heading', kind: 'text', required: true },
  { name: 'parent', label: 'parentObjective', kind: 'ref', search: 'OBJECTIVE' },
  { name: 'description', kind: 'textarea' },
  SOURCES,
];

const INDICATOR_FIELDS: FieldSpec[] = [
  { name: 'name', kind: 'text', required: true },
  { name: 'unit', kind: 'text' },
  { name: 'direction', kind: 'enum', values: DIRECTIONS, required: true },
  { name: 'baseline', kind: 'number' },
  { name: 'baselineDate', kind: 'date' },
  { name: 'target', kind: 'number' },
  { name: 'targetDate', kind: 'date' },
  SOURCES,
];

const MEASUREMENT_FIELDS: FieldSpec[] = [
  { name: 'date', kind: 'date', required: true },
  { name: 'value', kind: 'number', required: true },
  { name: 'note', kind: 'textarea' },
  { name: 'source', kind: 'ref', search: 'SOURCE' },
];

/** What a strategy and an actor's commitments hold, edited where their pages list them. */
export type PlanTypename = 'Responsibility' | 'Objective' | 'Indicator' | 'Measurement';

export const PLAN_KINDS: Record<PlanTypename, EditKind> = {
  Responsibility: editKind('Responsibility', RESPONSIBILITY_FIELDS, {
    edit: ResponsibilityEditDocument,
    create: ResponsibilityCreateDocument,
    update: ResponsibilityUpdateDocument,
  }),
  Objective: editKind('Objective', OBJECTIVE_FIELDS, {
    edit: ObjectiveEditDocument,
    create: ObjectiveCreateDocument,
    update: ObjectiveUpdateDocument,
  }),
  Indicator: editKind('Indicator', INDICATOR_FIELDS, {
    edit: IndicatorEditDocument,
    create: IndicatorCreateDocument,
    update: IndicatorUpdateDocument,
  }),
  Measurement: editKind('Measurement', MEASUREMENT_FIELDS, {
    edit: MeasurementEditDocument,
    create: MeasurementCreateDocument,
    update: MeasurementUpdateDocument,
  }),
};
