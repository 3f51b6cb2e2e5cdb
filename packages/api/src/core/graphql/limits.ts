import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import {
  GraphQLError,
  Kind,
  parse,
  specifiedRules,
  validate,
  visit,
  type DocumentNode,
  type GraphQLSchema,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';

/**
 * What one GraphQL document may ask, checked before any SQL runs, over HTTP and WebSocket alike.
 * The defaults admit every document the clients send (the deepest is 9 levels as the depth rule
 * counts them, the largest about 400 tokens) with a margin of at least two (`limits.test.ts`).
 */
export interface DocumentLimits {
  /** Levels of nested fields (introspection's own nesting not counted). */
  depth: number;
  /** Aliased fields, `__typename` included: one request, not hundreds in disguise. */
  aliases: number;
  /** Directives, in the whole document. */
  directives: number;
  /** Times one field (by its response key) may be selected in one selection set. */
  repeatedFields: number;
  /** Lexical tokens: the parser stops counting past this. */
  tokens: number;
  /** Validation errors told back; the rest are summed up in one more. */
  errors: number;
  /** Items of any one list given as input (`nodes(ids:)`, identifiers, areas …). */
  listItems: number;
  /** Characters of any one text given as input. */
  textLength: number;
  /** The estimated cost of one operation (`operationCost`). */
  cost: number;
}

export const DEFAULT_LIMITS: DocumentLimits = {
  // GraphQL Armor counts fragment spreads and inline fragments as levels: the source page's
  // citing records (a fragment in a fragment, then the relation's kind) reach 12.
  depth: 24,
  aliases: 50,
  directives: 20,
  repeatedFields: 10,
  tokens: 10_000,
  errors: 5,
  listItems: 1_000,
  textLength: 20_000,
  cost: 10_000,
};

/** The code every refusal for a limit carries, with the limit's name and value. */
export const LIMIT_EXCEEDED = 'LIMIT_EXCEEDED';

export function limitError(
  limit: keyof DocumentLimits | 'subscriptions',
  max: number,
  message: string,
) {
  return new GraphQLError(message, {
    extensions: { code: LIMIT_EXCEEDED, limit, max, http: { status: 400 } },
  });
}

/** GraphQL Armor's rules, each refusal reported as a validation error with our code. */
export function limitRules(limits: DocumentLimits): ValidationRule[] {
  // Armor calls back with the validation context, and a rule always has one.
  const reported =
    (limit: keyof DocumentLimits, max: number) =>
    (context: ValidationContext | null, error: Error) =>
      context!.reportError(limitError(limit, max, error.message.replace(/^Syntax Error: /, '')));
  const common = { propagateOnRejection: false, exposeLimits: true };
  return [
    maxDepthRule({ ...common, n: limits.depth, onReject: [reported('depth', limits.depth)] }),
    maxAliasesRule({
      ...common,
      n: limits.aliases,
      allowList: [],
      onReject: [reported('aliases', limits.aliases)],
    }),
    maxDirectivesRule({
      ...common,
      n: limits.directives,
      onReject: [reported('directives', limits.directives)],
    }),
    repeatedFieldsRule(limits.repeatedFields),
  ];
}

/**
 * The same field selected over and over in one selection set: merged into one by GraphQL, so
 * nothing a client needs, but checking that they can merge costs time for each pair.
 */
function repeatedFieldsRule(max: number): ValidationRule {
  return (context) => ({
    SelectionSet(selectionSet) {
      const times = new Map<string, number>();
      for (const selection of selectionSet.selections) {
        if (selection.kind !== Kind.FIELD) continue;
        const key = (selection.alias ?? selection.name).value;
        const count = (times.get(key) ?? 0) + 1;
        times.set(key, count);
        if (count === max + 1) {
          context.reportError(
            limitError(
              'repeatedFields',
              max,
              `"${key}" is selected more than ${max} times in one place.`,
            ),
          );
        }
      }
    },
  });
}

/** The first list or text over the limits, or null. */
function tooLong(items: number, characters: number, limits: DocumentLimits): GraphQLError | null {
  return items > limits.listItems
    ? limitError(
        'listItems',
        limits.listItems,
        `A list has ${items} items; at most ${limits.listItems} are taken.`,
      )
    : characters > limits.textLength
      ? limitError(
          'textLength',
          limits.textLength,
          `A text has ${characters} characters; at most ${limits.textLength} are taken.`,
        )
      : null;
}

/** What a document says by itself: whether it asks for the schema, and a literal over the limits. */
interface DocumentFacts {
  limits: DocumentLimits;
  asksForSchema: boolean;
  literalOverLimits: GraphQLError | null;
}

/**
 * The facts of each parsed document, found once: Apollo keeps one parsed document per query text
 * (its document store), so a client's document is walked on its first request, not on every one.
 */
const documentFacts = new WeakMap<DocumentNode, DocumentFacts>();

function factsOf(document: DocumentNode, limits: DocumentLimits): DocumentFacts {
  const known = documentFacts.get(document);
  if (known?.limits === limits) return known;
  const facts: DocumentFacts = { limits, asksForSchema: false, literalOverLimits: null };
  visit(document, {
    [Kind.FIELD](field) {
      // `__typename` is not asking for the schema.
      if (field.name.value === '__schema' || field.name.value === '__type') {
        facts.asksForSchema = true;
      }
    },
    [Kind.LIST]: (list) =>
      void (facts.literalOverLimits ??= tooLong(list.values.length, 0, limits)),
    [Kind.STRING]: (text) =>
      void (facts.literalOverLimits ??= tooLong(0, text.value.length, limits)),
  });
  documentFacts.set(document, facts);
  return facts;
}

/**
 * The input too large for the limits, in the variables: the first list or text over its limit,
 * or null. Apollo and graphql-ws coerce the variables after this.
 */
function variablesOverLimits(variables: unknown, limits: DocumentLimits): GraphQLError | null {
  const walk = (value: unknown): GraphQLError | null =>
    Array.isArray(value)
      ? (tooLong(value.length, 0, limits) ?? firstOf(value.map(walk)))
      : typeof value === 'string'
        ? tooLong(0, value.length, limits)
        : value && typeof value === 'object'
          ? firstOf(Object.values(value).map(walk))
          : null;
  return walk(variables);
}

const firstOf = (errors: (GraphQLError | null)[]) => errors.find(Boolean) ?? null;

/**
 * The parser's refusals told as limits: past the token limit, and nesting so deep (thousands of
 * `[` within the token limit) that the parser, which recurses, runs out of stack before the
 * depth rule could count it.
 */
export function parseLimitError(error: unknown, limits: DocumentLimits): GraphQLError | null {
  if (error instanceof GraphQLError && /more tha[nt] \d+ tokens/.test(error.message)) {
    return limitError(
      'tokens',
      limits.tokens,
      `The document has more than ${limits.tokens} tokens.`,
    );
  }
  for (let cause = error; cause instanceof Error; cause = (cause as GraphQLError).originalError) {
    if (cause instanceof RangeError) {
      return limitError('depth', limits.depth, 'The document nests too deeply to be read.');
    }
  }
  return null;
}

const introspectionRefused = () =>
  new GraphQLError('Introspection is for signed-in callers only.', {
    extensions: { code: 'INTROSPECTION_DISABLED' },
  });

/** A validation error's message without the schema's names it suggests ("Did you mean …?"). */
export const withoutSuggestions = (message: string) =>
  message.replace(/ ?Did you mean(.+?)\?$/, '');

/**
 * What refuses an operation whatever its validation says, over both transports: introspection
 * by a caller who may not, and input over the limits. Null when neither.
 */
export function operationRefused(
  document: DocumentNode,
  variables: unknown,
  limits: DocumentLimits,
  mayIntrospect: boolean,
): GraphQLError | null {
  const facts = factsOf(document, limits);
  if (!mayIntrospect && facts.asksForSchema) return introspectionRefused();
  return facts.literalOverLimits ?? variablesOverLimits(variables, limits);
}

/**
 * A WebSocket operation's document checked as Apollo checks one over HTTP: parsed within the
 * token limit and validated with the limits; the errors, or none.
 */
export function checkedOverWebSocket(
  schema: GraphQLSchema,
  { query, variables }: { query: string; variables?: unknown },
  limits: DocumentLimits,
  mayIntrospect: boolean,
): { errors: GraphQLError[] } | { errors: []; document: DocumentNode } {
  let document: DocumentNode;
  try {
    document = parse(query, { maxTokens: limits.tokens });
  } catch (error) {
    return { errors: [parseLimitError(error, limits) ?? (error as GraphQLError)] };
  }
  const refused = operationRefused(document, variables, limits, mayIntrospect);
  if (refused) return { errors: [refused] };
  const errors = validate(schema, document, [...specifiedRules, ...limitRules(limits)], {
    maxErrors: limits.errors,
  });
  return errors.length > 0 ? { errors: [...errors] } : { errors: [], document };
}
