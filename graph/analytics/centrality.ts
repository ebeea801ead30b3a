// centrality: weighted degree, PageRank and betweenness of each actor (graphology-metrics on simple projections).
import type { AbstractGraph as Graph, Attributes } from "graphology-types";
import { betweenness, pagerank } from "./graphology-cjs.js";
import { directedProjection, undirectedProjection } from "./projections.js";
import type { AnalysableEdge } from "./types.js";

export interface Centrality {
  /** Claims behind all the actor's relations, cooperative and hostile, either direction (self-loops once). */
  degree: number;
  /** PageRank on the directed relations weighted by claims (symmetric ones both ways): who is acted upon. */
  pagerank: number;
  /** Normalised betweenness on the undirected, unweighted network: who lies between the others. */
  betweenness: number;
}

export interface CentralityOptions {
  /** PageRank's damping factor; default 0.85. */
  alpha?: number;
}

export function centrality<N extends Attributes, E extends AnalysableEdge>(
  graph: Graph<N, E>,
  options: CentralityOptions = {},
): Record<string, Centrality> {
  // graphology-metrics' betweenness cannot run on an empty graph.
  if (graph.order === 0) return {};
  const degree = weightedDegree(graph);
  const directed = directedProjection(graph);
  const ranks =
    directed.size === 0
      ? uniform(graph)
      : pagerank(directed, { getEdgeWeight: "weight", alpha: options.alpha ?? 0.85 });
  const between = betweenness(undirectedProjection(graph), { getEdgeWeight: null, normalized: true });
  return Object.fromEntries(
    graph
      .nodes()
      .map((id) => [
        id,
        { degree: degree.get(id) ?? 0, pagerank: ranks[id] ?? 0, betweenness: between[id] ?? 0 },
      ]),
  );
}

/** Writes degree, pagerank and betweenness as node attributes and returns the mapping. */
centrality.assign = function assign<N extends Attributes, E extends AnalysableEdge>(
  graph: Graph<N, E>,
  options: CentralityOptions = {},
): Record<string, Centrality> {
  const mapping = centrality(graph, options);
  for (const [id, values] of Object.entries(mapping))
    (graph as unknown as Graph).mergeNodeAttributes(id, values);
  return mapping;
};

function weightedDegree(graph: Graph<Attributes, AnalysableEdge>): Map<string, number> {
  const degree = new Map<string, number>();
  const add = (id: string, n: number): void => void degree.set(id, (degree.get(id) ?? 0) + n);
  graph.forEachEdge((_edge, attributes, source, target) => {
    add(source, attributes.count);
    if (target !== source) add(target, attributes.count);
  });
  return degree;
}

function uniform(graph: Graph): Record<string, number> {
  return Object.fromEntries(graph.nodes().map((id) => [id, 1 / Math.max(1, graph.order)]));
}
