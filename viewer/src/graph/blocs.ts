// Alliance blocs: the blocs `kg analyze` wrote, or, before it has run, Louvain communities of the cooperative
// edges computed here (cheap), so that node colours always mean something.
import Graph from "graphology";
import louvain from "graphology-communities-louvain";
import type { ViewGraph } from "./model.js";

/** Bloc per actor; null for an actor with no cooperative tie (a bloc of one). */
export function blocsOf(graph: ViewGraph, random: () => number): Map<string, number | null> {
  const analysed = new Map<string, number | null>();
  let complete = graph.order > 0;
  graph.forEachNode((id, { bloc }) => {
    if (bloc === null) complete = false;
    analysed.set(id, bloc);
  });
  return complete ? analysed : cooperativeCommunities(graph, random);
}

function cooperativeCommunities(graph: ViewGraph, random: () => number): Map<string, number | null> {
  const ties = new Graph({ type: "undirected", multi: false, allowSelfLoops: false });
  graph.forEachEdge((_key, a, source, target) => {
    if (a.polarity !== "cooperative" || a.edgeClass !== "affirmed" || source === target) return;
    ties.mergeNode(source);
    ties.mergeNode(target);
    ties.updateUndirectedEdge(source, target, (attr) => ({
      weight: ((attr.weight as number) ?? 0) + a.count,
    }));
  });
  const blocs = new Map<string, number | null>();
  const found = ties.order > 0 ? louvain(ties, { getEdgeWeight: "weight", rng: random }) : {};
  graph.forEachNode((id) => blocs.set(id, found[id] ?? null));
  return blocs;
}
