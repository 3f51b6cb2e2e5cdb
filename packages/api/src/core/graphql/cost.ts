import {
  getNamedType,
  getNullableType,
  isLeafType,
  isListType,
  Kind,
  visit,
  type DocumentNode,
  type GraphQLSchema,
} from 'graphql';
import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity';

/** How many items a list that takes no `first` is reckoned to hold. */
const UNPAGED_LIST = 10;

/** What the map may return: the whole region without a starting node, else a neighbourhood. */
const STARTS = ['actor', 'area', 'forum', 'objective', 'strategy'];
function mapCost(args: Record<string, unknown>): number {
  const filter = (args.filter ?? {}) as Record<string, unknown>;
  if (!STARTS.some((start) => filter[start])) return 2_000;
  // Each hop may reach several times the nodes of the one before. A depth past the map's deepest
  // (4, MAX_MAP_DEPTH) is the map's to refuse, as a bad argument, not a cost.
  const depth = Math.min(Math.max(Number(filter.depth ?? 2), 0), 4);
  return 50 * 3 ** depth;
}

/**
 * Fields whose cost lies in what they compute, not in what they select: the map by the nodes it
 * may return; the matrix, the check and the figures read a whole strategy or every area.
 */
const COMPUTED: Record<string, (args: Record<string, unknown>) => number> = {
  'Query.whoDoesWhat': mapCost,
  'Query.whoDoesWhatChanges': mapCost,
  'Query.whoDoesWhatTimeline': mapCost,
  'Query.raciMatrix': () => 100,
  'Query.responsibilityCheck': () => 100,
  'Query.areaFigures': () => 200,
  'Query.personDataExport': () => 100,
};

/**
 * Objects computed in memory from what their parent reads anyway: a citation's passage is found
 * in the text of the source the citation loads (batched and cached per request) for its `source`.
 */
const FREE = new Set(['Citation.passage']);

/**
 * A field's cost: nothing for a scalar or a `FREE` object; one for an object, plus its selection's cost as many
 * times as it may return items: a connection's `first`, the ids asked for, else ten for a list.
 * A connection's own `nodes` and `edges` are counted by its `first`, not again.
 */
const estimate: ComplexityEstimator = ({ type, field, args, childComplexity }) => {
  const computed = COMPUTED[`${type.name}.${field.name}`];
  if (computed) return computed(args) + childComplexity;
  if (isLeafType(getNamedType(field.type)) || FREE.has(`${type.name}.${field.name}`)) return 0;
  const inConnection = type.name.endsWith('Connection');
  const count =
    typeof args.first === 'number'
      ? args.first
      : Array.isArray(args.ids)
        ? args.ids.length
        : isListType(getNullableType(field.type)) && !inConnection
          ? UNPAGED_LIST
          : 1;
  return 1 + count * childComplexity;
};

/**
 * The arguments whose values the cost depends on: those `estimate` and `COMPUTED` read, and
 * `@include`/`@skip`'s `if`, which decide whether a selection counts at all.
 */
const COST_ARGUMENTS = new Set(['first', 'ids', 'filter', 'if']);

/** How many variable sets' costs are kept per document before they are worked out afresh. */
const COSTS_PER_DOCUMENT = 64;

/** The variables a document's cost depends on, and the costs found for their values. */
interface DocumentCosts {
  variables: string[];
  costs: Map<string, number>;
}

/**
 * Costs of each parsed document (Apollo keeps one per query text), by the values of the
 * variables that decide them: a client's document with a new `id` each time costs the same, and
 * is estimated once.
 */
const documentCosts = new WeakMap<DocumentNode, DocumentCosts>();

function costsOf(document: DocumentNode): DocumentCosts {
  let known = documentCosts.get(document);
  if (!known) {
    const variables = new Set<string>();
    visit(document, {
      [Kind.ARGUMENT](argument) {
        if (!COST_ARGUMENTS.has(argument.name.value)) return false;
        visit(argument.value, {
          [Kind.VARIABLE]: (variable) => void variables.add(variable.name.value),
        });
        return false;
      },
    });
    known = { variables: [...variables], costs: new Map() };
    documentCosts.set(document, known);
  }
  return known;
}

/**
 * The estimated cost of running the operation: what a request is charged against its budget
 * and the caller's rate limit. Variables that do not coerce cost nothing here: the operation
 * fails on them before it reads anything.
 */
export function operationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown> | undefined,
  operationName: string | undefined,
): number {
  const { variables: deciding, costs } = costsOf(document);
  const key = JSON.stringify([operationName ?? null, ...deciding.map((name) => variables?.[name])]);
  const known = costs.get(key);
  if (known !== undefined) return known;
  let cost: number;
  try {
    cost = getComplexity({
      schema,
      query: document,
      variables,
      operationName,
      estimators: [estimate],
    });
  } catch {
    // Not kept: another variable may be what failed to coerce.
    return 0;
  }
  if (costs.size >= COSTS_PER_DOCUMENT) costs.clear();
  costs.set(key, cost);
  return cost;
}
