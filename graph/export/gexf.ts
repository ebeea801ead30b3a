// GEXF 1.3 for Gephi, written by graphology-gexf: relation as the edge kind so Gephi keeps parallel edges apart.
import { write } from "graphology-gexf";
import type { ExportEdge, ExportEvidence, ExportGraph, ExportNode } from "./types.js";

export function toGexf(graph: ExportGraph): string {
  return write(graph, {
    version: "1.3",
    formatNode: (_key, node: ExportNode) => ({
      label: node.name,
      attributes: defined({ ...node, name: undefined }),
    }),
    formatEdge: (_key, edge: ExportEdge) => ({
      label: edge.relation,
      kind: edge.relation,
      weight: edge.count,
      attributes: defined({ ...edge, evidence: evidenceText(edge.evidence) }),
    }),
  });
}

/** Evidence as one text attribute (GEXF values are scalars): "date doc#sentence [modality] text", one per claim. */
export function evidenceText(evidence: readonly ExportEvidence[]): string | undefined {
  if (evidence.length === 0) return undefined;
  return evidence
    .map((e) => `${e.date ?? "undated"} ${e.doc}#${e.sentence} [${e.modality}] ${e.text}`)
    .join(" | ");
}

/** Attributes without null/undefined values: GEXF has no null, and a missing value reads as "not set" in Gephi. */
function defined(attributes: Record<string, unknown>): Record<string, string | number | boolean> {
  return Object.fromEntries(
    Object.entries(attributes).filter(([, v]) => v !== null && v !== undefined),
  ) as Record<string, string | number | boolean>;
}
