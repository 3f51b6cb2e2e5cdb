import fc from 'fast-check';
import {
  getNamedType,
  isAbstractType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  type GraphQLArgument,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';
import { toGlobalId } from '../../core/relay/global-id';
import { nastyText } from './texts';

/** An operation as a client sends it: the document and its variables. */
export interface FuzzOperation {
  query: string;
  variables: Record<string, unknown>;
}

/** What random operations are made of: the schema, and ids of records that exist. */
export interface FuzzWorld {
  schema: GraphQLSchema;
  /** Global IDs of real records, so that some operations find what they ask for. */
  ids: string[];
}

/** Levels of nested selections: well inside the depth limit, and cheap enough to run hundreds. */
const MAX_SELECTION_DEPTH = 4;

type Draw = fc.GeneratorValue;

const dates = fc
  .date({ min: new Date('1800-01-01'), max: new Date('2200-12-31'), noInvalidDate: true })
  .map((date) => date.toISOString());

/** A value of a scalar: mostly one it accepts, sometimes text that is anything but. */
function scalar(draw: Draw, name: string, world: FuzzWorld): unknown {
  switch (name) {
    case 'ID':
      return draw(() =>
        fc.oneof(
          { weight: 4, arbitrary: fc.constantFrom(...world.ids) },
          fc
            .tuple(fc.constantFrom(...Object.keys(world.schema.getTypeMap())), fc.uuid())
            .map(([type, id]) => toGlobalId(type, id)),
          nastyText,
        ),
      );
    case 'Int':
      return draw(() =>
        fc.oneof(
          { weight: 4, arbitrary: fc.integer({ min: -2, max: 12 }) },
          fc.integer(),
          fc.constantFrom(2 ** 31 - 1, -(2 ** 31)),
        ),
      );
    case 'Float':
      return draw(() => fc.double({ noNaN: true, noDefaultInfinity: true }));
    case 'Boolean':
      return draw(() => fc.boolean());
    case 'LocalDate':
      return draw(() =>
        fc.oneof({ weight: 4, arbitrary: dates.map((date) => date.slice(0, 10)) }, nastyText),
      );
    case 'DateTimeISO':
      return draw(() => fc.oneof({ weight: 4, arbitrary: dates }, nastyText));
    case 'JSON':
    case 'JSONObject':
      return draw(() => fc.dictionary(fc.string({ maxLength: 8 }), fc.jsonValue({ maxDepth: 3 })));
    default:
      return draw(() =>
        fc.oneof(
          { weight: 3, arbitrary: fc.constantFrom('Region', 'Jämtland', 'x', '', 'reg') },
          { weight: 2, arbitrary: fc.string({ maxLength: 30 }) },
          nastyText,
        ),
      );
  }
}

/** A value for a variable of `type`: of the right shape, with random content. */
export function inputValue(draw: Draw, type: GraphQLInputType, world: FuzzWorld): unknown {
  if (!isNonNullType(type) && draw(() => fc.nat(9)) === 0) return null;
  const inner = isNonNullType(type) ? type.ofType : type;
  if (isListType(inner)) {
    const count = draw(() => fc.nat(3));
    return Array.from({ length: count }, () => inputValue(draw, inner.ofType, world));
  }
  if (isEnumType(inner)) {
    return draw(() => fc.constantFrom(...inner.getValues().map((value) => value.name)));
  }
  if (isInputObjectType(inner)) {
    const fields = Object.values(inner.getFields());
    const chosen = inner.isOneOf
      ? [draw(() => fc.constantFrom(...fields))]
      : fields.filter((field) => isNonNullType(field.type) || draw(() => fc.boolean()));
    return Object.fromEntries(
      chosen.map((field) => [field.name, inputValue(draw, field.type, world)]),
    );
  }
  return scalar(draw, inner.name, world);
}

/** Builds one document: variables are declared as arguments ask for them. */
class OperationWriter {
  private readonly declarations: string[] = [];
  readonly variables: Record<string, unknown> = {};

  constructor(
    private readonly draw: Draw,
    private readonly world: FuzzWorld,
  ) {}

  /** The arguments of a field: every required one and some of the others, as variables. */
  private arguments(args: readonly GraphQLArgument[]): string {
    const passed = args
      .filter((arg) => isNonNullType(arg.type) || this.draw(() => fc.boolean()))
      .map((arg) => {
        const name = `v${this.declarations.length}`;
        this.declarations.push(`$${name}: ${String(arg.type)}`);
        this.variables[name] = /^(first|last)$/.test(arg.name)
          ? this.draw(() =>
              fc.oneof({ weight: 5, arbitrary: fc.integer({ min: 1, max: 4 }) }, fc.integer()),
            )
          : inputValue(this.draw, arg.type, this.world);
        return `${arg.name}: $${name}`;
      });
    return passed.length ? `(${passed.join(', ')})` : '';
  }

  /**
   * `field` with arguments and (for an object) a selection of its own; named `alias` when it has
   * arguments or is a root field (which may be asked twice with other arguments). A selection
   * set names each field once, so a field without arguments needs no alias there.
   */
  field(field: GraphQLField<unknown, unknown>, alias: string, depth: number): string {
    const named = getNamedType(field.type);
    const args = this.arguments(field.args);
    const head = args || depth === 0 ? `${alias}: ${field.name}${args}` : field.name;
    return isLeafType(named) ? head : `${head} ${this.selection(named, depth + 1)}`;
  }

  /** Some fields of `type`; for an interface or union, those of one of its types. */
  selection(type: GraphQLCompositeType, depth: number): string {
    if (isAbstractType(type)) {
      const possible = this.world.schema.getPossibleTypes(type);
      const one = this.draw(() => fc.constantFrom(...possible));
      return `{ __typename ... on ${one.name} ${this.selection(one, depth)} }`;
    }
    const fields = Object.values(type.getFields()).filter(
      (field) =>
        depth < MAX_SELECTION_DEPTH ||
        (isLeafType(getNamedType(field.type)) && field.args.every((a) => !isNonNullType(a.type))),
    );
    if (fields.length === 0) return '{ __typename }';
    const chosen = this.draw(() =>
      fc.subarray(fields, { minLength: 1, maxLength: Math.min(3, fields.length) }),
    );
    const id = isObjectType(type) && 'id' in type.getFields() ? 'id ' : '';
    return `{ ${id}${chosen.map((field, i) => this.field(field, `f${depth}_${i}`, depth)).join(' ')} }`;
  }

  document(kind: 'query' | 'mutation', body: string): FuzzOperation {
    const declared = this.declarations.length ? `(${this.declarations.join(', ')})` : '';
    return { query: `${kind} Fuzz${declared} ${body}`, variables: this.variables };
  }
}

/**
 * A random operation of `kind` that GraphQL's validation accepts: one to three root fields (one
 * mutation), each with arguments of the right types as variables and a nested selection.
 */
export function validOperation(world: FuzzWorld, kind: 'query' | 'mutation') {
  const root = kind === 'query' ? world.schema.getQueryType()! : world.schema.getMutationType()!;
  const fields = Object.values(root.getFields());
  return fc.gen().map((draw) => {
    const writer = new OperationWriter(draw, world);
    const count = kind === 'mutation' ? 1 : draw(() => fc.integer({ min: 1, max: 3 }));
    const chosen = Array.from({ length: count }, () => draw(() => fc.constantFrom(...fields)));
    const body = chosen.map((field, i) => writer.field(field, `r${i}`, 0)).join(' ');
    return writer.document(kind, `{ ${body} }`);
  });
}
