import type { TestApi } from './test-api';

/** What the map's tests read of `whoDoesWhat`. */
export interface MapGraph {
  nodes: { id: string; kind: string; label: string; depth: number | null }[];
  edges: {
    kind: string;
    source: string;
    target: string;
    label: string;
    validFrom: string | null;
    validTo: string | null;
    record: string;
    sources: { quote: string }[];
  }[];
}

const WHO_DOES_WHAT = `query ($filter: WhoDoesWhatFilter) {
  whoDoesWhat(filter: $filter) {
    nodes { id kind label depth code areaKind }
    edges { id kind source target label validFrom validTo record sources { quote } }
  }
}`;

/**
 * The map as `as` sees it (default: an anonymous caller), its edges also as "KIND source →
 * target" by the nodes' labels, and the SQL statements the request cost.
 */
export async function whoDoesWhatOf(
  api: TestApi,
  filter: Record<string, unknown>,
  as?: keyof TestApi['tokens'],
) {
  const result = await api.graphql<{ whoDoesWhat: MapGraph }>(WHO_DOES_WHAT, { filter }, as);
  expect(result.errors).toBeUndefined();
  const graph = result.data!.whoDoesWhat;
  const label = new Map(graph.nodes.map((node) => [node.id, node.label]));
  const edges = graph.edges.map(
    (edge) => `${edge.kind} ${label.get(edge.source)} → ${label.get(edge.target)}`,
  );
  return { graph, edges, statements: result.statements };
}
