import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Node } from '../../core/graphql/node';
import { enumOf } from '../../core/graphql/enums';
import { SEARCH_KIND_NAMES, SEARCH_KINDS, type SearchKind } from './searchable-kinds';

export const SearchKindEnum = enumOf(SEARCH_KIND_NAMES);
registerEnumType(SearchKindEnum, {
  name: 'SearchKind',
  description: 'A kind of record `search` looks through.',
  valuesConfig: Object.fromEntries(
    Object.entries(SEARCH_KINDS).map(([kind, description]) => [kind, { description }]),
  ),
});

@ObjectType('SearchHit', {
  description: 'A record `search` found: what it is, its title, where and how well it matched.',
})
export class SearchHitType {
  @Field(() => Node, { description: 'The record found.' })
  node: object;

  @Field(() => SearchKindEnum, { description: 'What kind of record it is.' })
  kind: SearchKind;

  @Field({
    description:
      'Its name or title (an objective\'s with its code, e.g. "2.1 …"; a person found by a position\'s title, their name).',
  })
  title: string;

  @Field(() => String, {
    nullable: true,
    description:
      'Why it matched, as HTML: the field that matched best, the text escaped, the matching words (or the part of a compound) in `<mark>`…`</mark>`, long text cut to fragments joined by " … "; a near miss shows the name unmarked.',
  })
  snippet: string | null;

  @Field(() => Float, {
    description:
      'How well it matched, best first: 4 and more when the query is exactly its name, short name or initials (diacritics and case aside), 3 when a name begins with it, 2 when every word is a whole word of it (definite and plural forms too), 1 when every word begins one of its words, 0 for a part of a compound or a near miss; the fraction orders hits within each (in 4 and 3 the shortness of its names, a name with the words apart as typed first; in 2 and 1 `ts_rank` over the weighted words; in 0 the trigram similarity of its names). Equal ranks are ordered by title, then id.',
  })
  rank: number;
}

@ObjectType('SearchCount', { description: 'How many records of one kind a search finds.' })
export class SearchCountType {
  @Field(() => SearchKindEnum, { description: 'The kind of record.' })
  kind: SearchKind;

  @Field(() => Int, { description: 'How many records of the kind match the query.' })
  count: number;
}
