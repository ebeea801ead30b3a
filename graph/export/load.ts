// Reads the filtered network for an export: edges grouped from claims (with evidence when asked), their actors.
import { MultiGraph } from "graphology";
import type { Driver, Record as Neo4jRecord } from "neo4j-driver";
import type { GraphQuery } from "../../lib/api-contract.js";
import { inTransaction, READ } from "../driver.js";
import { filterParams } from "./filter.js";
import { EXPORT_EDGES, EXPORT_NODES } from "./queries.js";
import type { ExportEdge, ExportEvidence, ExportGraph, ExportNode } from "./types.js";

export interface LoadExportOptions {
  /** Attach every claim's sentence to its edge; default true. */
  evidence?: boolean;
}

export async function loadExportGraph(
  driver: Driver,
  query: GraphQuery = {},
  options: LoadExportOptions = {},
): Promise<ExportGraph> {
  const evidence = options.evidence ?? true;
  return inTransaction(driver, READ, async (tx) => {
    const edges = (await tx.run(EXPORT_EDGES, { ...filterParams(query), evidence })).records;
    const ids = [
      ...new Set(edges.flatMap((r) => [r.get("source") as string, r.get("target") as string])),
    ].sort();
    const nodes = (await tx.run(EXPORT_NODES, { ids })).records;
    const graph: ExportGraph = new MultiGraph({ type: "mixed", allowSelfLoops: true });
    for (const r of nodes) graph.addNode(r.get("id") as string, nodeOf(r));
    for (const r of edges) addEdge(graph, r);
    return graph;
  });
}

function nodeOf(r: Neo4jRecord): ExportNode {
  const node: ExportNode = {
    name: (r.get("name") as string | null) ?? (r.get("id") as string),
    type: r.get("type") as ExportNode["type"],
  };
  for (const key of ["bloc", "camp", "degree", "pagerank", "betweenness"] as const) {
    const value = r.get(key) as number | null;
    if (value !== null) node[key] = Number(value);
  }
  return node;
}

function addEdge(graph: ExportGraph, r: Neo4jRecord): void {
  const source = r.get("source") as string;
  const target = r.get("target") as string;
  const attributes: ExportEdge = {
    relation: r.get("relation") as string,
    polarity: r.get("polarity") as ExportEdge["polarity"],
    symmetric: Boolean(r.get("symmetric")),
    count: Number(r.get("count")),
    docs: Number(r.get("docs")),
    firstSeen: (r.get("firstSeen") as string | null) ?? null,
    lastSeen: (r.get("lastSeen") as string | null) ?? null,
    asserted: Number(r.get("asserted")),
    intended: Number(r.get("intended")),
    negated: Number(r.get("negated")),
    hypothetical: Number(r.get("hypothetical")),
    evidence: (r.get("evidence") as ExportEvidence[]).map((e) => ({
      ...e,
      sentence: Number(e.sentence),
      confidence: Number(e.confidence),
    })),
  };
  const key = `${source}|${attributes.relation}|${target}`;
  if (attributes.symmetric) graph.addUndirectedEdgeWithKey(key, source, target, attributes);
  else graph.addDirectedEdgeWithKey(key, source, target, attributes);
}
