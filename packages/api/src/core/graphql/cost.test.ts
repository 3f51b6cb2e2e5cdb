import { buildSchema, parse } from 'graphql';
import { operationCost } from './cost';

const schema = buildSchema(`
  type Item { id: ID! name: String! parts: [Item!]! }
  type ItemConnection { nodes: [Item!]! }
  type Query {
    item(id: ID!): Item
    items(first: Int, name: String): ItemConnection!
  }
`);

/**
 * Costs are kept per parsed document, by the values of the variables that decide them: the same
 * document object answers for every request, as Apollo's document store hands it out.
 */
describe('operationCost, kept per document', () => {
  const document = parse(`
    query Items($first: Int, $name: String, $withParts: Boolean!) {
      items(first: $first, name: $name) { nodes { id parts @include(if: $withParts) { id } } }
    }
    query Item($id: ID!) { item(id: $id) { id parts { id } } }
  `);
  const items = (variables: Record<string, unknown>) =>
    operationCost(schema, document, variables, 'Items');

  it('follows the variables the cost reads, and not the others', () => {
    const ten = items({ first: 10, name: 'a', withParts: false });
    expect(items({ first: 50, name: 'a', withParts: false })).toBeGreaterThan(ten);
    expect(items({ first: 10, name: 'b', withParts: false })).toBe(ten);
    expect(items({ first: 10, name: 'a', withParts: true })).toBeGreaterThan(ten);
    expect(items({ first: 10, name: 'a', withParts: false })).toBe(ten);
  });

  it('keeps each operation of a document apart', () => {
    const item = operationCost(schema, document, { id: '1' }, 'Item');
    expect(item).toBe(operationCost(schema, document, { id: '2' }, 'Item'));
    expect(item).not.toBe(items({ first: 10, name: 'a', withParts: false }));
  });

  it('keeps no cost found from variables that do not coerce', () => {
    const fresh = parse(`query ($first: Int) { items(first: $first) { nodes { id } } }`);
    expect(operationCost(schema, fresh, { first: 'many' }, undefined)).toBe(0);
    expect(operationCost(schema, fresh, { first: 5 }, undefined)).toBeGreaterThan(0);
    expect(operationCost(schema, fresh, { first: 'many' }, undefined)).toBe(0);
  });
});
