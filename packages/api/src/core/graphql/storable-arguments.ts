import {
  defaultFieldResolver,
  getNamedType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';
import { InvalidArgument } from '../errors';
import { DAY_RANGE, EARLIEST_DAY, LATEST_DAY } from '../validate';

/** One argument value the database cannot hold, on its path from the argument's name. */
interface Unstorable {
  path: string[];
  message: string;
}

// A high surrogate not followed by a low one, or a low one not preceded by a high one.
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** Why PostgreSQL (text, or the audit log's jsonb) cannot store `text`, or null when it can. */
export function unstorableText(text: string): string | null {
  if (text.includes('\u0000')) {
    return 'The text contains a NUL character (U+0000), which cannot be stored: remove it.';
  }
  if (LONE_SURROGATE.test(text)) {
    return 'The text contains a broken character (half of a UTF-16 surrogate pair): send valid Unicode.';
  }
  return null;
}

/** Checks of a scalar's coerced value, by the scalar's name. */
const SCALAR_CHECKS: Record<string, (value: unknown) => string | null> = {
  String: (value) => unstorableText(value as string),
  ID: (value) => unstorableText(value as string),
  LocalDate: (value) =>
    (value as string) < EARLIEST_DAY || (value as string) > LATEST_DAY ? DAY_RANGE : null,
  DateTimeISO: (value) => {
    const year = (value as Date).getUTCFullYear();
    return year < Number(EARLIEST_DAY.slice(0, 4)) || year > Number(LATEST_DAY.slice(0, 4))
      ? `Give a time between the years ${EARLIEST_DAY.slice(0, 4)} and ${LATEST_DAY.slice(0, 4)}.`
      : null;
  },
};

function* unstorable(
  value: unknown,
  type: GraphQLInputType,
  path: string[],
): Generator<Unstorable> {
  if (value === null || value === undefined) return;
  if (isNonNullType(type)) {
    yield* unstorable(value, type.ofType, path);
  } else if (isListType(type)) {
    const items = value as unknown[];
    for (let i = 0; i < items.length; i++)
      yield* unstorable(items[i], type.ofType, [...path, `${i}`]);
  } else if (isInputObjectType(type)) {
    const fields = type.getFields();
    for (const name of Object.keys(fields)) {
      yield* unstorable((value as Record<string, unknown>)[name], fields[name].type, [
        ...path,
        name,
      ]);
    }
  } else if (isScalarType(type)) {
    const message = SCALAR_CHECKS[type.name]?.(value);
    if (message) yield { path, message };
  }
}

/**
 * For a field that answers with a mutation payload, which reports refused input as `userErrors`,
 * the payload of a refusal before its resolver: nothing written, so every required field empty
 * (a bulk write's counts 0, its items none). Null for any other field.
 */
function refusedPayload(field: GraphQLField<unknown, unknown>): Record<string, unknown> | null {
  const type = getNamedType(field.type);
  if (!isObjectType(type) || !('userErrors' in type.getFields())) return null;
  const empty: Record<string, unknown> = {};
  for (const { name, type: fieldType } of Object.values(type.getFields())) {
    if (name === 'userErrors' || !isNonNullType(fieldType)) continue;
    const inner = fieldType.ofType;
    const nothing = isListType(inner)
      ? []
      : isScalarType(inner) && EMPTY_SCALARS.has(inner.name)
        ? EMPTY_SCALARS.get(inner.name)
        : undefined;
    if (nothing === undefined) {
      throw new Error(`${type.name}.${name} is required: a refused payload could not give it`);
    }
    empty[name] = nothing;
  }
  return empty;
}

/** What a required field of a refused payload says: nothing counted, nothing done. */
const EMPTY_SCALARS = new Map<string, unknown>([
  ['Int', 0],
  ['Float', 0],
  ['Boolean', false],
]);

/**
 * Refuses, before any resolver runs, argument values that PostgreSQL or the audit log cannot
 * hold: a NUL character or a lone surrogate in any text or id (PostgreSQL's text cannot store
 * U+0000, jsonb refuses lone surrogates, and pg would silently replace them), and days outside
 * the register's range (PostgreSQL has no year 0). A mutation with a payload answers with
 * `userErrors` on the field's path; any other field fails with BAD_USER_INPUT naming the
 * argument's path. One check for every field with arguments, so no service can forget it.
 */
export function refuseUnstorableArguments(schema: GraphQLSchema): void {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      if (field.args.length === 0) continue;
      const payload = refusedPayload(field);
      const check = (args: Record<string, unknown>): Unstorable[] =>
        field.args.flatMap((arg) => [...unstorable(args[arg.name], arg.type, [arg.name])]);
      const refusal = (problems: Unstorable[]) => {
        if (payload) {
          return {
            ...payload,
            userErrors: problems.map(({ path, message }) => ({
              field: path,
              code: 'INVALID',
              message,
            })),
          };
        }
        throw new InvalidArgument(problems[0].path.join('.'), problems[0].message);
      };
      const resolve = field.resolve ?? defaultFieldResolver;
      field.resolve = (source, args, context, info) => {
        const problems = check(args);
        return problems.length > 0 ? refusal(problems) : resolve(source, args, context, info);
      };
      const subscribe = field.subscribe;
      if (subscribe) {
        field.subscribe = (source, args, context, info) => {
          const problems = check(args);
          if (problems.length > 0) refusal(problems);
          return subscribe(source, args, context, info);
        };
      }
    }
  }
}
