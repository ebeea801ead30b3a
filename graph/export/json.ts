// JSON: graphology's serialisation (Graph.from(json) reads it back; sigma.js and gephi-lite open it), with evidence.
import type { GraphQuery } from "../../lib/api-contract.js";
import type { ExportGraph } from "./types.js";

export function toJson(graph: ExportGraph, query: GraphQuery): string {
  const serialized = graph.export();
  return JSON.stringify(
    {
      ...serialized,
      attributes: { kind: "kg-export", version: 1, filter: query, exportedAt: new Date().toISOString() },
    },
    null,
    2,
  );
}
