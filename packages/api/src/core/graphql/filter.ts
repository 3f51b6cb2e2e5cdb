import { Field, InputType } from 'type-graphql';

/** Declares `<Name>Filter` for a list whose only condition is `search`. */
export function SearchFilterInput(name: string, things: string, search: string) {
  @InputType(`${name}Filter`, { description: `Narrows a list of ${things}.` })
  class SearchFilter {
    @Field(() => String, { nullable: true, description: search })
    search?: string | null;
  }
  return SearchFilter;
}
