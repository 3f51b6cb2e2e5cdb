import { ExportAreasDocument, textOf, type Row } from '@samverkan/schema';
import { request, type ClientOptions } from '../client';
import { actors } from './actors';
import { PAGE_SIZE, pagesOf, type RecordFormat } from './format';
import { forums, memberships } from './forums';
import { people, positions } from './people';

/**
 * The register as one Popolo JSON document (https://www.popoloproject.com/specs/): persons,
 * organizations (actors and forums), memberships (positions, forum memberships, representatives),
 * posts (the titles held at each actor) and areas. Ids say what they are: `actor:almi`,
 * `forum:rus-forum`, `person:anna-berg`, `area:2380`, `post:almi:regionchef`.
 */
export interface PopoloDocument {
  persons: object[];
  organizations: object[];
  memberships: object[];
  posts: object[];
  areas: object[];
}

async function allRows(format: RecordFormat, client: ClientOptions, asOf: string | undefined) {
  const rows: Row[] = [];
  for await (const page of format.rows(client, asOf)) rows.push(...page);
  return rows;
}

const text = (row: Row, column: string) => textOf(row[column]) ?? null;
const list = (row: Row, column: string) =>
  Array.isArray(row[column]) ? (row[column] as string[]) : [];
const identifiers = (row: Row) =>
  list(row, 'identifiers').map((cell) => {
    const at = cell.indexOf(':');
    return { scheme: cell.slice(0, at), identifier: cell.slice(at + 1) };
  });
const id = (kind: string, key: string | null) => (key ? `${kind}:${key}` : null);
const postId = (actor: string, title: string) =>
  `post:${actor}:${title
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')}`;

function organizationOfActor(row: Row) {
  const shortName = text(row, 'short_name');
  const website = text(row, 'website');
  return {
    id: id('actor', text(row, 'slug')),
    name: text(row, 'name'),
    other_names: shortName ? [{ name: shortName, note: 'short name' }] : [],
    classification: text(row, 'type'),
    identifiers: identifiers(row),
    parent_id: id('actor', text(row, 'parent')),
    area_id: id('area', list(row, 'areas')[0] ?? null),
    description: text(row, 'description'),
    links: website ? [{ url: website, note: 'website' }] : [],
  };
}

function organizationOfForum(row: Row) {
  return {
    id: id('forum', text(row, 'slug')),
    name: text(row, 'name'),
    other_names: text(row, 'short_name')
      ? [{ name: text(row, 'short_name'), note: 'short name' }]
      : [],
    classification: text(row, 'kind'),
    identifiers: identifiers(row),
    parent_id: id('forum', text(row, 'parent')),
    area_id: id('area', text(row, 'area')),
    description: text(row, 'description'),
  };
}

function person(row: Row) {
  const contact = text(row, 'work_contact');
  return {
    id: id('person', text(row, 'slug')),
    name: text(row, 'name'),
    identifiers: identifiers(row),
    contact_details: contact
      ? [{ type: contact.includes('@') ? 'email' : 'text', value: contact }]
      : [],
  };
}

const period = (row: Row) => ({
  start_date: text(row, 'valid_from'),
  end_date: text(row, 'valid_to'),
});

/** The memberships a forum membership makes: the member's, and each representative's. */
function forumMemberships(row: Row) {
  const forum = id('forum', text(row, 'forum'));
  const memberActor = id('actor', text(row, 'member_actor'));
  const member = memberActor ?? id('forum', text(row, 'member_forum'));
  return [
    {
      member: { '@type': 'Organization', id: member },
      organization_id: forum,
      role: text(row, 'role'),
      label: text(row, 'category'),
      ...period(row),
    },
    ...list(row, 'representatives').map((slug) => ({
      person_id: id('person', slug),
      organization_id: forum,
      on_behalf_of_id: member,
      role: 'representative',
      ...period(row),
    })),
  ];
}

/** The whole register (relations valid on `asOf`, default today) as a Popolo document. */
export async function popoloExport(
  client: ClientOptions,
  asOf: string | undefined,
): Promise<PopoloDocument> {
  const [actorRows, forumRows, personRows, positionRows, membershipRows] = [
    await allRows(actors, client, asOf),
    await allRows(forums, client, asOf),
    await allRows(people, client, asOf),
    await allRows(positions, client, asOf),
    await allRows(memberships, client, asOf),
  ];
  const areas: object[] = [];
  const areaPages = pagesOf(
    async (after) =>
      (await request(client, ExportAreasDocument, { first: PAGE_SIZE, after })).areas,
    (area) => [
      {
        id: `area:${area.code}`,
        name: area.name,
        identifier: area.code,
        classification: area.kind,
        parent_id: id('area', area.parent?.code ?? null),
      },
    ],
  );
  for await (const page of areaPages) areas.push(...page);
  const posts = new Map<string, object>();
  for (const row of positionRows) {
    const [actor, title] = [text(row, 'actor')!, text(row, 'title')];
    if (title)
      posts.set(postId(actor, title), {
        id: postId(actor, title),
        label: title,
        role: title,
        organization_id: id('actor', actor),
      });
  }
  return {
    persons: personRows.map(person),
    organizations: [...actorRows.map(organizationOfActor), ...forumRows.map(organizationOfForum)],
    memberships: [
      ...positionRows.map((row) => {
        const title = text(row, 'title');
        const actor = text(row, 'actor')!;
        return {
          person_id: id('person', text(row, 'person')),
          organization_id: id('actor', actor),
          post_id: title ? postId(actor, title) : null,
          role: title,
          ...period(row),
        };
      }),
      ...membershipRows.flatMap(forumMemberships),
    ],
    posts: [...posts.values()],
    areas,
  };
}
