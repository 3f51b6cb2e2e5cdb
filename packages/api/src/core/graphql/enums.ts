/** A GraphQL enum's values object from a list of SCREAMING_CASE names, for registerEnumType. */
export const enumOf = <T extends string>(values: readonly T[]) =>
  Object.fromEntries(values.map((v) => [v, v])) as Record<T, T>;
