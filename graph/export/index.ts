// Exports of the stored network: GEXF and GraphML for Gephi, graphology JSON, CSV tables, claims as JSONL records.
import type { Driver } from "neo4j-driver";
import type { GraphQuery } from "../../lib/api-contract.js";
import { edgesCsv, nodesCsv } from "./csv.js";
import { toGexf } from "./gexf.js";
import { toGraphml } from "./graphml.js";
import { toJson } from "./json.js";
import { claimRecords, toJsonl } from "./jsonl.js";
import { loadExportGraph } from "./load.js";
import type { ExportFormat } from "./types.js";

export { loadExportGraph, type LoadExportOptions } from "./load.js";
export { claimRecords, toJsonl } from "./jsonl.js";
export { toGexf, evidenceText } from "./gexf.js";
export { toGraphml } from "./graphml.js";
export { toJson } from "./json.js";
export { edgesCsv, nodesCsv } from "./csv.js";
export {
  EXPORT_FORMATS,
  type ExportEdge,
  type ExportEvidence,
  type ExportFormat,
  type ExportGraph,
  type ExportNode,
} from "./types.js";

/** What an export produces: the main text, and for CSV the nodes table beside it. */
export interface ExportOutput {
  text: string;
  /** CSV only: the nodes table (written next to the edges file when there is one). */
  nodes?: string;
  /** Edges (or, for JSONL, claims) written. */
  items: number;
  /** Actors in the exported graph (0 for JSONL). */
  actors: number;
}

export async function exportGraph(
  driver: Driver,
  format: ExportFormat,
  query: GraphQuery = {},
): Promise<ExportOutput> {
  if (format === "jsonl") {
    const records = await claimRecords(driver, query);
    return { text: toJsonl(records), items: records.length, actors: 0 };
  }
  const graph = await loadExportGraph(driver, query, { evidence: format === "gexf" || format === "json" });
  const counts = { items: graph.size, actors: graph.order };
  switch (format) {
    case "gexf":
      return { text: toGexf(graph), ...counts };
    case "graphml":
      return { text: toGraphml(graph), ...counts };
    case "json":
      return { text: toJson(graph, query), ...counts };
    case "csv":
      return { text: edgesCsv(graph), nodes: nodesCsv(graph), ...counts };
  }
}
