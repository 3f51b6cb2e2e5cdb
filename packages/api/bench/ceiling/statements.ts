import { mapStatement } from './map';
import { SearchService } from '../../src/modules/search/search.service';
import { SEARCH_NODE_TYPES } from '../../src/modules/search/searchable-kinds';
import {
  TODAY,
  answer,
  array,
  citations,
  gid,
  object,
  responsibilityRows,
  ANONYMOUS_MAY_UPDATE,
  slugRef,
  validOn,
} from './sql';

/** One hand-written statement per request: its text and values from the request's variables. */
export type Statement = (variables: Variables) => { text: string; values: unknown[] };

/** The variables the benchmark's requests send (see ../requests.ts). */
interface Variables {
  id: string;
  slug: string;
  area: string;
  first: number;
  query: string;
  filter: { area: string; depth: number };
}

/** The database id in a global ID. */
const idOf = (globalId: string) =>
  Buffer.from(globalId, 'base64url').toString('utf8').split(':')[1];

const node: Statement = ({ id }) => ({
  text: answer(
    'node',
    `(SELECT ${object({
      __typename: `'Actor'`,
      id: gid('Actor', 'a.id'),
      slug: 'a.slug',
      name: 'a.name',
      sector: 'a.sector',
      level: 'a.level',
      type: 'a.type',
    })} FROM actor a WHERE a.id = $1)`,
  ),
  values: [idOf(id)],
});

const positions = (condition: string, other: 'Actor' | 'Person') =>
  array(
    object({
      id: gid('Position', 'p.id'),
      version: 'p.version',
      viewerCanUpdate: ANONYMOUS_MAY_UPDATE,
      title: 'p.title',
      validFrom: 'p.valid_from',
      validTo: 'p.valid_to',
      [other.toLowerCase()]: slugRef(other, 'o'),
      sources: citations('position', 'p.id'),
    }),
    `position p JOIN ${other.toLowerCase()} o ON o.id = p.${other.toLowerCase()}_id
      WHERE ${condition} AND ${validOn('p', TODAY)}`,
    'p.created_at, p.id',
  );

/** The fields of a membership `m` that the actor and the person pages both show. */
const MEMBERSHIP = {
  id: gid('ForumMembership', 'm.id'),
  role: 'm.role',
  category: 'm.category',
  validFrom: 'm.valid_from',
  validTo: 'm.valid_to',
  sources: citations('forum_membership', 'm.id'),
};

/** A record's identifiers, by scheme: `kind` names the table (`actor_identifier`) and its column. */
const identifiers = (kind: string, id: string) =>
  array(
    object({ scheme: 'i.scheme', value: 'i.identifier' }),
    `${kind}_identifier i WHERE i.${kind}_id = ${id}`,
    'i.scheme',
  );

const actorPage: Statement = ({ slug }) => ({
  text: answer(
    'actor',
    `(SELECT ${object({
      id: gid('Actor', 'a.id'),
      slug: 'a.slug',
      name: 'a.name',
      shortName: 'a.short_name',
      sector: 'a.sector',
      level: 'a.level',
      type: 'a.type',
      website: 'a.website',
      description: 'a.description',
      version: 'a.version',
      viewerCanUpdate: ANONYMOUS_MAY_UPDATE,
      archivedOn: 'a.archived_on',
      identifiers: identifiers('actor', 'a.id'),
      areas: array(
        object({ id: gid('Area', 'ar.id'), code: 'ar.code', name: 'ar.name' }),
        'actor_area aa JOIN area ar ON ar.id = aa.area_id WHERE aa.actor_id = a.id',
        'aa.position',
      ),
      parent: `(SELECT ${slugRef('Actor', 'pa')} FROM actor pa WHERE pa.id = a.parent_id)`,
      positions: positions('p.actor_id = a.id', 'Person'),
      memberships: array(
        object({ ...MEMBERSHIP, forum: slugRef('Forum', 'f') }),
        `forum_membership m JOIN forum f ON f.id = m.forum_id
          WHERE m.member_actor_id = a.id AND ${validOn('m', TODAY)}`,
        'f.name, m.id',
      ),
      responsibilities: responsibilityRows('r.actor_id = a.id', TODAY),
      sources: citations('actor', 'a.id'),
    })} FROM actor a WHERE a.slug = $1)`,
  ),
  values: [slug],
});

const personPage: Statement = ({ slug }) => ({
  text: answer(
    'person',
    `(SELECT ${object({
      id: gid('Person', 'pe.id'),
      slug: 'pe.slug',
      name: 'pe.name',
      workContact: 'pe.work_contact',
      version: 'pe.version',
      viewerCanUpdate: ANONYMOUS_MAY_UPDATE,
      identifiers: identifiers('person', 'pe.id'),
      positions: positions('p.person_id = pe.id', 'Actor'),
      representations: array(
        object({
          ...MEMBERSHIP,
          forum: slugRef('Forum', 'f', { kind: 'f.kind' }),
          member: `CASE WHEN ma.id IS NOT NULL
            THEN ${object({ __typename: `'Actor'`, id: gid('Actor', 'ma.id'), slug: 'ma.slug', name: 'ma.name' })}
            ELSE ${object({ __typename: `'Forum'`, id: gid('Forum', 'mf.id'), slug: 'mf.slug', name: 'mf.name' })} END`,
        }),
        `attribute_period rep
           JOIN forum_membership m ON m.id = rep.record_id
           JOIN forum f ON f.id = m.forum_id
           LEFT JOIN actor ma ON ma.id = m.member_actor_id
           LEFT JOIN forum mf ON mf.id = m.member_forum_id
          WHERE rep.attribute = 'representativeIds' AND rep.value @> jsonb_build_array(pe.id)
            AND ${validOn('rep', TODAY)} AND ${validOn('m', TODAY)}`,
        'f.name, m.id',
      ),
      responsibilities: responsibilityRows('r.person_id = pe.id', TODAY),
      sources: citations('person', 'pe.id'),
    })} FROM person pe WHERE pe.slug = $1)`,
  ),
  values: [slug],
});

const strategyPage: Statement = ({ slug }) => ({
  text: answer(
    'strategy',
    `(SELECT ${object({
      id: gid('Strategy', 's.id'),
      slug: 's.slug',
      name: 's.name',
      shortName: 's.short_name',
      kind: 's.kind',
      status: 's.status',
      periodFrom: 's.period_from',
      periodTo: 's.period_to',
      description: 's.description',
      version: 's.version',
      viewerCanUpdate: ANONYMOUS_MAY_UPDATE,
      area: `(SELECT ${object({ id: gid('Area', 'ar.id'), code: 'ar.code', name: 'ar.name' })}
                FROM area ar WHERE ar.id = s.area_id)`,
      anchoredForums: array(
        slugRef('Forum', 'f'),
        'forum_anchor fa JOIN forum f ON f.id = fa.forum_id WHERE fa.strategy_id = s.id',
        'f.name, f.id',
      ),
      sources: citations('strategy', 's.id'),
      owner: `(SELECT ${slugRef('Actor', 'o')} FROM actor o WHERE o.id = s.owner_id)`,
      implements: `(SELECT ${slugRef('Strategy', 'i')} FROM strategy i WHERE i.id = s.implements_id)`,
      objectives: array(
        object({
          id: gid('Objective', 'ob.id'),
          version: 'ob.version',
          viewerCanUpdate: ANONYMOUS_MAY_UPDATE,
          code: 'ob.code',
          title: 'ob.title',
          description: 'ob.description',
          parent: `CASE WHEN ob.parent_id IS NULL THEN NULL
                     ELSE ${object({ id: gid('Objective', 'ob.parent_id') })} END`,
          sources: citations('objective', 'ob.id'),
          responsibilities: responsibilityRows('r.objective_id = ob.id', TODAY),
          indicators: array(
            object({
              id: gid('Indicator', 'ind.id'),
              version: 'ind.version',
              viewerCanUpdate: ANONYMOUS_MAY_UPDATE,
              name: 'ind.name',
              unit: 'ind.unit',
              target: 'ind.target',
              targetDate: 'ind.target_date',
              baseline: 'ind.baseline',
              baselineDate: 'ind.baseline_date',
              direction: 'ind.direction',
              sources: citations('indicator', 'ind.id'),
              measurements: array(
                object({
                  id: gid('Measurement', 'me.id'),
                  version: 'me.version',
                  viewerCanUpdate: ANONYMOUS_MAY_UPDATE,
                  date: 'me.date',
                  value: 'me.value',
                  note: 'me.note',
                }),
                'measurement me WHERE me.indicator_id = ind.id',
                'me.date',
              ),
            }),
            'indicator ind WHERE ind.objective_id = ob.id',
            'ind.created_at, ind.id',
          ),
        }),
        'objective ob WHERE ob.strategy_id = s.id',
        'ob.position, ob.id',
      ),
      responsibilities: responsibilityRows('r.strategy_id = s.id', TODAY),
    })} FROM strategy s WHERE s.slug = $1)`,
  ),
  values: [slug],
});

/** Actors working in the area or in an area within it, by name: their count and the first. */
const areaActors: Statement = ({ area, first }) => ({
  text: `
    WITH RECURSIVE within(id) AS (
      SELECT $1::uuid UNION SELECT child.id FROM area child JOIN within ON child.parent_id = within.id
    ), found AS (
      SELECT a.* FROM actor a
       WHERE a.archived_at IS NULL
         AND EXISTS (SELECT 1 FROM actor_area aa JOIN within ON within.id = aa.area_id WHERE aa.actor_id = a.id)
    )
    ${answer(
      'actors',
      object({
        totalCount: '(SELECT count(*) FROM found)',
        nodes: `(SELECT coalesce(json_agg(${object({
          id: gid('Actor', 'page.id'),
          slug: 'page.slug',
          name: 'page.name',
          sector: 'page.sector',
          level: 'page.level',
          type: 'page.type',
        })} ORDER BY page.name, page.id), '[]')
          FROM (SELECT * FROM found ORDER BY name, id LIMIT $2) page)`,
      }),
    )}`,
  values: [idOf(area), first],
});

/** The kinds whose nodes the Search document asks more of than `__typename` and `id`. */
const PAGED_KINDS = new Set([
  'ACTOR',
  'FORUM',
  'STRATEGY',
  'PERSON',
  'OBJECTIVE',
  'MEETING',
  'AREA',
]);

/** Our own search statement (it is one already), with each hit's node made in SQL too. */
const search: Statement = ({ query, first }) => {
  const [hits, values] = new SearchService(null as never).statement(query, { first })!;
  const slugOf = (alias: string) => `(SELECT slug FROM ${alias} WHERE id = hit.id)`;
  return {
    text: answer(
      'search',
      `(SELECT coalesce(json_agg(${object({
        kind: 'hit.kind',
        title: 'hit.title',
        snippet: 'hit.snippet',
        node: `CASE hit.kind
          WHEN 'ACTOR' THEN ${object({ __typename: `'Actor'`, id: gid('Actor', 'hit.id'), slug: slugOf('actor') })}
          WHEN 'FORUM' THEN ${object({ __typename: `'Forum'`, id: gid('Forum', 'hit.id'), slug: slugOf('forum') })}
          WHEN 'STRATEGY' THEN ${object({ __typename: `'Strategy'`, id: gid('Strategy', 'hit.id'), slug: slugOf('strategy') })}
          WHEN 'PERSON' THEN ${object({ __typename: `'Person'`, id: gid('Person', 'hit.id'), slug: slugOf('person') })}
          WHEN 'OBJECTIVE' THEN (SELECT ${object({
            __typename: `'Objective'`,
            id: gid('Objective', 'o.id'),
            strategy: object({ id: gid('Strategy', 's.id'), slug: 's.slug' }),
          })} FROM objective o JOIN strategy s ON s.id = o.strategy_id WHERE o.id = hit.id)
          WHEN 'MEETING' THEN (SELECT ${object({
            __typename: `'Meeting'`,
            id: gid('Meeting', 'me.id'),
            forum: object({ id: gid('Forum', 'f.id'), slug: 'f.slug' }),
          })} FROM meeting me JOIN forum f ON f.id = me.forum_id WHERE me.id = hit.id)
          WHEN 'AREA' THEN ${object({ __typename: `'Area'`, id: gid('Area', 'hit.id'), code: '(SELECT code FROM area WHERE id = hit.id)' })}
          ${Object.entries(SEARCH_NODE_TYPES)
            .filter(([kind]) => !PAGED_KINDS.has(kind))
            .map(
              ([kind, nodeType]) =>
                `WHEN '${kind}' THEN ${object({ __typename: `'${nodeType}'`, id: gid(nodeType, 'hit.id') })}`,
            )
            .join('\n          ')} END`,
      })} ORDER BY hit.rank DESC, hit.title, hit.id), '[]') FROM (${hits}) hit)`,
    ),
    values,
  };
};

/** The requests the ceiling answers; the others have no hand-written statement (yet). */
export const CEILING_STATEMENTS: Record<string, Statement> = {
  node,
  actorPage,
  personPage,
  strategyPage,
  areaActors,
  searchLans: search,
  searchReg: search,
  searchRegionrad: search,
  countyMap: ({ filter }) => mapStatement(idOf(filter.area), filter.depth),
  countryMap: ({ filter }) => mapStatement(idOf(filter.area), filter.depth),
};
