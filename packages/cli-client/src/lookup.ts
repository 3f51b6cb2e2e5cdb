import { RecordLookupDocument, type RecordLookupQuery } from '@samverkan/schema';
import { CliError, request, type ClientOptions } from './client';

/** The records a person names by slug (an area by its code) on the command line. */
export type Named = 'Actor' | 'Forum' | 'Strategy' | 'Person' | 'Topic' | 'Area';

/** A record found by what was typed: its type, global ID, slug or code, and name. */
export interface Found {
  type: string;
  id: string;
  key: string | null;
  name: string | null;
}

const FLAG = {
  Actor: 'actor',
  Forum: 'forum',
  Strategy: 'strategy',
  Person: 'person',
  Topic: 'topic',
  Area: 'area',
} as const satisfies Record<Named, keyof RecordLookupQuery>;

const NAMED = Object.keys(FLAG) as Named[];

function found(
  type: string,
  record: { id: string; name: string } & ({ slug: string } | { code: string }),
): Found {
  return {
    type,
    id: record.id,
    key: 'slug' in record ? record.slug : record.code,
    name: record.name,
  };
}

/**
 * Every record of the `types` whose slug (an area's code) is `text`, and the record of any type
 * whose global ID it is: one request.
 */
async function lookUp(
  client: ClientOptions,
  text: string,
  types: readonly Named[],
): Promise<Found[]> {
  const flags = Object.fromEntries(types.map((type) => [FLAG[type], true]));
  const data = await request(client, RecordLookupDocument, {
    slug: text,
    id: text,
    byId: true,
    ...flags,
  });
  const bySlug = NAMED.flatMap((type) => {
    const record = data[FLAG[type]];
    return record ? [found(type, record)] : [];
  });
  const node = data.node;
  if (!node) return bySlug;
  const byId: Found =
    'slug' in node || 'code' in node
      ? found(node.__typename, node)
      : { type: node.__typename, id: node.id, key: null, name: null };
  return [...bySlug.filter((record) => record.id !== byId.id), byId];
}

/** A type in words, for messages: "forum", "forum membership". */
const inWords = (type: string) => type.replace(/(?<=[a-z])(?=[A-Z])/g, ' ').toLowerCase();

/** "an actor", "an actor or forum", "an actor, forum or strategy". */
function kinds(types: readonly string[]): string {
  const words = types.map(inWords);
  const list = words.length > 1 ? `${words.slice(0, -1).join(', ')} or ${words.at(-1)}` : words[0];
  return `${/^[aeiou]/.test(list) ? 'an' : 'a'} ${list}`;
}

/** How a record is told apart in a message: `forum "Länspartnerskapet" (ID Rm9y…)`. */
export function described(record: Found): string {
  return `${inWords(record.type)}${record.name ? ` "${record.name}"` : ''} (ID ${record.id})`;
}

/**
 * The one record `text` names among `types` (by slug, an area by code, or by global ID; a record
 * of any type by ID when `anyType`). None, or more than one, is the user's error (exit 1), told
 * with what to do next.
 */
export async function lookUpOne(
  client: ClientOptions,
  text: string,
  types: readonly Named[],
  anyType = false,
): Promise<Found> {
  const all = await lookUp(client, text, types);
  const records = anyType ? all : all.filter((record) => types.includes(record.type as Named));
  if (records.length === 1) return records[0];
  if (records.length > 1) {
    throw new CliError(
      `"${text}" names more than one record: ${records.map(described).join(', ')}.\n` +
        'Give the ID of the one you mean instead.',
    );
  }
  const other = all[0];
  if (other) {
    const what = `the ${inWords(other.type)}${other.name ? ` "${other.name}"` : ''}`;
    throw new CliError(`"${text}" is the ID of ${what}, not of ${kinds(types)}.`);
  }
  const one = types.length === 1 && !anyType ? types[0] : null;
  throw new CliError(
    `no ${anyType ? 'record' : kinds(types).replace(/^an? /, '')} has the ` +
      `${anyType ? 'slug, code' : one === 'Area' ? 'code' : 'slug'} or ID "${text}".\n` +
      `Look for it with: samverkan search ${JSON.stringify(text)}${one ? ` --kind ${one.toUpperCase()}` : ''}`,
  );
}

/** The global ID of the record of `type` that `text` names, or undefined when not given. */
export async function idOf(
  client: ClientOptions,
  text: string | undefined,
  type: Named,
): Promise<string | undefined> {
  return text === undefined ? undefined : (await lookUpOne(client, text, [type])).id;
}
