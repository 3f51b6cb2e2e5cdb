import { randomUUID } from 'node:crypto';
import type { Citation } from '../../modules/citation';
import type { Random } from './random';
import { PERIOD_START, type ValidTime } from './time';

/** The kinds of record generated, as the audit log names them, with their tables, in write order. */
export const RECORD_TABLES = {
  Source: 'source',
  Actor: 'actor',
  Person: 'person',
  Position: 'position',
  Strategy: 'strategy',
  Objective: 'objective',
  Indicator: 'indicator',
  Forum: 'forum',
  ForumMembership: 'forum_membership',
  Responsibility: 'responsibility',
} as const;
export type RecordType = keyof typeof RECORD_TABLES;

/** The section of the generated source each kind of record cites. */
const SECTIONS: Record<Exclude<RecordType, 'Source'>, string> = {
  Actor: 'Aktörer',
  Person: 'Personer',
  Position: 'Befattningar',
  Strategy: 'Strategier',
  Objective: 'Mål',
  Indicator: 'Indikatorer',
  Forum: 'Forum',
  ForumMembership: 'Medlemskap',
  Responsibility: 'Ansvar',
};

/** One record to write, with what its history says of it. */
export interface PlannedRecord {
  type: RecordType;
  id: string;
  /** The entity's own fields as created: property names, as the audit log's snapshots have them. */
  fields: Record<string, unknown>;
  /** What stands beside it, as its snapshot lists it: `sources`, `areaIds`, `subject` … */
  links: Record<string, unknown>;
  recordedAt: number;
  /** Ended later through the service's `…End`: when, and the fields that changed. */
  end?: { at: number; fields: Record<string, unknown> };
}

/**
 * The data set before it is written: every record, in an order in which each comes after what
 * it refers to. Ids are random (the seed decides the records and how they relate, not their ids).
 */
export class Plan {
  readonly records: PlannedRecord[] = [];
  /** The generated source, recorded first: every other record cites it. */
  readonly source: PlannedRecord;
  private cited = 0;

  constructor(
    readonly random: Random,
    sourceFields: Record<string, unknown>,
  ) {
    this.source = {
      type: 'Source',
      id: randomUUID(),
      fields: sourceFields,
      links: {},
      recordedAt: PERIOD_START,
    };
    this.records.push(this.source);
  }

  /**
   * A record recorded at `when`; a record in valid time gets its period from `when` (open, and
   * `endFields` with its `validTo` if it was ended).
   */
  add(
    type: Exclude<RecordType, 'Source'>,
    fields: Record<string, unknown>,
    when: number | ValidTime,
    links: Record<string, unknown> = {},
    endFields: Record<string, unknown> = {},
  ): PlannedRecord {
    const record: PlannedRecord = {
      type,
      id: randomUUID(),
      fields,
      links: { ...links, sources: this.citations(type) },
      recordedAt: typeof when === 'number' ? when : when.recordedAt,
    };
    if (typeof when !== 'number') {
      Object.assign(fields, { validFrom: when.validFrom, validTo: null });
      if (when.end) {
        record.end = { at: when.end.at, fields: { validTo: when.end.validTo, ...endFields } };
      }
    }
    this.records.push(record);
    return record;
  }

  private citations(type: Exclude<RecordType, 'Source'>): Citation[] {
    const quote = `Fiktiv uppgift ${++this.cited}`;
    return [{ sourceId: this.source.id, quote, section: SECTIONS[type] }];
  }

  ofType(type: RecordType): PlannedRecord[] {
    return this.records.filter((record) => record.type === type);
  }
}
