import type { EntityManager } from 'typeorm';
import type { FieldErrors } from '../errors';

/** What a one-of reference points at: the kind (its GraphQL type name) and the record's id. */
export interface KindAndId<K extends string> {
  kind: K;
  id: string;
}

/**
 * A reference to a record of one of several kinds (a GraphQL union), held as one nullable
 * foreign key per kind, never an untyped polymorphic id; the migration's CHECK says how many may
 * be set. `columns` names, for each kind, the entity property and the table it points into.
 */
export class OneOfReference<K extends string, P extends string> {
  readonly kinds: K[];

  constructor(private readonly columns: Record<K, { property: P; table: string }>) {
    this.kinds = Object.keys(columns) as K[];
  }

  /** The kind and id a record points at, or null when none of the columns is set. */
  of(record: Record<P, string | null>): KindAndId<K> | null {
    for (const kind of this.kinds) {
      const id = record[this.columns[kind].property];
      if (id) return { kind, id };
    }
    return null;
  }

  /** The entity values for a reference: its kind's column set, every other one null. */
  values(reference: KindAndId<K> | null): Record<P, string | null> {
    const values = {} as Record<P, string | null>;
    for (const kind of this.kinds) {
      values[this.columns[kind].property] = reference?.kind === kind ? reference.id : null;
    }
    return values;
  }

  /** Reports on `field` when the referenced record does not exist. */
  async check(
    tx: EntityManager,
    errors: FieldErrors,
    field: string,
    reference: KindAndId<K> | null,
  ): Promise<void> {
    if (!reference) return;
    const rows: unknown[] = await tx.query(
      `SELECT 1 FROM ${this.columns[reference.kind].table} WHERE id = $1`,
      [reference.id],
    );
    if (rows.length === 0) {
      errors.add(field, 'NOT_FOUND', `No ${reference.kind.toLowerCase()} has this id.`);
    }
  }
}
