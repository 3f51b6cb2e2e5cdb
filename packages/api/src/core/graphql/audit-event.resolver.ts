import { Ctx, FieldResolver, Resolver, Root, type ClassType } from 'type-graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import type { AuditEventEntity } from '../audit/audit-event.entity';
import { withoutPersonalFields } from '../audit/personal-fields';
import { idsIn, withIds, type RecordLabel } from '../audit/record-labels';
import type { RecordAtEvent } from '../audit/names-at-event';
import { summariseChange, type Language } from '../audit/summary';
import { toGlobalId } from '../relay/global-id';
import type { Context } from '../context';
import { AuditReferenceType } from './audit-event.type';
import { LangArg } from './language';

export type LabelContext = Context<
  unknown,
  { recordLabels: { loadMany(ids: string[]): Promise<(RecordLabel | null | Error)[]> } }
>;

type SummaryContext = Context<
  unknown,
  LabelContext['loaders'] & {
    namesAtEvent: { loadMany(records: RecordAtEvent[]): Promise<(string | null | Error)[]> };
  }
>;

/** The records named by these database ids, as the caller may see them. */
async function labelsFor(ids: string[], context: LabelContext) {
  const labels = await context.loaders.recordLabels.loadMany(ids);
  return new Map(
    ids.flatMap((id, i) => {
      const label = labels[i];
      if (!label || label instanceof Error) return [];
      // A person who objects to publication is not named to anonymous callers.
      const shown = label.withheld && !context.viewer ? { ...label, name: null } : label;
      return [[id, shown] as const];
    }),
  );
}

/** The records the event's snapshots (and the event itself) name, by database id. */
const labelsOf = (event: AuditEventEntity, context: LabelContext) =>
  labelsFor([...idsIn([event.recordId, event.before, event.after])], context);

/**
 * The records the event names, each as the audit log named it when the event was written (a
 * record the log never had then keeps its name now; a withheld one stays unnamed).
 */
async function labelsAtEvent(event: AuditEventEntity, context: SummaryContext) {
  const labels = await labelsOf(event, context);
  const named = [...labels].filter(([, label]) => label.name !== null);
  const then = await context.loaders.namesAtEvent.loadMany(
    named.map(([id, label]) => ({ type: label.type, id, eventId: event.id })),
  );
  named.forEach(([id, label], i) => {
    const name = then[i];
    if (typeof name === 'string') labels.set(id, { ...label, name });
  });
  return labels;
}

/** `value` with every id of a record in it replaced by the record's global ID. */
export async function withGlobalIds(value: unknown, context: LabelContext): Promise<unknown> {
  const labels = await labelsFor([...idsIn(value)], context);
  return withIds(value, labels, (id, label) => toGlobalId(label.type, id));
}

/** The records `value` refers to, with their names now (as the caller may see them). */
export async function referencesIn(value: unknown, context: LabelContext) {
  const labels = await labelsFor([...idsIn(value)], context);
  return [...labels].map(([id, label]) => ({
    id: toGlobalId(label.type, id),
    recordType: label.type,
    name: label.name,
  }));
}

/** A snapshot with global IDs; without personal fields for anonymous callers. */
const globalIds = async (
  snapshot: Record<string, unknown> | null,
  event: AuditEventEntity,
  context: LabelContext,
) => {
  const readable = context.viewer ? snapshot : withoutPersonalFields(event.recordType, snapshot);
  return (
    readable &&
    withIds(readable, await labelsOf(event, context), (id, label) => toGlobalId(label.type, id))
  );
};

/**
 * The fields of an audit event worded for people and clients: snapshots with global IDs, the
 * records they name, and a summary. For `AuditEvent` and the types that extend it (`Change`).
 */
export function AuditEventFieldsResolver(type: ClassType) {
  @Resolver(() => type)
  class AuditEventFields {
    /** Who made a change, and in which request, are not public: signed-in callers only. */
    @FieldResolver(() => String, { nullable: true })
    actorName(@Root() event: AuditEventEntity, @Ctx() { viewer }: LabelContext) {
      return viewer ? event.actorName : null;
    }

    @FieldResolver(() => String, { nullable: true })
    requestId(@Root() event: AuditEventEntity, @Ctx() { viewer }: LabelContext) {
      return viewer ? event.requestId : null;
    }

    @FieldResolver(() => GraphQLJSONObject, { nullable: true })
    before(@Root() event: AuditEventEntity, @Ctx() context: LabelContext) {
      return globalIds(event.before, event, context);
    }

    @FieldResolver(() => GraphQLJSONObject, { nullable: true })
    after(@Root() event: AuditEventEntity, @Ctx() context: LabelContext) {
      return globalIds(event.after, event, context);
    }

    @FieldResolver(() => [AuditReferenceType], {
      description:
        'The records `before` and `after` refer to, with their names now: to show names rather than IDs.',
    })
    references(@Root() event: AuditEventEntity, @Ctx() context: LabelContext) {
      return referencesIn([event.before, event.after], context);
    }

    @FieldResolver(() => String, {
      description:
        'The change in words: `The actor "Almi" was changed: website.`, `Medlemskapet "Almi i Länspartnerskapet" avslutades.` The record’s own name as the change left it; the records it relates as the register named them when the change was made.',
    })
    async summary(
      @Root() event: AuditEventEntity,
      @LangArg() lang: Language,
      @Ctx() context: SummaryContext,
    ) {
      return summariseChange(event, await labelsAtEvent(event, context), lang);
    }
  }
  return AuditEventFields;
}
