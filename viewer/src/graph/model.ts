// The graph the viewer draws: graphology node and edge attributes, and how API edges become drawn edges.
import type { MultiDirectedGraph } from "graphology";
import type { ActorType, ApiEdge, Modality, Polarity } from "../api.js";

/** Asserted and intended claims draw one edge; negated and hypothetical claims each draw their own, faded. */
export type EdgeClass = "affirmed" | "negated" | "hypothetical";

export interface NodeAttributes {
  x: number;
  y: number;
  size: number;
  color: string;
  label: string;
  actorType: ActorType;
  /** Sum of the counts of the node's edges in the current graph. */
  degree: number;
  /** From `kg analyze`, null before it ran. */
  bloc: number | null;
  camp: number | null;
  pagerank: number | null;
  betweenness: number | null;
  /** The bloc or camp this view colours the node by (analysed, or computed in the browser). */
  group: number | null;
}

export interface EdgeAttributes {
  size: number;
  color: string;
  /** Sigma's program name. */
  type: string;
  curvature: number;
  relation: string;
  polarity: Polarity;
  symmetric: boolean;
  edgeClass: EdgeClass;
  /** Claims by modality behind this drawn edge. */
  counts: Partial<Record<Modality, number>>;
  count: number;
  docs: number;
  firstSeen: string | null;
  lastSeen: string | null;
}

export type ViewGraph = MultiDirectedGraph<NodeAttributes, EdgeAttributes>;

export function edgeClass(modality: Modality): EdgeClass {
  return modality === "asserted" || modality === "intended" ? "affirmed" : modality;
}

/** A drawn edge's key: stable across requests and in links (`edge=` in the URL). */
export function drawnEdgeKey(e: Pick<ApiEdge, "source" | "relation" | "target" | "modality">): string {
  return `${e.source}|${e.relation}|${e.target}|${edgeClass(e.modality)}`;
}

export interface EdgeKeyParts {
  source: string;
  relation: string;
  target: string;
  edgeClass: EdgeClass;
}

export function parseEdgeKey(key: string): EdgeKeyParts | null {
  const parts = key.split("|");
  if (parts.length !== 4 || parts.some((p) => p === "")) return null;
  const [source, relation, target, cls] = parts as [string, string, string, string];
  if (cls !== "affirmed" && cls !== "negated" && cls !== "hypothetical") return null;
  return { source, relation, target, edgeClass: cls };
}

/** The modalities whose claims a drawn edge of this class shows. */
export function classModalities(cls: EdgeClass): Modality[] {
  return cls === "affirmed" ? ["asserted", "intended"] : [cls];
}
