import { Field, InputType } from 'type-graphql';
import { OneOf } from '../../core/graphql/one-of';
import { ValidTimeCreateInput } from '../../core/graphql/valid-time';
import type { InputIds } from '../../core/relay/global-id';
import type { RecordKey } from '../../core/db/record-key';
import { BulkUpsertResolver, recordKey, RecordKeyInput } from '../bulk';
import type { ResponsibilityRole, ResponsibilityStatus } from './responsibility.entity';
import type { SubjectKey } from './responsibility-bulk.service';
import {
  MandateInput,
  ResponsibilityRoleEnum,
  ResponsibilityStatusEnum,
} from './responsibility.types';

@InputType('ObjectiveKeyInput', { description: 'An objective by its strategy and its code there.' })
export class ObjectiveKeyInput {
  @Field(() => RecordKeyInput, { description: 'The strategy, by key.' })
  strategy: RecordKeyInput;

  @Field({ description: 'The objective\'s code in the strategy, e.g. "1.2".' })
  code: string;
}

@OneOf()
@InputType('ResponsibilitySubjectKeyInput', {
  description:
    'What a responsibility is for: exactly one of a strategy, objective, forum, area or topic.',
})
export class ResponsibilitySubjectKeyInput {
  @Field(() => RecordKeyInput, { nullable: true, description: 'A strategy, by key.' })
  strategy?: RecordKeyInput;

  @Field(() => ObjectiveKeyInput, { nullable: true, description: 'An objective of a strategy.' })
  objective?: ObjectiveKeyInput;

  @Field(() => RecordKeyInput, { nullable: true, description: 'A forum, by key.' })
  forum?: RecordKeyInput;

  @Field(() => RecordKeyInput, { nullable: true, description: 'An area, by its code.' })
  area?: RecordKeyInput;

  @Field(() => RecordKeyInput, { nullable: true, description: 'A topic, by key.' })
  topic?: RecordKeyInput;
}

@InputType('ResponsibilityUpsertItem', {
  description:
    "An actor's role for a subject as an external register has it: found by `key`, or else as the same responsibility (the actor's in this role for this subject, held on `validFrom`, or today when it is left out); made when there is none.",
})
export class ResponsibilityUpsertItem extends ValidTimeCreateInput {
  @Field(() => RecordKeyInput, {
    nullable: true,
    description: 'The responsibility by its ID; leave out to find it as the same one.',
  })
  key?: RecordKeyInput | null;

  @Field(() => RecordKeyInput, { nullable: true, description: 'The actor that holds it, by key.' })
  actor?: RecordKeyInput;

  @Field(() => RecordKeyInput, {
    nullable: true,
    description: 'The person acting for the actor, by key (null: none).',
  })
  person?: RecordKeyInput | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'The person acts from outside, holding no position at the actor.',
  })
  personIsExternal?: boolean | null;

  @Field(() => ResponsibilityRoleEnum, { nullable: true, description: 'What the actor does.' })
  role?: ResponsibilityRole;

  @Field(() => ResponsibilitySubjectKeyInput, { nullable: true, description: 'What it is for.' })
  subject?: ResponsibilitySubjectKeyInput;

  @Field(() => MandateInput, {
    nullable: true,
    description: 'What gives the actor it (null clears).',
  })
  mandate?: MandateInput | null;

  @Field(() => ResponsibilityStatusEnum, { nullable: true, description: 'Default ACTIVE.' })
  status?: ResponsibilityStatus | null;
}

const GRAPHQL_TYPES = {
  strategy: 'Strategy',
  forum: 'Forum',
  area: 'Area',
  topic: 'Topic',
} as const;

/** The subject's keys decoded (global IDs to database ids). */
function subjectKey(ids: InputIds, item: Record<string, unknown>): { subject?: SubjectKey } {
  const subject = item.subject as ResponsibilitySubjectKeyInput | null | undefined;
  if (!subject) return {};
  if (subject.objective) {
    const { strategy, code } = subject.objective;
    const key = recordKey(ids, strategy, 'Strategy', ['subject', 'objective', 'strategy']);
    return { subject: { kind: 'Objective', strategy: key as RecordKey, code } };
  }
  for (const [field, kind] of Object.entries(GRAPHQL_TYPES)) {
    const given = subject[field as keyof typeof GRAPHQL_TYPES];
    if (given) {
      const key = recordKey(ids, given, kind, ['subject', field]) as RecordKey;
      return { subject: { kind, key } };
    }
  }
  return {};
}

export const ResponsibilityBulkResolver = BulkUpsertResolver({
  mutation: 'responsibilitiesUpsert',
  recordType: 'Responsibility',
  item: ResponsibilityUpsertItem,
  noun: 'Responsibilities',
  service: 'responsibilityBulk',
  required: ['actor', 'role', 'subject'],
  references: {
    actor: { kind: 'actor', field: 'actorId' },
    person: { kind: 'person', field: 'personId' },
  },
  decode: subjectKey,
  description:
    'Creates or changes up to 1,000 responsibilities, who does what (see `actorsUpsert`); one without a key is found as the same responsibility.',
});
