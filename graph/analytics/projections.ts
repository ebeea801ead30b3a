// Simple weighted graphs derived from the relation multigraph, in the shapes graphology's algorithms expect.
import { DirectedGraph, UndirectedGraph } from "graphology";
import type { AbstractGraph as GraphType, Attributes } from "graphology-types";
import type { AnalysableEdge } from "./types.js";

export interface Weight extends Attributes {
  weight: number;
}

/** One undirected edge per pair of actors, weighted by the claims of the edges `keep` accepts; every actor kept. */
export function undirectedProjection<N extends Attributes, E extends AnalysableEdge>(
  graph: GraphType<N, E>,
  keep: (attributes: E) => boolean = () => true,
): UndirectedGraph<Attributes, Weight> {
  const out = new UndirectedGraph<Attributes, Weight>();
  for (const node of sortedNodes(graph)) out.addNode(node);
  graph.forEachEdge((_edge, attributes, source, target) => {
    if (source === target || !keep(attributes)) return;
    out.updateUndirectedEdge(source, target, (current) => ({
      weight: (current.weight ?? 0) + attributes.count,
    }));
  });
  return out;
}

/** One directed edge per ordered pair; symmetric relations count in both directions. */
export function directedProjection<N extends Attributes, E extends AnalysableEdge>(
  graph: GraphType<N, E>,
): DirectedGraph<Attributes, Weight> {
  const out = new DirectedGraph<Attributes, Weight>();
  for (const node of sortedNodes(graph)) out.addNode(node);
  const add = (source: string, target: string, count: number): void => {
    out.updateDirectedEdge(source, target, (current) => ({ weight: (current.weight ?? 0) + count }));
  };
  graph.forEachEdge((_edge, attributes, source, target) => {
    if (source === target) return;
    add(source, target, attributes.count);
    if (attributes.symmetric) add(target, source, attributes.count);
  });
  return out;
}

/** Nodes in id order, so that algorithms that visit nodes in insertion order give the same answer every run. */
export function sortedNodes(graph: GraphType): string[] {
  return graph.nodes().sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
