// The exported network: actors and aggregated edges (with their evidence) in a graphology graph.
import type { MultiGraph } from "graphology";
import type { ActorType, Modality } from "../../ingest/record.js";
import type { RelationAttributes } from "../types.js";

export type ExportFormat = "gexf" | "graphml" | "json" | "csv" | "jsonl";

export const EXPORT_FORMATS: readonly ExportFormat[] = ["gexf", "graphml", "json", "csv", "jsonl"];

export interface ExportNode {
  name: string;
  type: ActorType;
  /** Written by `kg analyze`; absent before it ran. */
  bloc?: number;
  camp?: number;
  degree?: number;
  pagerank?: number;
  betweenness?: number;
}

export interface ExportEvidence {
  claimId: string;
  modality: Modality;
  date: string | null;
  doc: string;
  sentence: number;
  text: string;
  confidence: number;
}

/** An aggregated edge (its count: claims of the chosen modalities behind it) with its claims per modality. */
export interface ExportEdge extends RelationAttributes {
  /** Claims per modality (only the chosen modalities are counted). */
  asserted: number;
  intended: number;
  negated: number;
  hypothetical: number;
  /** Every claim behind the edge, oldest first; empty when evidence was not asked for. */
  evidence: ExportEvidence[];
}

/** Keyed "source|relation|target"; symmetric relations are undirected edges (lower id as source). */
export type ExportGraph = MultiGraph<ExportNode, ExportEdge>;
