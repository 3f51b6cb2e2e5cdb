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
export function expectOnlyEditorsMay(
  api: TestApi,
  attempts: Attempt[],
  written: () => Promise<unknown>,
): Promise<void> {
  return expectOnly(api, 'editor', attempts, written);
}

/** As `expectOnlyEditorsMay`, for what needs an ADMIN: an EDITOR is refused too. */
export function expectOnlyAdminsMay(
  api: TestApi,
  attempts: Attempt[],
  written: () => Promise<unknown>,
): Promise<void> {
  return expectOnly(api, 'admin', attempts, written);
}

async function expectOnly(
  api: TestApi,
  role: 'editor' | 'admin',
  attempts: Attempt[],
  written: () => Promise<unknown>,
): Promise<void> {
  const refusedTo =
    role === 'admin'
      ? (['editor', 'viewer', undefined] as const)
      : (['viewer', undefined] as const);
  const before = await written();
  for (const [field, input] of attempts) {
    for (const as of refusedTo) {
      const { errors } = await api.graphql(request(field), { input }, as);
      expect([field, as, errors![0].extensions!.code]).toEqual([
        field,
        as,
        as ? 'FORBIDDEN' : 'UNAUTHENTICATED',
      ]);
    }
  }
  expect(await written()).toEqual(before);
  for (const [field, input] of attempts) {
    const { data, errors } = await api.graphql(request(field), { input }, role);
    expect(errors).toBeUndefined();
    expect([field, data![field].userErrors]).toEqual([field, []]);
  }
}
