// blocs: Louvain communities on the cooperative relations (seeded, so the same graph gives the same blocs).
import type { AbstractGraph as Graph, Attributes } from "graphology-types";
import { louvain } from "./graphology-cjs.js";
import { undirectedProjection } from "./projections.js";
import { DEFAULT_SEED, seededRandom } from "./rng.js";
import type { AnalysableEdge } from "./types.js";

export interface BlocsOptions {
  /** Louvain's resolution: above 1 gives more, smaller blocs; default 1. */
  resolution?: number;
  seed?: number;
  /** Node attribute `assign` writes; default "bloc". */
  attribute?: string;
}

/**
 * Bloc number per actor. Blocs are numbered by size, largest first (ties: smallest member id), so bloc 0 is
 * the largest; an actor without cooperative relations is a bloc of its own.
 */
export function blocs<N extends Attributes, E extends AnalysableEdge>(
  graph: Graph<N, E>,
  options: BlocsOptions = {},
): Record<string, number> {
  if (graph.order === 0) return {};
  const cooperative = undirectedProjection(graph, (e) => e.polarity === "cooperative");
  const communities = louvain(cooperative, {
    getEdgeWeight: "weight",
    resolution: options.resolution ?? 1,
    rng: seededRandom(options.seed ?? DEFAULT_SEED),
  });
  return renumber(communities);
}

/** Writes each actor's bloc as a node attribute and returns the mapping. */
blocs.assign = function assign<N extends Attributes, E extends AnalysableEdge>(
  graph: Graph<N, E>,
  options: BlocsOptions = {},
): Record<string, number> {
  const mapping = blocs(graph, options);
  const attribute = options.attribute ?? "bloc";
  for (const [id, bloc] of Object.entries(mapping))
    (graph as unknown as Graph).setNodeAttribute(id, attribute, bloc);
  return mapping;
};

function renumber(communities: Record<string, number>): Record<string, number> {
  const members = new Map<number, string[]>();
  for (const [id, community] of Object.entries(communities)) {
    members.set(community, [...(members.get(community) ?? []), id]);
  }
  const groups = [...members.values()].map((ids) => ids.sort());
  groups.sort((x, y) => y.length - x.length || (x[0]! < y[0]! ? -1 : 1));
  return Object.fromEntries(groups.flatMap((ids, bloc) => ids.map((id) => [id, bloc])));
}
