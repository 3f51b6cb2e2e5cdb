import {
  ActionCreateDocument,
  ActionEditDocument,
  ActionUpdateDocument,
  AgendaItemCreateDocument,
  AgendaItemEditDocument,
  AgendaItemUpdateDocument,
  DecisionCreateDocument,
  DecisionEditDocument,
  DecisionUpdateDocument,
  MeetingCreateDocument,
  MeetingEditDocument,
  MeetingUpdateDocument,
  type ActionStatus,
  type MeetingFormat,
} from '@samverkan/schema';
import type { FieldSpec } from './fields';
import { editKind, type EditKind } from './kind';
import { SOURCES } from './plan-kinds';

const FORMATS = ['IN_PERSON', 'ONLINE', 'HYBRID'] satisfies MeetingFormat[];
export const ACTION_STATUSES = [
  'OPEN',
  'IN_PROGRESS',
  'DONE',
  'CANCELLED',
] satisfies ActionStatus[];

const MEETING_FIELDS: FieldSpec[] = [
  { name: 'title', label: 'heading', kind: 'text', required: true },
  { name: 'startsAt', kind: 'datetime', required: true },
  { name: 'endsAt', kind: 'datetime' },
  { name: 'format', kind: 'enum', values: FORMATS },
  { name: 'theme', kind: 'textarea' },
  SOURCES,
];

const AGENDA_ITEM_FIELDS: FieldSpec[] = [
  { name: 'title', label: 'heading', kind: 'text', required: true },
  { name: 'description', kind: 'textarea' },
  {
    name: 'presenters',
    kind: 'list',
    item: 'presenter',
    parts: [
      { name: 'person', kind: 'ref', search: 'PERSON', required: true },
      { name: 'actor', label: 'speaksFor', kind: 'ref', search: 'ACTOR' },
      { name: 'title', label: 'positionTitle', kind: 'text' },
    ],
  },
  SOURCES,
];

const DECISION_FIELDS: FieldSpec[] = [
  { name: 'text', label: 'decisionText', kind: 'textarea', required: true },
  { name: 'date', kind: 'date' },
  {
    name: 'subject',
    label: 'about',
    kind: 'ref',
    search: ['STRATEGY', 'OBJECTIVE', 'FORUM', 'TOPIC'],
  },
  SOURCES,
];

const ACTION_FIELDS: FieldSpec[] = [
  { name: 'title', label: 'heading', kind: 'text', required: true },
  { name: 'owner', label: 'actionOwner', kind: 'ref', search: 'ACTOR', required: true },
  { name: 'person', kind: 'ref', search: 'PERSON' },
  { name: 'status', kind: 'enum', values: ACTION_STATUSES, createOnly: true },
  { name: 'due', kind: 'date' },
  { name: 'description', kind: 'textarea' },
  SOURCES,
];

/** A forum's meetings and what they hold, edited on the forum's page. */
export type MeetingTypename = 'Meeting' | 'AgendaItem' | 'Decision' | 'Action';

export const MEETING_KINDS: Record<MeetingTypename, EditKind> = {
  Meeting: editKind('Meeting', MEETING_FIELDS, {
    edit: MeetingEditDocument,
    create: MeetingCreateDocument,
    update: MeetingUpdateDocument,
  }),
  AgendaItem: editKind('AgendaItem', AGENDA_ITEM_FIELDS, {
    edit: AgendaItemEditDocument,
    create: AgendaItemCreateDocument,
    update: AgendaItemUpdateDocument,
  }),
  Decision: editKind('Decision', DECISION_FIELDS, {
    edit: DecisionEditDocument,
    create: DecisionCreateDocument,
    update: DecisionUpdateDocument,
  }),
  Action: editKind('Action', ACTION_FIELDS, {
    edit: ActionEditDocument,
    create: ActionCreateDocument,
    update: ActionUpdateDocument,
  }),
};
