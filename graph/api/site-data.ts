// What a static site embeds (SiteData): meta, the graph with every modality, the actors' aliases, all evidence.
import type { Driver } from "neo4j-driver";
import type {
  ApiEdge,
  ApiEvidence,
  GraphQuery,
  GraphResponse,
  MetaResponse,
  SiteData,
} from "../../lib/api-contract.js";
import { inTransaction, READ } from "../driver.js";
import { ALL_MODALITIES, graphParams, readGraph } from "./graph.js";
import { ACTORS_BY_ID, EVIDENCE_OF_EDGES } from "./queries.js";
import { readRelationCatalog } from "./relations.js";
import { toApiEvidence } from "./rows.js";

// Edges per read transaction: keeps each transaction's result small on a large graph.
const EDGES_PER_READ = 2000;

/** Everything the viewer needs offline; `query` narrows what is exported (all modalities unless it says). */
export async function readSiteData(driver: Driver, query: GraphQuery = {}): Promise<SiteData> {
  const exported: GraphQuery = { ...query, modalities: query.modalities ?? [...ALL_MODALITIES] };
  const relations = await readRelationCatalog(driver);
  const graph = await readGraph(driver, exported);
  const actors = await readAliases(
    driver,
    graph.nodes.map((n) => n.id),
  );
  const evidence = await readEvidenceOfEdges(driver, graph.edges, exported);
  return { kind: "site", version: 1, meta: siteMeta(relations, graph, evidence), graph, actors, evidence };
}

/** Counts and dates of what the site holds, not of the whole database it was exported from. */
function siteMeta(
  relations: MetaResponse["relations"],
  graph: GraphResponse,
  evidence: readonly ApiEvidence[],
): MetaResponse {
  const dates = evidence
    .map((e) => e.date)
    .filter((d): d is string => d !== null)
    .sort();
  return {
    kind: "meta",
    relations,
    dateRange: dates.length === 0 ? null : { min: dates[0]!, max: dates.at(-1)! },
    counts: {
      actors: graph.nodes.length,
      documents: new Set(evidence.map((e) => e.doc.name)).size,
      sentences: new Set(evidence.map((e) => JSON.stringify([e.doc.name, e.sentence.index]))).size,
      claims: evidence.length,
    },
    source: "static",
    analyzed: graph.nodes.some((n) => n.bloc !== null),
  };
}

async function readAliases(driver: Driver, ids: string[]): Promise<SiteData["actors"]> {
  if (ids.length === 0) return [];
  const result = await inTransaction(driver, READ, (tx) => tx.run(ACTORS_BY_ID, { ids }));
  return result.records.map((r) => ({ id: r.get("id") as string, aliases: r.get("aliases") as string[] }));
}

async function readEvidenceOfEdges(
  driver: Driver,
  edges: readonly ApiEdge[],
  query: GraphQuery,
): Promise<ApiEvidence[]> {
  const params = graphParams(query);
  const evidence: ApiEvidence[] = [];
  for (let i = 0; i < edges.length; i += EDGES_PER_READ) {
    const keys = edges
      .slice(i, i + EDGES_PER_READ)
      .map(({ source, relation, target, modality }) => ({ source, relation, target, modality }));
    const result = await inTransaction(driver, READ, (tx) =>
      tx.run(EVIDENCE_OF_EDGES, { ...params, edges: keys }),
    );
    for (const r of result.records) evidence.push(toApiEvidence(r));
  }
  return evidence;
}
