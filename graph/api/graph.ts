// GET /api/graph: the filtered alliance network, edges per (source, relation, target, modality), nodes on them.
import neo4j, { type Driver, type ManagedTransaction, type Record as Neo4jRecord } from "neo4j-driver";
import type { ApiEdge, GraphQuery, GraphResponse, Modality, Polarity } from "../../lib/api-contract.js";
import { inTransaction, READ } from "../driver.js";
import { ACTORS_BY_ID, GRAPH_EDGES } from "./queries.js";
import { toApiNode } from "./rows.js";

export const DEFAULT_MODALITIES: readonly Modality[] = ["asserted", "intended"];
export const ALL_MODALITIES: readonly Modality[] = ["asserted", "intended", "negated", "hypothetical"];
export const MAX_GRAPH_EDGES = 50_000;

export async function readGraph(driver: Driver, query: GraphQuery = {}): Promise<GraphResponse> {
  const limit = boundedLimit(query.limit);
  return inTransaction(driver, READ, async (tx) => {
    const rows = (await tx.run(GRAPH_EDGES, { ...graphParams(query), limit: neo4j.int(limit + 1) })).records;
    const edges = rows.slice(0, limit).map(toApiEdge);
    return { kind: "graph", nodes: await nodesOf(tx, edges), edges, truncated: rows.length > limit };
  });
}

/** The Cypher parameters of a graph query, defaults applied; shared with the site export's evidence read. */
export function graphParams(query: GraphQuery): Record<string, unknown> {
  return {
    modalities: [...(query.modalities ?? DEFAULT_MODALITIES)],
    relations: query.relations ?? null,
    polarity: query.polarity ?? null,
    from: query.from ?? null,
    fromDay: query.from?.slice(0, 10) ?? null,
    // Inclusive: "2015-12-31" also admits "2015-12-31T23:00".
    to: query.to === undefined ? null : `${query.to}\uffff`,
    minCount: neo4j.int(Math.max(1, Math.trunc(query.minCount ?? 1))),
  };
}

function boundedLimit(limit: number | undefined): number {
  if (limit === undefined || !Number.isFinite(limit)) return MAX_GRAPH_EDGES;
  return Math.min(MAX_GRAPH_EDGES, Math.max(0, Math.trunc(limit)));
}

function toApiEdge(r: Neo4jRecord): ApiEdge {
  const source = r.get("source") as string;
  const target = r.get("target") as string;
  const relation = r.get("relation") as string;
  const modality = r.get("modality") as Modality;
  return {
    id: `${source}|${relation}|${target}|${modality}`,
    source,
    target,
    relation,
    polarity: r.get("polarity") as Polarity,
    symmetric: r.get("symmetric") === true,
    modality,
    count: Number(r.get("count")),
    docs: Number(r.get("docs")),
    firstSeen: (r.get("firstSeen") as string | null) ?? null,
    lastSeen: (r.get("lastSeen") as string | null) ?? null,
  };
}

async function nodesOf(tx: ManagedTransaction, edges: readonly ApiEdge[]): Promise<GraphResponse["nodes"]> {
  const degree = new Map<string, number>();
  const add = (id: string, n: number): void => void degree.set(id, (degree.get(id) ?? 0) + n);
  for (const e of edges) {
    add(e.source, e.count);
    if (e.target !== e.source) add(e.target, e.count);
  }
  if (degree.size === 0) return [];
  const rows = (await tx.run(ACTORS_BY_ID, { ids: [...degree.keys()] })).records;
  return rows
    .map((r) => toApiNode(r, degree.get(r.get("id") as string) ?? 0))
    .sort((a, b) => b.weightedDegree - a.weightedDegree || (a.id < b.id ? -1 : 1));
}
