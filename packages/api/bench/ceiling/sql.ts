import { RACI_OF } from '../../src/modules/responsibility/raci';

/**
 * SQL fragments for the ceiling's hand-written statements: each builds the same JSON our API
 * answers, in PostgreSQL, so the ceiling's Node process only passes text through.
 */

/**
 * A Relay global ID, as `core/relay/global-id.ts` makes it: base64url of "<Type>:<id>". `type` is
 * SQL (a quoted literal or a column); PostgreSQL breaks base64 lines at 76 characters, so the
 * line breaks go too.
 */
export const gidOf = (type: string, column: string) =>
  `translate(encode(convert_to(${type} || ':' || ${column}, 'UTF8'), 'base64'), E'+/=\\n', '-_')`;

export const gid = (type: string, column: string) => gidOf(`'${type}'`, column);

/** Today in the register's time zone, as the API's `today()`. */
export const TODAY = `(now() AT TIME ZONE 'Europe/Stockholm')::date`;

/** Holds on `day`: the half-open period [valid_from, valid_to) of core/valid-time.ts. */
export const validOn = (alias: string, day: string) =>
  `(${alias}.valid_from IS NULL OR ${alias}.valid_from <= ${day})
   AND (${alias}.valid_to IS NULL OR ${alias}.valid_to > ${day})`;

/** `json_build_object` of name/expression pairs. */
export const object = (fields: Record<string, string>) =>
  `json_build_object(${Object.entries(fields)
    .map(([name, sql]) => `'${name}', ${sql}`)
    .join(', ')})`;

/** The rows of `from` as a JSON array (empty, not null, when there are none). */
export const array = (element: string, from: string, orderBy: string) =>
  `(SELECT coalesce(json_agg(${element} ORDER BY ${orderBy}), '[]') FROM ${from})`;

/** `{ id slug name }` of a record with a slug; null when the reference is null. */
export const slugRef = (type: string, alias: string, extra: Record<string, string> = {}) =>
  `CASE WHEN ${alias}.id IS NULL THEN NULL ELSE ${object({
    id: gid(type, `${alias}.id`),
    slug: `${alias}.slug`,
    name: `${alias}.name`,
    ...extra,
  })} END`;

/** `viewerCanUpdate` as the benchmark's callers, anonymous, are answered: never. */
export const ANONYMOUS_MAY_UPDATE = 'false';

/** `sources { ...CitationParts }` of a record whose citations are in `<table>_citation`. */
export const citations = (table: string, idColumn: string) =>
  array(
    object({
      quote: 'c.quote',
      section: 'c.section',
      // Where the quotation stands, found as written (the API also forgives white space; the
      // generated data set quotes exactly, when its sources have a text at all).
      passage: `CASE WHEN strpos(src.text, c.quote) > 0 THEN json_build_object(
        'start', strpos(src.text, c.quote) - 1,
        'end', strpos(src.text, c.quote) - 1 + length(c.quote)) END`,
      source: object({
        id: gid('Source', 'src.id'),
        title: 'src.title',
        fileName: 'src.file_name',
        url: 'src.url',
      }),
    }),
    `${table}_citation c JOIN source src ON src.id = c.source_id WHERE c.${table}_id = ${idColumn}`,
    'c.position',
  );

const raci = `CASE r.role ${Object.entries(RACI_OF)
  .map(([role, letter]) => `WHEN '${role}' THEN '${letter}'`)
  .join(' ')} END`;

/** `responsibilities(asOf:) { ...ResponsibilityRow }` of the rows where `condition` holds. */
export const responsibilityRows = (condition: string, day: string) =>
  array(
    object({
      id: gid('Responsibility', 'r.id'),
      version: 'r.version',
      viewerCanUpdate: ANONYMOUS_MAY_UPDATE,
      role: 'r.role',
      raci,
      status: 'r.status',
      validFrom: 'r.valid_from',
      validTo: 'r.valid_to',
      mandate: `CASE WHEN r.mandate IS NULL THEN NULL ELSE ${object({
        text: 'r.mandate',
        reference: 'r.mandate_reference',
      })} END`,
      sources: citations('responsibility', 'r.id'),
      actor: slugRef('Actor', 'ra'),
      person: slugRef('Person', 'rp'),
      subject: `CASE
        WHEN rs.id IS NOT NULL THEN ${object({ __typename: `'Strategy'`, slug: 'rs.slug', name: 'rs.name' })}
        WHEN ro.id IS NOT NULL THEN ${object({ __typename: `'Objective'`, id: gid('Objective', 'ro.id'), code: 'ro.code', title: 'ro.title' })}
        WHEN rf.id IS NOT NULL THEN ${object({ __typename: `'Forum'`, slug: 'rf.slug', name: 'rf.name' })}
        WHEN rr.id IS NOT NULL THEN ${object({ __typename: `'Area'`, code: 'rr.code', name: 'rr.name' })}
        ELSE ${object({ __typename: `'Topic'`, slug: 'rt.slug', name: 'rt.name' })} END`,
    }),
    `responsibility r
       JOIN actor ra ON ra.id = r.actor_id
       LEFT JOIN person rp ON rp.id = r.person_id
       LEFT JOIN strategy rs ON rs.id = r.strategy_id
       LEFT JOIN objective ro ON ro.id = r.objective_id
       LEFT JOIN forum rf ON rf.id = r.forum_id
       LEFT JOIN area rr ON rr.id = r.area_id
       LEFT JOIN topic rt ON rt.id = r.topic_id
     WHERE ${condition} AND ${validOn('r', day)}`,
    'r.created_at, r.id',
  );

/** The whole answer: `{"data": {<field>: <value>}}` as text, ready to send. */
export const answer = (field: string, value: string) =>
  `SELECT json_build_object('data', json_build_object('${field}', ${value}))::text AS body`;
