import type { DataSource } from 'typeorm';
import { InvalidArgument } from '../../core/errors';
import { searchTerms, typeAheadQuery } from '../../core/search';
import { SEARCHABLE_KINDS, type SearchableKind, type SearchKind } from './searchable-kinds';

export const DEFAULT_SEARCH_HITS = 10;
export const MAX_SEARCH_HITS = 50;
/** Fewer letters and digits than this find nothing: type-ahead starts at the second letter. */
export const MIN_SEARCH_LENGTH = 2;

export interface SearchOptions {
  /** Only these kinds; every kind when null or undefined. */
  kinds?: readonly SearchKind[] | null;
  /** How many hits at most (1 to 50, default 10). */
  first?: number | null;
}

export interface SearchHit {
  kind: SearchKind;
  /** The node type of the record, for loading it. */
  nodeType: string;
  id: string;
  title: string;
  snippet: string | null;
  rank: number;
}

/** PostgreSQL's default `ts_rank` weights of A, B, C and D. */
const WEIGHT = { A: 1, B: 0.4, C: 0.2, D: 0.1 } as const;

/** `ts_rank` normalisation 1: divided by 1 + log(length), so shorter records rank higher. */
const RANK_NORMALIZATION = 1;

/**
 * `ts_headline` options: the matches in <mark>; names and titles (weights A and B) whole,
 * descriptions cut to at most two fragments around the matches.
 */
const MARK = 'StartSel=<mark>, StopSel=</mark>';
const WHOLE = `${MARK}, HighlightAll=true`;
const FRAGMENTS = `${MARK}, MaxWords=20, MinWords=6, MaxFragments=2, FragmentDelimiter=" … "`;

/** Escapes text for HTML before `ts_headline` adds its tags, so the snippet is safe HTML. */
const escapedHtml = (sql: string) =>
  `replace(replace(replace(${sql}, '&', '&amp;'), '<', '&lt;'), '>', '&gt;')`;

/**
 * One ranked list across kinds (see `searchable-kinds.ts`): every word of the query as a prefix,
 * stemmed (`swedish`) or as written (`simple`), over each table's `search` vector and its GIN
 * index. One statement for all hits.
 */
export class SearchService {
  constructor(private readonly dataSource: DataSource) {}

  async search(query: string, options: SearchOptions = {}): Promise<SearchHit[]> {
    const statement = this.statement(query, options);
    if (!statement) return [];
    const rows: {
      kind: SearchKind;
      id: string;
      title: string;
      rank: number;
      snippet: string | null;
    }[] = await this.dataSource.query(...statement);
    const nodeTypes = new Map<string, string>(
      SEARCHABLE_KINDS.map((entry) => [entry.kind, entry.nodeType]),
    );
    return rows.map((row) => ({
      kind: row.kind,
      nodeType: nodeTypes.get(row.kind)!,
      id: row.id,
      title: row.title,
      snippet: row.snippet,
      rank: Number(row.rank),
    }));
  }

  /**
   * The SQL statement of a search and its parameters; null when it can find nothing (a query
   * under two letters, no kinds). Hits are ordered by rank, then title, then id. The rank is
   * `ts_rank` over the weighted vector, plus 1 when the query is exactly a name of the record.
   */
  statement(query: string, { kinds, first }: SearchOptions): [string, unknown[]] | null {
    const size = first ?? DEFAULT_SEARCH_HITS;
    if (!Number.isInteger(size) || size < 1 || size > MAX_SEARCH_HITS) {
      throw new InvalidArgument(
        'first',
        `"first" must be between 1 and ${MAX_SEARCH_HITS}, got ${size}.`,
      );
    }
    const terms = searchTerms(query);
    const selected = SEARCHABLE_KINDS.filter((entry) => !kinds || kinds.includes(entry.kind));
    if (terms.join('').length < MIN_SEARCH_LENGTH || selected.length === 0) return null;

    const words = typeAheadQuery(terms, (index) => `$${index + 1}`);
    const exact = `$${words.values.length + 1}`;
    const limit = `$${words.values.length + 2}`;
    const branch = (entry: SearchableKind) => `
        SELECT '${entry.kind}'::text AS kind, t.id, ${entry.title} AS title,
          (ts_rank(t.search, q.query, ${RANK_NORMALIZATION})
            + CASE WHEN ${exact} IN (${entry.names.map((name) => `lower(${name})`).join(', ')})
                THEN 1 ELSE 0 END)::real AS rank,
          ARRAY[${entry.fields.map((field) => field.sql).join(', ')}]::text[] AS texts,
          ARRAY[${entry.fields.map((field) => `'${field.config}'`).join(', ')}]::regconfig[] AS configs,
          ARRAY[${entry.fields.map((field) => WEIGHT[field.weight]).join(', ')}]::real[] AS weights
        FROM ${entry.table} t, q
        WHERE t.search @@ q.query${entry.where ? ` AND ${entry.where}` : ''}`;
    const sql = `
      WITH q AS NOT MATERIALIZED (SELECT ${words.all} AS query, ${words.any} AS words),
      hit AS (${selected.map(branch).join('\n        UNION ALL')}
        ORDER BY rank DESC, title, id
        LIMIT ${limit})
      SELECT hit.kind, hit.id, hit.title, hit.rank,
        (SELECT ts_headline(f.config, ${escapedHtml('f.text')}, q.words,
                  CASE WHEN f.weight >= ${WEIGHT.B} THEN '${WHOLE}' ELSE '${FRAGMENTS}' END)
           FROM unnest(hit.texts, hit.configs, hit.weights)
             WITH ORDINALITY AS f(text, config, weight, n)
          WHERE to_tsvector(f.config, coalesce(f.text, '')) @@ q.words
          ORDER BY f.weight * ts_rank(to_tsvector(f.config, f.text), q.words) DESC, f.n
          LIMIT 1) AS snippet
      FROM hit, q
      ORDER BY hit.rank DESC, hit.title, hit.id`;
    const exactText = query.trim().replace(/\s+/g, ' ').toLowerCase();
    return [sql, [...words.values, exactText, size]];
  }
}
