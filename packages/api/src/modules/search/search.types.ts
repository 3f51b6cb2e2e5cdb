import { Field, Float, ObjectType, registerEnumType } from 'type-graphql';
import { Node } from '../../core/graphql/node';
import { enumOf } from '../../core/graphql/enums';
import { SEARCH_KINDS, SEARCHABLE_KINDS, type SearchKind } from './searchable-kinds';

export const SearchKindEnum = enumOf(SEARCH_KINDS);
registerEnumType(SearchKindEnum, {
  name: 'SearchKind',
  description: 'A kind of record `search` looks through.',
  valuesConfig: Object.fromEntries(
    SEARCHABLE_KINDS.map((entry) => [entry.kind, { description: entry.description }]),
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

  @Field({ description: 'Its name or title (an objective\'s with its code, e.g. "2.1 …").' })
  title: string;

  @Field(() => String, {
    nullable: true,
    description:
      'The field that matched best, as HTML: the text escaped, the matching words in `<mark>`…`</mark>`, long text cut to fragments joined by " … ". Null when no single field holds a matching word.',
  })
  snippet: string | null;

  @Field(() => Float, {
    description:
      'How well it matched: `ts_rank` over the weighted words (names and short names count most, descriptions least), plus 1 when the query is exactly its name or short name. Hits come best first.',
  })
  rank: number;
}
