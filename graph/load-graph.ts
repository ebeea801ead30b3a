// Loads a filtered alliance network into graphology: actors as nodes, aggregated relations as edges.
import { MultiGraph } from "graphology";
import type { Driver, Record as Neo4jRecord } from "neo4j-driver";
import { CLAIM_MODALITIES, type ActorType } from "../ingest/record.js";
import { inTransaction, READ } from "./driver.js";
import { LOAD_AGGREGATES, LOAD_AGGREGATES_IN_RANGE } from "./read-queries.js";
import { relationType } from "./relation-types.js";
import type { ActorAttributes, GraphFilter, RelationAttributes } from "./types.js";

export type ActorGraph = MultiGraph<ActorAttributes, RelationAttributes>;

/**
 * A directed multigraph with one edge per (source, relation, target), keyed "source|relation|target", stored
 * direction kept (symmetric edges run from the lower id; their `symmetric` attribute says direction is moot).
 * Without a date range the stored aggregates are read; with one, edges are counted from the claims in range.
 */
export async function loadGraph(driver: Driver, filter: GraphFilter = {}): Promise<ActorGraph> {
  const relations = filter.relations ?? null;
  const types = relations?.map(relationType) ?? null;
  const dated = filter.from !== undefined || filter.to !== undefined;
  const params = {
    types,
    relations,
    polarity: filter.polarity ?? null,
    minCount: Math.max(1, filter.minCount ?? 1),
    modalities: [...CLAIM_MODALITIES],
    from: filter.from ?? "",
    // Inclusive upper bound that also admits longer timestamps of the last day ("2015-12-31T23:00").
    to: filter.to === undefined ? "\uffff" : `${filter.to}\uffff`,
  };
  const result = await inTransaction(driver, READ, (tx) =>
    tx.run(dated ? LOAD_AGGREGATES_IN_RANGE : LOAD_AGGREGATES, params),
  );
  const graph: ActorGraph = new MultiGraph({ type: "directed", allowSelfLoops: true });
  for (const record of result.records) addEdge(graph, record);
  return graph;
}

function addEdge(graph: ActorGraph, r: Neo4jRecord): void {
  const source = r.get("source") as string;
  const target = r.get("target") as string;
  const relation = r.get("relation") as string;
  graph.mergeNode(source, { name: r.get("sourceName") as string, type: r.get("sourceType") as ActorType });
  graph.mergeNode(target, { name: r.get("targetName") as string, type: r.get("targetType") as ActorType });
  graph.addDirectedEdgeWithKey(`${source}|${relation}|${target}`, source, target, {
    relation,
    polarity: r.get("polarity") as RelationAttributes["polarity"],
    symmetric: Boolean(r.get("symmetric")),
    count: Number(r.get("count")),
    docs: Number(r.get("docs")),
    firstSeen: (r.get("firstSeen") as string | null) ?? null,
    lastSeen: (r.get("lastSeen") as string | null) ?? null,
  });
}
