import type { TestApi } from './test-api';

/** A mutation and an input it would accept from an editor. */
export type Attempt = [field: string, input: Record<string, unknown>];

const request = (field: string) => {
  const inputType = `${field[0].toUpperCase()}${field.slice(1)}Input`;
  return `mutation ($input: ${inputType}!) { ${field}(input: $input) { userErrors { code } } }`;
};

/**
 * Default deny, asserted: each attempt is refused to a VIEWER (FORBIDDEN) and to an anonymous
 * caller (UNAUTHENTICATED) with nothing written (`written` reads the rows that could change),
 * and then accepted from an EDITOR.
 */
export async function expectOnlyEditorsMay(
  api: TestApi,
  attempts: Attempt[],
  written: () => Promise<unknown>,
): Promise<void> {
  const before = await written();
  for (const [field, input] of attempts) {
    for (const as of ['viewer', undefined] as const) {
      const { errors } = await api.graphql(request(field), { input }, as);
      expect([field, errors![0].extensions!.code]).toEqual([
        field,
        as ? 'FORBIDDEN' : 'UNAUTHENTICATED',
      ]);
    }
  }
  expect(await written()).toEqual(before);
  for (const [field, input] of attempts) {
    const { data, errors } = await api.graphql(request(field), { input }, 'editor');
    expect(errors).toBeUndefined();
    expect([field, data![field].userErrors]).toEqual([field, []]);
  }
}
