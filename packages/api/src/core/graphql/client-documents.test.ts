import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  buildSchema,
  Kind,
  parse,
  specifiedRules,
  typeFromAST,
  validate,
  type DefinitionNode,
  type GraphQLInputType,
  type NamedTypeNode,
  type OperationDefinitionNode,
} from 'graphql';
import { minimalValue } from '../../testing/minimal-input';
import { operationCost } from './cost';
import { DEFAULT_LIMITS, limitRules } from './limits';

const isOperation = (definition: DefinitionNode): definition is OperationDefinitionNode =>
  definition.kind === Kind.OPERATION_DEFINITION;

/**
 * The clients' own documents (packages/schema/documents) against the API's limits, with room to
 * grow: no server needed, and none kept waiting while this long, synchronous check runs.
 */
describe("the clients' documents", () => {
  it('stay within half of every limit', () => {
    const schema = buildSchema(
      readFileSync(join(__dirname, '../../../../schema/schema.graphql'), 'utf8'),
    );
    const halved = {
      ...DEFAULT_LIMITS,
      depth: DEFAULT_LIMITS.depth / 2,
      aliases: DEFAULT_LIMITS.aliases / 2,
      directives: DEFAULT_LIMITS.directives / 2,
      repeatedFields: DEFAULT_LIMITS.repeatedFields / 2,
    };
    const folder = join(__dirname, '../../../../schema/documents');
    const files = readdirSync(folder).filter((file) => file.endsWith('.graphql'));
    expect(files.length).toBeGreaterThan(10);
    // One document, as the files share fragments; the limits hold for each operation.
    const source = files.map((file) => readFileSync(join(folder, file), 'utf8')).join('\n');
    const document = parse(source, { maxTokens: DEFAULT_LIMITS.tokens * 10 });
    const errors = validate(schema, document, [...specifiedRules, ...limitRules(halved)]);
    expect(errors.map((error) => error.message)).toEqual([]);
    // Each operation, with the least its variables may be, within half the cost budget.
    for (const operation of document.definitions.filter(isOperation)) {
      const variables = Object.fromEntries(
        (operation.variableDefinitions ?? []).map((definition) => [
          definition.variable.name.value,
          minimalValue(typeFromAST(schema, definition.type as NamedTypeNode) as GraphQLInputType),
        ]),
      );
      const cost = operationCost(schema, document, variables, operation.name!.value);
      expect({
        operation: operation.name!.value,
        cost: Math.min(cost, DEFAULT_LIMITS.cost / 2),
      }).toEqual({ operation: operation.name!.value, cost });
    }
    // Each file, however many operations it holds, within half the token limit.
    for (const file of files) {
      const text = readFileSync(join(folder, file), 'utf8');
      expect(() => parse(text, { maxTokens: DEFAULT_LIMITS.tokens / 2 })).not.toThrow();
    }
  });
});
