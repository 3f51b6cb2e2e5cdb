import type { DataSource } from 'typeorm';
import type { Viewer } from '../../core/auth/roles';
import { InvalidArgument } from '../../core/errors';
import { searchTerms, typeAheadQuery } from '../../core/search';
import { preparedRead } from '../../core/db/prepared-read';
import { SEARCH_KIND_NAMES, SEARCH_NODE_TYPES, type SearchKind } from './searchable-kinds';

export const DEFAULT_SEARCH_HITS = 10;
export const MAX_SEARCH_HITS = 50;
/** Fewer letters and digits than this find nothing: type-ahead starts at the second letter. */
export const MIN_SEARCH_LENGTH = 2;
/** Letters from which words inside compounds count: a trigram index needs three. */
const MIN_INFIX_LENGTH = 3;
/**
 * Letters from which near misses count: in shorter words nearly everything is near, and reading
 * the trigram index for them costs more than the type-ahead can spend.
 */
const MIN_FUZZY_LENGTH = 6;

export interface SearchOptions {
  /** Only these kinds; every kind when null or undefined. */
  kinds?: readonly SearchKind[] | null;
  /** How many hits at most (1 to 50, default 10). */
  first?: number | null;
  /**
   * For an anonymous caller: people who object to publication are left out (set by the service
   * from the viewer).
   */
  publicOnly?: boolean;
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

export interface SearchCount {
  kind: SearchKind;
  count: number;
}

/**
 * How a hit matched, best first: the integer part of its rank. Within a tier, each adding less
 * than one: the exact and prefix tiers by the shortness of the names, the word tiers by `ts_rank`,
 * near misses by trigram similarity.
 */
export const SEARCH_TIERS = {
  /** The whole query is a name, short name or initials (folded): "RUS", "lansstyrelsen". */
  EXACT: 4,
  /** A name begins with the query: "läns" → "Länspartnerskapet". */
  PREFIX: 3,
  /** Every word is a whole word of the record, stemmed: "forumet" → "forum". */
  WORD: 2,
  /** Every word begins a word of the record: "strat" → "utvecklingsstrategi … strategi". */
  WORD_PREFIX: 1,
  /** Inside a compound ("partnerskap") or a near miss ("lansstyrelsn"). */
  NEAR: 0,
} as const;

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
 * The name `text` with what matched marked, when its words did not (`ts_headline` marks those):
 * a part of a compound as written ("partnerskap" in "Länspartnerskapet"), else, for a near miss,
 * the word of the name nearest to the query ("Länsstyrelsen" for "lansstyrelsn"). Marked before
 * it is escaped, with control characters standing in for the tags, so the HTML stays safe.
 */
const markedName = (text: string) => {
  const nearestWord = `(SELECT w.word FROM regexp_split_to_table(${text}, '[^[:alnum:]]+') AS w(word)
      WHERE w.word <> '' ORDER BY similarity(search_fold(w.word), q.text) DESC, length(w.word) LIMIT 1)`;
  const around = `E'\\x01\\\\1\\x02'`;
  const marked = `CASE WHEN ${text} ~* q.marked
      THEN regexp_replace(${text}, '(' || q.marked || ')', ${around}, 'i')
      ELSE regexp_replace(${text}, '\\m(' || ${nearestWord} || ')\\M', ${around}) END`;
  return `replace(replace(${escapedHtml(marked)}, E'\\x01', '<mark>'), E'\\x02', '</mark>')`;
};

/** Letters a folded letter stands for, so a compound's part can be marked as it is written. */
const ACCENTED: Record<string, string> = { a: 'aåäàáâ', o: 'oöøóô', e: 'eéèêë', u: 'uüú' };

/**
 * A case-insensitive regular expression of the folded query's letters with their accented forms
 * ("lans" → "l[aåäàáâ]ns"), words apart by anything: it marks a compound's part in the text.
 */
const infixPattern = (terms: string[]) =>
  terms
    .map((term) => [...term].map((letter) => (ACCENTED[letter] ? `[${ACCENTED[letter]}]` : letter)))
    .map((letters) => letters.join(''))
    .join('[^[:alnum:]]*');

/**
 * One ranked list across kinds (see `searchable-kinds.ts`), in one statement over `search_entry`
 * (migration SearchEntries): a record is found by its words (the `search` vector and its GIN
 * index: every word of the query as a prefix, stemmed or as written, diacritics folded), by a
 * part of a compound in its names, or by a near miss of them (`search_name` and its trigram
 * index). The statement is prepared: PostgreSQL plans it once per connection.
 */
export class SearchService {
  constructor(private readonly dataSource: DataSource) {}

  /** The hits; an anonymous `viewer` finds no person who objects to publication. */
  async search(
    query: string,
    options: SearchOptions = {},
    viewer: Viewer | null = null,
  ): Promise<SearchHit[]> {
    const statement = this.statement(query, { ...options, publicOnly: viewer === null });
    if (!statement) return [];
    const rows = await preparedRead<Omit<SearchHit, 'nodeType'>>(this.dataSource, ...statement);
    return rows.map((row) => ({
      ...row,
      nodeType: SEARCH_NODE_TYPES[row.kind],
      rank: Number(row.rank),
    }));
  }

  /** How many records of each kind asked for `query` finds (kinds it finds none of included). */
  async counts(
    query: string,
    kinds?: readonly SearchKind[] | null,
    viewer: Viewer | null = null,
  ): Promise<SearchCount[]> {
    const found = new Map<string, number>();
    const statement = this.countStatement(query, kinds, viewer === null);
    if (statement) {
      const rows = await preparedRead<{ kind: SearchKind; count: string }>(
        this.dataSource,
        ...statement,
      );
      for (const row of rows) found.set(row.kind, Number(row.count));
    }
    return selectedKinds(kinds).map((kind) => ({ kind, count: found.get(kind) ?? 0 }));
  }

  /**
   * The SQL statement of a search and its parameters; null when it can find nothing (a query
   * under two letters, no kinds). Hits are ordered by rank, then title (byte order), then id; a
   * node found by several entries (a person by name and by a position) counts once, by its best.
   * Only the hits get a snippet, from their best entry.
   */
  statement(
    query: string,
    { kinds, first, publicOnly }: SearchOptions,
  ): [string, unknown[]] | null {
    const size = first ?? DEFAULT_SEARCH_HITS;
    if (!Number.isInteger(size) || size < 1 || size > MAX_SEARCH_HITS) {
      throw new InvalidArgument(
        'first',
        `"first" must be between 1 and ${MAX_SEARCH_HITS}, got ${size}.`,
      );
    }
    const matching = this.matching(query, kinds, publicOnly);
    if (!matching) return null;
    const { q, values, where, kindsOnly } = matching;
    const limit = `$${values.length + 1}`;
    // The exact and prefix tiers rank above every other match: when the names beginning with
    // the query fill the page, the search through words and trigrams is not run at all.
    const sql = `
      WITH ${q},
      ${bestNodes('prefixed', namedKeys(kindsOnly('k')), limit)},
      found AS NOT MATERIALIZED (
        SELECT * FROM prefixed
        UNION ALL
        SELECT t.kind, t.node_id AS id, t.title, (${rankOf('t')})::real AS rank
        FROM search_entry t, q
        WHERE ${where('t')} AND (SELECT count(*) FROM prefixed) < ${limit}),
      ${bestNodes('worded', 'found', limit)},
      hit AS (
        SELECT * FROM prefixed WHERE (SELECT count(*) FROM prefixed) >= ${limit}
        UNION ALL
        SELECT * FROM worded WHERE (SELECT count(*) FROM prefixed) < ${limit})
      SELECT hit.kind, hit.id, hit.title, hit.rank, (
        SELECT coalesce(
          (SELECT ts_headline(f.config, ${escapedHtml('f.text')}, q.words,
                    CASE WHEN f.weight >= ${WEIGHT.B} THEN '${WHOLE}' ELSE '${FRAGMENTS}' END)
             FROM unnest(e.texts, e.configs, e.weights) WITH ORDINALITY AS f(text, config, weight, n)
            WHERE to_tsvector(f.config, coalesce(f.text, '')) @@ q.words
            ORDER BY f.weight * ts_rank(to_tsvector(f.config, f.text), q.words) DESC, f.n
            LIMIT 1),
          ${markedName('e.texts[1]')})
        FROM search_entry e
        WHERE e.kind = hit.kind AND e.node_id = hit.id
        ORDER BY ${rankOf('e')} DESC, e.source
        LIMIT 1) AS snippet
      FROM hit, q
      ORDER BY hit.rank DESC, hit.title COLLATE "C", hit.id`;
    return [sql, [...values, size]];
  }

  /** The statement counting what a search finds, per kind; null when it can find nothing. */
  countStatement(
    query: string,
    kinds?: readonly SearchKind[] | null,
    publicOnly = false,
  ): [string, unknown[]] | null {
    const matching = this.matching(query, kinds, publicOnly);
    if (!matching) return null;
    const sql = `
      WITH ${matching.q}
      SELECT t.kind, count(DISTINCT t.node_id) AS count
      FROM search_entry t, q WHERE ${matching.where('t')}
      GROUP BY t.kind`;
    return [sql, matching.values];
  }

  /**
   * What a query matches: the CTE `q` (the tsqueries, the folded text, the pattern of a part of
   * a compound, the kinds), its values and the condition on an entry (by its alias); null when
   * it can find nothing. Parts of compounds count from three letters, near misses from six.
   */
  private matching(
    query: string,
    kinds: readonly SearchKind[] | null | undefined,
    publicOnly = false,
  ) {
    const terms = searchTerms(query);
    const length = terms.join('').length;
    if (length < MIN_SEARCH_LENGTH || selectedKinds(kinds).length === 0) return null;
    const words = typeAheadQuery(terms, (index) => `$${index + 1}`);
    const text = `$${words.values.length + 1}`;
    const marked = `$${words.values.length + 2}`;
    const kindList = `$${words.values.length + 3}`;
    // Materialized: the statement is prepared, and in a generic plan an inlined `q` would parse
    // the tsqueries and fold the text (unaccent) again on every row (58 ms instead of 9 for "reg").
    const q = `q AS MATERIALIZED (SELECT ${words.all} AS query, ${words.whole} AS whole,
        ${words.any} AS words, search_fold(${text}) AS text,
        replace(search_fold(${text}), ' ', '') AS compact,
        '%' || replace(search_fold(${text}), ' ', '%') || '%' AS infix, ${marked}::text AS marked${
          publicOnly ? `, ${WITHHELD_PEOPLE} AS withheld` : ''
        })`;
    // For anonymous callers, entries of people who object to publication are left out (the few
    // ids once per statement, from a partial index).
    const kindsOnly = (alias: string) =>
      `${kinds ? `AND ${alias}.kind = ANY(${kindList}::text[])` : ''}${
        publicOnly ? ` AND NOT (${alias}.node_id = ANY (q.withheld))` : ''
      }`;
    const where = (alias: string) =>
      `(${[
        `${alias}.search @@ q.query`,
        ...(length >= MIN_INFIX_LENGTH ? [`${alias}.search_name LIKE q.infix`] : []),
        ...(length >= MIN_FUZZY_LENGTH ? [`q.text <% ${alias}.search_name`] : []),
      ].join(' OR ')}) ${kindsOnly(alias)}`;
    return {
      q,
      values: [
        ...words.values,
        terms.join(' '),
        infixPattern(terms),
        ...(kinds ? [[...kinds]] : []),
      ],
      where,
      kindsOnly,
    };
  }
}

/** The ids of the people who object to publication (migration ObjectionToPublication). */
const WITHHELD_PEOPLE = `ARRAY(SELECT id FROM person WHERE objects_to_publication)`;

/** The kinds asked for, in `SEARCH_KINDS`' order; every kind when null or undefined. */
const selectedKinds = (kinds: readonly SearchKind[] | null | undefined) =>
  SEARCH_KIND_NAMES.filter((kind) => !kinds || kinds.includes(kind));

/**
 * The entries whose name is or begins with the query (`search_entry_key`), as (kind, id, title,
 * rank) ranked by `namedRank`.
 */
const namedKeys = (kindsOnly: string) => `(
        SELECT k.kind, k.node_id AS id, k.title, (${namedRank('k')})::real AS rank
        FROM search_entry_key k, q
        WHERE k.key >= q.compact COLLATE "C" AND k.key < (q.compact || U&'\\+10FFFF') COLLATE "C"
          ${kindsOnly})`;

/**
 * The CTEs ending in `name`: the best `limit` nodes among `entries` (a CTE or subquery of kind,
 * id, title and rank, several rows to a node), ranked by their best entry, ties by title (byte
 * order) and id; fewer when there are fewer. A short prefix or a common word finds thousands of
 * entries, and grouping them all by node costs more than the rest of the statement, so the first
 * 4 × `limit` entries in rank order come first (a top-N sort): the nodes met among them, each at
 * its first entry (its best), are the best nodes in order, and when they are at least `limit`,
 * or were all the entries there are, that is the answer. Only else (a node with many entries
 * among the best) are all the entries grouped.
 */
const bestNodes = (name: string, entries: string, limit: string) => {
  const complete = `(SELECT count(*) FROM ${name}_first_of_node) >= ${limit}
          OR (SELECT count(*) FROM ${name}_first) < 4 * ${limit}`;
  return `${name}_first AS MATERIALIZED (
        SELECT * FROM ${entries} e
        ORDER BY rank DESC, title COLLATE "C", id
        LIMIT 4 * ${limit}),
      ${name}_first_of_node AS MATERIALIZED (
        SELECT * FROM (SELECT DISTINCT ON (kind, id) * FROM ${name}_first ORDER BY kind, id, rank DESC) n
        ORDER BY rank DESC, title COLLATE "C", id
        LIMIT ${limit}),
      ${name} AS MATERIALIZED (
        SELECT * FROM ${name}_first_of_node WHERE ${complete}
        UNION ALL (
        SELECT kind, id, min(title) AS title, max(rank) AS rank
        FROM ${entries} e
        WHERE NOT (${complete})
        GROUP BY kind, id
        ORDER BY max(rank) DESC, min(title) COLLATE "C", id
        LIMIT ${limit}))`;
};

/**
 * The rank of a name that is the query or begins with it (a row of `search_entry_key`, alias
 * `k`): the exact or prefix tier plus, under one, the shortness of its names (`score`); an
 * exact name counts more when the query also has its words apart as typed ("2.1" is the code
 * "2.1" before the county "21"). From the keys alone: a short prefix begins thousands of names.
 */
const namedRank = (k: string) => `CASE
    WHEN ${k}.key = q.compact COLLATE "C" THEN ${SEARCH_TIERS.EXACT} + ${k}.score / 2
      + CASE WHEN strpos(' ' || ${k}.name || ' ', ' ' || q.text || ' ') > 0 THEN 0.5 ELSE 0 END
    ELSE ${SEARCH_TIERS.PREFIX} + ${k}.score END`;

/**
 * The rank of an entry found by its words or trigrams (alias `t`): its word tier plus, under
 * one, `ts_rank` over the weighted vector and the shortness of its names; else a near miss, by
 * the trigram similarity of the query to its names (word and whole: shorter names first). An
 * entry whose name is or begins with the query ranks by `namedRank` as well, the higher counting.
 */
function rankOf(t: string): string {
  // In float8: with numeric constants PostgreSQL divides in numeric, a third of the time of
  // ranking a common word's thousands of entries.
  const words = `least(ts_rank(${t}.search, q.query, ${RANK_NORMALIZATION}), 1) * 0.8::float8
          + (0.19 * 8)::float8 / (8 + length(${t}.search_name))`;
  return `(CASE
      WHEN ${t}.search @@ q.whole THEN ${SEARCH_TIERS.WORD} + ${words}
      WHEN ${t}.search @@ q.query THEN ${SEARCH_TIERS.WORD_PREFIX} + ${words}
      ELSE ${SEARCH_TIERS.NEAR}
        + (word_similarity(q.text, ${t}.search_name) + similarity(q.text, ${t}.search_name)) * 0.49::float8
      END)`;
}
