import { isFresh, keepWritten, writtenRows } from '../../core/db/fresh';
import type { DataSource, EntityManager } from 'typeorm';
import { FieldErrors } from '../../core/errors';
import { groupedLoader } from '../../core/db/loaders';
import { kept } from '../../core/kept';
import { batchedRead } from '../../core/db/read-batch';
import { findQuote, nearestPassage } from './passage';

/** A record's reference to a source document, down to the passage. */
export interface Citation {
  sourceId: string;
  quote: string | null;
  section: string | null;
}

export const MAX_QUOTE_LENGTH = 4000;

interface CitationRow {
  record_id: string;
  source_id: string;
  quote: string | null;
  section: string | null;
}

const citationOf = (row: CitationRow): Citation => ({
  sourceId: row.source_id,
  quote: row.quote,
  section: row.section,
});

/** Every citation table's store, by table: a request's one citation loader reads any of them. */
const STORES = new Map<string, CitationStore>();

/**
 * Citations live in one table per cited kind (`actor_citation`, `area_citation`, …) so every row
 * has real foreign keys. This class is the one piece of code that reads and writes any of them.
 */
export class CitationStore {
  /**
   * The type of record (as `node` names it) whose citations this store keeps: named by the type's
   * resolver when it is declared (`RecordResolver`), so a source's citing records can be loaded.
   */
  recordType: string | null = null;

  constructor(
    private readonly table: string,
    private readonly recordColumn: string,
  ) {
    STORES.set(table, this);
  }

  /** The key of a record's citations in a request's citation loader (`citationLoader`). */
  keyOf(recordId: string): string {
    return `${this.table}:${recordId}`;
  }

  /**
   * Checks the cited sources exist, and each quotation against its source's text when the source
   * holds one (white space and emphasis aside): one that is not in it is refused with the nearest
   * sentence of the document. Errors go to `sources.<i>.source` and `sources.<i>.quote`.
   */
  async validate(
    manager: EntityManager,
    citations: Citation[],
    errors: FieldErrors,
  ): Promise<void> {
    const ids = [...new Set(citations.map((c) => c.sourceId))];
    const found: { id: string; title: string; text: string | null }[] = ids.length
      ? await manager.query('SELECT id, title, text FROM source WHERE id = ANY($1::uuid[])', [ids])
      : [];
    const sources = new Map(found.map((row) => [row.id, row]));
    for (const [index, citation] of citations.entries()) {
      const field = ['sources', String(index)];
      const source = sources.get(citation.sourceId);
      if (!source) errors.add([...field, 'source'], 'NOT_FOUND', 'No source has this id.');
      if ((citation.quote?.length ?? 0) > MAX_QUOTE_LENGTH) {
        errors.add(
          [...field, 'quote'],
          'TOO_LONG',
          `A quotation may be at most ${MAX_QUOTE_LENGTH} characters.`,
        );
      } else if (source?.text && citation.quote && !findQuote(source.text, citation.quote)) {
        const nearest = await nearestPassage(manager, source.text, citation.quote);
        errors.add(
          [...field, 'quote'],
          'INVALID',
          `The quotation is not in "${source.title}" (white space aside). The nearest passage: "${nearest}".`,
        );
      }
    }
  }

  /** Replaces all citations of a record, keeping their order. */
  async replace(manager: EntityManager, recordId: string, citations: Citation[]): Promise<void> {
    if (isFresh(manager, recordId)) {
      const rows = citations.map((c) => ({
        sourceId: c.sourceId,
        quote: c.quote ?? null,
        section: c.section ?? null,
      }));
      keepWritten(manager, this.table, recordId, rows);
    } else {
      await manager.query(`DELETE FROM ${this.table} WHERE ${this.recordColumn} = $1`, [recordId]);
    }
    if (citations.length === 0) return;
    await manager.query(
      `INSERT INTO ${this.table} (${this.recordColumn}, source_id, quote, section, position)
       SELECT $1, source_id, quote, section, position
       FROM unnest($2::uuid[], $3::text[], $4::text[]) WITH ORDINALITY AS c(source_id, quote, section, position)`,
      [
        recordId,
        citations.map((c) => c.sourceId),
        citations.map((c) => c.quote),
        citations.map((c) => c.section),
      ],
    );
  }

  /** SQL: the citations of the records whose ids are the uuid[] parameter `parameter` ("$1"). */
  selectFor(parameter: string): string {
    return `SELECT ${this.recordColumn} AS record_id, source_id, quote, section, position
           FROM ${this.table} WHERE ${this.recordColumn} = ANY(${parameter}::uuid[])`;
  }

  /** SQL: the citations of the sources whose ids are the uuid[] parameter `parameter`. */
  selectCiting(parameter: string): string {
    return `SELECT ${this.recordColumn} AS record_id, source_id, quote, section, position
           FROM ${this.table} WHERE source_id = ANY(${parameter}::uuid[])`;
  }

  /** The citations of one record, as the audit log's before/after snapshot shows them. */
  async snapshot(manager: EntityManager, recordId: string): Promise<Citation[]> {
    const written = writtenRows<Citation>(manager, this.table, recordId);
    if (written) return written;
    const rows: { source_id: string; quote: string | null; section: string | null }[] =
      await manager.query(
        `SELECT source_id, quote, section FROM ${this.table} WHERE ${this.recordColumn} = $1 ORDER BY position`,
        [recordId],
      );
    return rows.map((r) => ({ sourceId: r.source_id, quote: r.quote, section: r.section }));
  }
}

/**
 * The citations of records of any kinds in one statement per batch, whatever the mix: the key is
 * `store.keyOf(recordId)`. One loader for every kind, so a page's citations (of an actor, its
 * responsibilities, their subjects, a map's edges) cost one statement, not one per kind.
 */
export function citationLoader(dataSource: DataSource) {
  return groupedLoader<Citation>(async (keys) => {
    const idsByTable = new Map<string, string[]>();
    for (const key of keys) {
      const separator = key.indexOf(':');
      const table = key.slice(0, separator);
      if (!STORES.has(table)) throw new Error(`No citation store has the table ${table}`);
      kept(idsByTable, table, () => []).push(key.slice(separator + 1));
    }
    const parameters: unknown[] = [];
    const selects = [...idsByTable].map(([table, ids]) => {
      parameters.push(table, ids);
      const n = parameters.length;
      return `SELECT $${n - 1}::text AS store, c.* FROM (${STORES.get(table)!.selectFor(`$${n}`)}) c`;
    });
    const rows = await batchedRead<CitationRow & { store: string }>(
      dataSource,
      `${selects.join(' UNION ALL ')} ORDER BY store, record_id, position`,
      parameters,
      { genericPlan: true },
    );
    return rows.map((row) => ({ key: `${row.store}:${row.record_id}`, value: citationOf(row) }));
  });
}

/** A citation as its source sees it: which record cites it, and its place among that record's. */
export interface CitingRecord {
  recordType: string;
  recordId: string;
  /** Its place among the record's sources, from 1 (as `citationRetract` takes it). */
  position: number;
  citation: Citation;
}

/**
 * The citations of sources by the records of every kind, keyed by the source's id: one statement
 * a batch over every citation table (each has an index on `source_id`). Anonymous callers read
 * the published views, so citations by records not yet public are not among them.
 */
export function citingRecordsLoader(dataSource: DataSource) {
  const stores = [...STORES].filter(([, store]) => store.recordType);
  const sql = `${stores
    .map(([table, store]) => `SELECT '${table}' AS store, c.* FROM (${store.selectCiting('$1')}) c`)
    .join(' UNION ALL ')} ORDER BY store, record_id, position`;
  return groupedLoader<CitingRecord>(async (sourceIds) => {
    const rows = await batchedRead<CitationRow & { store: string; position: number }>(
      dataSource,
      sql,
      [sourceIds],
      { genericPlan: true },
    );
    return rows.map((row) => ({
      key: row.source_id,
      value: {
        recordType: STORES.get(row.store)!.recordType!,
        recordId: row.record_id,
        position: Number(row.position),
        citation: citationOf(row),
      },
    }));
  });
}
